/** D-FIRST-OFFER (IL § 16): the first company-based offer if possible within 2 weeks, at the latest after 1 month. */

import type { IsoDate } from '../dates.ts'
import { LEGAL_BASIS, SOURCES } from '../rule-definition.ts'
import { defineRule } from '../rule-module.ts'
import { dueAfter, type Period } from './counting.ts'

export const FIRST_OFFER_TARGET_PERIOD: Period = { weeks: 2 }
export const FIRST_OFFER_LATEST_PERIOD: Period = { months: 1 }

/** The target ("if possible") and the latest day for the first offer, counted from `start`. */
export function firstOfferDue(start: IsoDate): { target: IsoDate; latest: IsoDate } {
  return {
    target: dueAfter(start, FIRST_OFFER_TARGET_PERIOD),
    latest: dueAfter(start, FIRST_OFFER_LATEST_PERIOD),
  }
}

export const D_FIRST_OFFER = defineRule({
  definition: {
    id: 'D-FIRST-OFFER',
    title: { da: 'Første virksomhedsrettede tilbud', en: 'First company-based offer' },
    decides: {
      da: 'Første virksomhedsrettede tilbud så vidt muligt inden for 2 uger og senest efter 1 måned.',
      en: 'First company-based offer if possible within 2 weeks and at the latest after 1 month.',
    },
    legalSources: [SOURCES.IL_16, SOURCES.SEED_003],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: firstOfferDue,
  messages: {
    target: {
      da: 'Første virksomhedsrettede tilbud (virksomhedspraktik eller løntilskud) så vidt muligt inden for de første 2 uger (IL § 16).',
      en: 'First company-based offer (work placement or wage subsidy), if possible within the first 2 weeks (IL § 16).',
    },
    latest: {
      da: 'Første virksomhedsrettede tilbud senest 1 måned efter ansvarets overgang (IL § 16).',
      en: 'First company-based offer at the latest 1 month after responsibility passed (IL § 16).',
    },
  },
})
