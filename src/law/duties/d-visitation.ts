/** D-VISITATION (IL § 17): job-ready for the first 3 months; by then the municipality assesses readiness. */

import type { IsoDate } from '../dates.ts'
import { LEGAL_BASIS, SOURCES } from '../rule-definition.ts'
import { defineRule } from '../rule-module.ts'
import { dueAfter, type Period } from './counting.ts'

export const VISITATION_PERIOD: Period = { months: 3 }

/** The latest day for assessing job-ready or activity-ready, counted from `start`. */
export function visitationDue(start: IsoDate): IsoDate {
  return dueAfter(start, VISITATION_PERIOD)
}

export const D_VISITATION = defineRule({
  definition: {
    id: 'D-VISITATION',
    title: { da: 'Visitation efter 3 måneder', en: 'Assessment after 3 months' },
    decides: {
      da: 'Personen anses som jobparat de første 3 måneder; inden da vurderer kommunen jobparat eller aktivitetsparat.',
      en: 'The person counts as job-ready for the first 3 months; by then the municipality assesses job-ready or activity-ready.',
    },
    legalSources: [SOURCES.IL_17],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: visitationDue,
  messages: {
    description: {
      da: 'Personen anses som jobparat de første 3 måneder; senest da vurderer kommunen, om personen er jobparat eller aktivitetsparat (IL § 17).',
      en: 'The person counts as job-ready for the first 3 months; by then the municipality assesses job-ready or activity-ready (IL § 17).',
    },
  },
})
