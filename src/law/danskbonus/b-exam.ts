/** B-EXAM: a listed Danish test passed after 1 January 2018 and, when the application date is known, by then. */
import { defineRule, type Message } from '../rule-module.ts'
import {
  CURRENT_WORDING_FROM,
  EXAM_DATE_PARAMETER,
  EXAM_PASSED_AFTER,
  DANSKBONUS_SOURCES as S,
} from './sources.ts'
import { type Condition, conditionsOf, type DanishBonusFacts } from './types.ts'

const BY_APPLICATION_DA = '{byApplicationDate, select, true { og senest på ansøgningsdagen} other {}}'
const BY_APPLICATION_EN = '{byApplicationDate, select, true { and by the application date} other {}}'

/** `passedDate` and `limit` are ISO dates, rendered as long dates (render.ts). */
const MESSAGES = {
  unknown: { da: 'Beståede danskprøver er ikke oplyst.', en: 'No Danish tests passed are given.' },
  met: {
    da: `Prøven ({kind}) er bestået {passedDate}, efter {limit}${BY_APPLICATION_DA}.`,
    en: `The test ({kind}) was passed on {passedDate}, after {limit}${BY_APPLICATION_EN}.`,
  },
  incomplete: {
    da: 'En oplyst prøve mangler art eller dato; det kan ikke afgøres, om den giver ret til danskbonus.',
    en: 'A test given lacks its kind or date; whether it qualifies cannot be decided.',
  },
  'none-passed': {
    da: 'Personen har ikke bestået en prøve, der giver ret til danskbonus.',
    en: 'The person has passed no qualifying test.',
  },
  'not-met': {
    da: `Ingen af prøverne er bestået efter {limit}${BY_APPLICATION_DA}.`,
    en: `None of the tests was passed after {limit}${BY_APPLICATION_EN}.`,
  },
} as const satisfies Record<string, Message>

const condition = conditionsOf<keyof typeof MESSAGES>('B-EXAM', [S.IL_22_1, S.IL_22_3])

export function exam({ danishTests, applicationDate }: DanishBonusFacts): Condition {
  if (danishTests === undefined) return condition('unknown', 'unknown', undefined, ['/danishTests'])
  const counts = (d: string) =>
    d > EXAM_PASSED_AFTER && (applicationDate === undefined || d <= applicationDate)
  const qualifying = danishTests.find(
    (t) =>
      t.kind !== undefined &&
      // Stryker disable next-line ConditionalExpression: equivalent because counts(undefined) is false as well (undefined > a date is false); the check is for the type
      t.passedDate !== undefined &&
      counts(t.passedDate),
  )
  const byApplicationDate = Boolean(applicationDate)
  if (qualifying)
    return condition('met', 'met', {
      kind: qualifying.kind!,
      passedDate: qualifying.passedDate!,
      limit: EXAM_PASSED_AFTER,
      byApplicationDate,
    })
  const incomplete = danishTests.flatMap((t, i) => [
    ...(t.kind === undefined ? [`/danishTests/${i}/kind`] : []),
    ...(t.passedDate === undefined ? [`/danishTests/${i}/passedDate`] : []),
  ])
  if (incomplete.length > 0) return condition('unknown', 'incomplete', undefined, incomplete)
  if (danishTests.length === 0) return condition('not_met', 'none-passed')
  return condition('not_met', 'not-met', { limit: EXAM_PASSED_AFTER, byApplicationDate })
}

export const B_EXAM = defineRule({
  definition: {
    id: 'B-EXAM',
    title: { da: 'Bestået danskprøve', en: 'Danish test passed' },
    decides: {
      da: 'Personen har efter den 1. januar 2018 bestået Prøve i Dansk 2, FVU-læsning trin 2 eller en tilsvarende eller højere prøve i dansk.',
      en: 'The person passed Prøve i Dansk 2, FVU reading level 2 or an equivalent or higher Danish test after 1 January 2018.',
    },
    legalSources: [S.IL_22_1, S.IL_22_3],
    validFrom: CURRENT_WORDING_FROM,
    parameters: [EXAM_DATE_PARAMETER],
  },
  evaluate: exam,
  messages: MESSAGES,
})
