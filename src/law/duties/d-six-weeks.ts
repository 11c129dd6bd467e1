/** D-SIX-WEEKS (IL § 17 a): for job-ready persons at most 6 weeks between company-based offers. */

import type { IsoDate } from '../dates.ts'
import { LEGAL_BASIS, SOURCES } from '../rule-definition.ts'
import { defineRule } from '../rule-module.ts'
import { dueAfter, type Period } from './counting.ts'

export const SIX_WEEKS_PERIOD: Period = { weeks: 6 }

/** The latest day for the next company-based offer after one that ended (or was recorded) on `start`. */
export function nextOfferDue(start: IsoDate): IsoDate {
  return dueAfter(start, SIX_WEEKS_PERIOD)
}

export const D_SIX_WEEKS = defineRule({
  definition: {
    id: 'D-SIX-WEEKS',
    title: { da: 'Højst 6 uger mellem tilbud', en: 'At most 6 weeks between offers' },
    decides: {
      da: 'For jobparate må der højst gå 6 uger mellem virksomhedsrettede tilbud.',
      en: 'For job-ready persons at most 6 weeks between company-based offers.',
    },
    legalSources: [SOURCES.IL_17A, SOURCES.SEED_003],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: nextOfferDue,
  messages: {
    description: {
      da: 'For en jobparat person: næste virksomhedsrettede tilbud senest 6 uger efter, at det forrige sluttede (IL § 17 a).',
      en: 'For a job-ready person: the next company-based offer at the latest 6 weeks after the previous one ended (IL § 17 a).',
    },
    offerEndNotGiven: {
      da: 'D-SIX-WEEKS: for jobparate må der højst gå 6 uger mellem virksomhedsrettede tilbud (IL § 17 a); oplys latestCompanyBasedOfferEndDate for at få fristen beregnet.',
      en: 'D-SIX-WEEKS: for job-ready persons at most 6 weeks may pass between company-based offers (IL § 17 a); give latestCompanyBasedOfferEndDate to have that deadline computed.',
    },
  },
})
