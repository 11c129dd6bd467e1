/** D-CONTRACT (IL § 19): the contract within 1 month of taking over responsibility, also after § 18. */

import type { IsoDate } from '../dates.ts'
import { LEGAL_BASIS, SOURCES } from '../rule-definition.ts'
import { defineRule } from '../rule-module.ts'
import { dueAfter, type Period } from './counting.ts'

export const CONTRACT_PERIOD: Period = { months: 1 }

/** The latest day for the contract when responsibility (or a § 18 takeover) started on `start`. */
export function contractDue(start: IsoDate): IsoDate {
  return dueAfter(start, CONTRACT_PERIOD)
}

export const D_CONTRACT = defineRule({
  definition: {
    id: 'D-CONTRACT',
    title: { da: 'Frist for kontrakt', en: 'Contract deadline' },
    decides: {
      da: 'Kommunen (også tilflytningskommunen efter § 18) indgår kontrakt inden 1 måned efter overtagelsen af ansvaret.',
      en: 'The municipality (also the receiving one after § 18) makes the contract within 1 month of taking over responsibility.',
    },
    legalSources: [SOURCES.IL_19, SOURCES.SEED_001, SOURCES.SEED_002, SOURCES.SEED_003],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: contractDue,
  messages: {
    fromResponsibility: {
      da: 'Kontrakt med personen senest 1 måned efter, at kommunen har overtaget ansvaret (IL § 19).',
      en: 'Contract with the person within 1 month of the municipality taking over responsibility (IL § 19).',
    },
    fromTakeover: {
      da: 'Tilflytningskommunen indgår kontrakt senest 1 måned efter, at overtagelsen efter § 18 har virkning (IL § 19).',
      en: 'The receiving municipality makes the contract within 1 month of the § 18 takeover taking effect (IL § 19).',
    },
  },
})
