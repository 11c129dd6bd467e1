/**
 * G-NO-HOUSING-DUTY (rules.md § 2; IL § 18 stk. 3): a takeover does not oblige the municipality to
 * provide housing. A note whenever a takeover may follow; when an illness ground obliges, the note names
 * the exception of serious illness needing treatment.
 */
import { LEGAL_BASIS, type LocalisedText, SOURCES } from '../../rule-definition.ts'
import { defineRule, type Finding } from '../../rule-module.ts'
import type { NoteInput } from '../grounds.ts'

export function noHousingDutyNote({ outcome, grounds }: NoteInput): Finding | undefined {
  if (outcome === 'not_obligated') return undefined
  const illnessObliges = grounds.some((g) => g.type === 'illness' && g.effect === 'obligates')
  return { ruleId: 'G-NO-HOUSING-DUTY', code: illnessObliges ? 'note_illness' : 'note' }
}

const NOTE: LocalisedText = {
  da: 'En overtagelse forpligter som hovedregel ikke tilflytningskommunen til at anvise en bolig (integrationslovens § 18, stk. 3).',
  en: 'As a rule a takeover does not oblige the receiving municipality to provide housing (section 18(3) of the Integration Act).',
}

export const gNoHousingDuty = defineRule({
  definition: {
    id: 'G-NO-HOUSING-DUTY',
    title: { da: 'Ingen pligt til at anvise bolig', en: 'No duty to provide housing' },
    decides: {
      da: 'En overtagelse forpligter ikke kommunen til at anvise bolig, undtagen ved helt særlige personlige forhold som alvorlig sygdom, der kræver behandling.',
      en: 'A takeover does not oblige the municipality to provide housing, except for very special personal circumstances such as serious illness needing treatment.',
    },
    legalSources: [SOURCES.IL_18_3, SOURCES.SEED_004, SOURCES.SEED_001],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: noHousingDutyNote,
  messages: {
    note: NOTE,
    // The exception of § 18 stk. 3: very special personal circumstances such as serious illness.
    note_illness: {
      da: `${NOTE.da} Undtaget er helt særlige personlige forhold som alvorlig sygdom, der kræver behandling; sygdomsforholdet i denne sag skal derfor vurderes i forhold til en eventuel boliganvisning.`,
      en: `${NOTE.en} The exception is very special personal circumstances such as serious illness needing treatment; the illness in this case must therefore be considered for housing.`,
    },
  },
})
