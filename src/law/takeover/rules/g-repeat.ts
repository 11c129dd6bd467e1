/**
 * G-REPEAT (rules.md § 2): the same person may apply again. The law's part is the note, when nothing
 * weighs for a takeover inside the integration period; the applications service links a person's earlier
 * applications (`previousApplications` of an application, src/applications/service.ts `withPrevious`).
 */
import { LEGAL_BASIS, SOURCES } from '../../rule-definition.ts'
import { defineRule, type Finding } from '../../rule-module.ts'
import type { NoteInput } from '../grounds.ts'

export function repeatNote({ outcome, period }: NoteInput): Finding | undefined {
  return outcome === 'not_obligated' && !period?.ended ? { ruleId: 'G-REPEAT', code: 'note' } : undefined
}

export const gRepeat = defineRule({
  definition: {
    id: 'G-REPEAT',
    title: { da: 'Gentagne ansøgninger', en: 'Repeated applications' },
    decides: {
      da: 'Samme person kan søge flere gange, fx efter et afslag, når forholdene ændrer sig (ordinært job, barnets fødsel).',
      en: 'The same person may apply several times, e.g. after a refusal, when circumstances change (ordinary job, birth of a child).',
    },
    legalSources: [SOURCES.SEED_000],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: repeatNote,
  messages: {
    note: {
      da: 'Samme person kan søge igen, hvis forholdene ændrer sig, fx ved ordinært arbejde i tilflytningskommunen eller et fælles barns fødsel.',
      en: 'The same person may apply again if circumstances change, e.g. ordinary work in the receiving municipality or the birth of a common child.',
    },
  },
})
