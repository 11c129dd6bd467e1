/**
 * D-FOLLOW-UP (interpretation, seed 002): follow-up on the contract within 3 months of making it. No
 * current provision fixing it was found (checked November 2026): Copenhagen's compliance measure.
 */

import type { IsoDate } from '../dates.ts'
import { LEGAL_BASIS, type RuleParameter, SOURCES } from '../rule-definition.ts'
import { defineRule } from '../rule-module.ts'
import { dueAfter, type Period } from './counting.ts'

export const FOLLOW_UP_PERIOD = { months: 3 } as const satisfies Period

export const FOLLOW_UP_PARAMETER: RuleParameter = {
  name: 'followUpMonths',
  value: FOLLOW_UP_PERIOD.months,
  interpretation: true,
  description:
    "Follow-up on the contract within 3 months of making it: Copenhagen's compliance measure (seed 002); no current provision fixing it was found, so it is tracked as an interpretation.",
}

/** The latest follow-up on a contract made (or due) on `contractDate`. */
export function followUpDue(contractDate: IsoDate): IsoDate {
  return dueAfter(contractDate, FOLLOW_UP_PERIOD)
}

export const D_FOLLOW_UP = defineRule({
  definition: {
    id: 'D-FOLLOW-UP',
    title: { da: 'Opfølgning på kontrakten', en: 'Follow-up on the contract' },
    decides: {
      da: 'Kommunen følger op på kontrakten senest 3 måneder efter, at den er indgået (Københavns måling, seed 002; fortolkning).',
      en: 'The municipality follows up on the contract within 3 months of making it (Copenhagen’s measure, seed 002; interpretation).',
    },
    legalSources: [SOURCES.SEED_002, SOURCES.IL_19],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    parameters: [FOLLOW_UP_PARAMETER],
  },
  evaluate: followUpDue,
  messages: {
    fromContractDeadline: {
      da: 'Opfølgning på kontrakten senest 3 måneder efter, at den er indgået; regnet fra kontraktfristen (fortolkning: Københavns måling, seed 002).',
      en: 'Follow-up on the contract within 3 months of making it; counted from the contract deadline (interpretation: Copenhagen’s measure, seed 002).',
    },
  },
})
