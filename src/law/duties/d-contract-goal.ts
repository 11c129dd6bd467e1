/** D-CONTRACT-GOAL (IL § 19; seed 002): the contract states an employment or education goal. */

import type { IsoDate } from '../dates.ts'
import { LEGAL_BASIS, SOURCES } from '../rule-definition.ts'
import { defineRule } from '../rule-module.ts'

/** A content check of the contract: due with the contract itself, on `contractDate`. */
export function contractGoalDue(contractDate: IsoDate): IsoDate {
  return contractDate
}

export const D_CONTRACT_GOAL = defineRule({
  definition: {
    id: 'D-CONTRACT-GOAL',
    title: { da: 'Mål i kontrakten', en: 'Goal in the contract' },
    decides: {
      da: 'Kontrakten indeholder et beskæftigelses- eller uddannelsesmål; registreres som opfyldt eller ikke med kontrakten.',
      en: 'The contract states an employment or education goal; recorded as met or not with the contract.',
    },
    legalSources: [SOURCES.IL_19, SOURCES.SEED_002],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: contractGoalDue,
  messages: {
    dueWithContract: {
      da: 'Kontraktens beskæftigelses- eller uddannelsesmål registreres med kontrakten, der er indgået {contract, date, long} (IL § 19).',
      en: 'The contract’s employment or education goal is recorded with the contract, made on {contract, date, long} (IL § 19).',
    },
  },
})
