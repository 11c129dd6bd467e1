import { type Deadline, handoverDeadlines, renderStep, renderSteps } from '../../../src/law/handover/index.ts'

/**
 * The deadlines of a refugee whose municipality took over responsibility on 31 January 2025 and who
 * moved under § 18 to a municipality whose takeover took effect on 1 May 2025.
 */
export const DEADLINES = handoverDeadlines({
  responsibilityDate: '2025-01-31',
  takeoverEffectiveDate: '2025-05-01',
})

/** The deadline of `id` counted from `startsFrom`, with its description and count in both languages. */
export function deadlineOf(id: string, startsFrom: Deadline['startsFrom']) {
  const deadline = DEADLINES.find((d) => d.id === id && d.startsFrom === startsFrom)
  if (!deadline) throw new Error(`no deadline ${id} from ${startsFrom}`)
  return {
    deadline,
    description: { da: renderStep(deadline.description, 'da'), en: renderStep(deadline.description, 'en') },
    count: {
      da: renderSteps(deadline.steps, 'da').join('\n'),
      en: renderSteps(deadline.steps, 'en').join('\n'),
    },
  }
}
