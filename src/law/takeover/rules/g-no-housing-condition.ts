/**
 * G-NO-HOUSING-CONDITION (rules.md § 2): an approval cannot wait for housing. A note whenever a takeover
 * may follow (the outcome is not `not_obligated`).
 */
import { LEGAL_BASIS, SOURCES } from '../../rule-definition.ts'
import { defineRule, type Finding } from '../../rule-module.ts'
import type { NoteInput } from '../grounds.ts'

export function noHousingConditionNote({ outcome }: NoteInput): Finding | undefined {
  return outcome === 'not_obligated' ? undefined : { ruleId: 'G-NO-HOUSING-CONDITION', code: 'note' }
}

export const gNoHousingCondition = defineRule({
  definition: {
    id: 'G-NO-HOUSING-CONDITION',
    title: { da: 'Ingen boligbetingelse', en: 'No housing condition' },
    decides: {
      da: 'En godkendelse kan ikke gøres betinget af, at ansøgeren først finder en bolig; "vi overtager, når du har en bolig" er et afslag. Ansøgeren behøver ikke være flyttet, når der søges.',
      en: 'An approval cannot be made conditional on the applicant first finding housing; "we take over once you have a home" is a refusal. The applicant need not have moved when applying.',
    },
    legalSources: [SOURCES.IL_18_2, SOURCES.SEED_003],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: noHousingConditionNote,
  messages: {
    note: {
      da: 'En godkendelse kan ikke gøres betinget af, at ansøgeren først finder en bolig; "vi overtager, når du har en bolig" er et afslag. Ansøgeren behøver ikke være flyttet; flytter ansøgeren efter godkendelsen, får overtagelsen virkning fra tilflytningsdatoen.',
      en: 'An approval cannot be made conditional on the applicant first finding housing; "we take over once you have a home" is a refusal. The applicant need not have moved; if the move follows the approval, the takeover takes effect from the move-in date.',
    },
  },
})
