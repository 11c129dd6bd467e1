/**
 * D-UPSKILLING (Ankestyrelsen, seed 004): preparatory courses towards a company-based offer for up to
 * 6 months from the takeover of integration responsibility. A window, not a duty.
 */

import type { IsoDate } from '../dates.ts'
import { LEGAL_BASIS, SOURCES } from '../rule-definition.ts'
import { defineRule } from '../rule-module.ts'
import { dueAfter, type Period } from './counting.ts'

export const UPSKILLING_PERIOD: Period = { months: 6 }

/** The day the window for preparatory courses closes, counted from `start`. */
export function upskillingWindowEnd(start: IsoDate): IsoDate {
  return dueAfter(start, UPSKILLING_PERIOD)
}

export const D_UPSKILLING = defineRule({
  definition: {
    id: 'D-UPSKILLING',
    title: {
      da: 'Forberedende forløb (vejledning og opkvalificering)',
      en: 'Preparatory courses (guidance and upskilling)',
    },
    decides: {
      da: 'Forberedende forløb mod et virksomhedsrettet tilbud kan gives i op til 6 måneder fra overtagelsen af integrationsansvaret og skal knyttes til en konkret virksomhed; efter § 18 fra overtagelsens virkningstidspunkt.',
      en: 'Preparatory courses towards a company-based offer may be offered for up to 6 months from the takeover of integration responsibility and must be tied to a concrete company; after § 18 from the takeover’s effective date.',
    },
    legalSources: [SOURCES.SEED_004],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: upskillingWindowEnd,
  messages: {
    fromTakeover: {
      da: 'Forberedende forløb mod et virksomhedsrettet tilbud kan gives i op til 6 måneder fra overtagelsens virkningstidspunkt og skal knyttes til en konkret virksomhed (Ankestyrelsen, seed 004).',
      en: 'Preparatory courses towards a company-based offer may be given for up to 6 months from the takeover taking effect and must be tied to a concrete company (Ankestyrelsen, seed 004).',
    },
  },
})
