/**
 * D-HEALTH (IL § 15 d stk. 4): the offer of a health assessment "snarest muligt, og inden 6 måneder
 * efter at kommunalbestyrelsen har overtaget ansvaret for udlændingen". Checked against today's law
 * (November 2026): seed 002's 3 months (2015) is superseded.
 */

import type { IsoDate } from '../dates.ts'
import { LEGAL_BASIS, type LegalSource, type RuleParameter, SOURCES } from '../rule-definition.ts'
import { defineRule } from '../rule-module.ts'
import { dueAfter, type Period } from './counting.ts'

const IL_URL = 'https://www.retsinformation.dk/eli/lta/2023/1146'
export const IL_15D_4: LegalSource = { citation: 'Integrationsloven § 15 d, stk. 4', url: IL_URL }

export const HEALTH_PERIOD: Period = { months: 6 }

export const FROM_TAKEOVER_PARAMETER: RuleParameter = {
  name: 'dutiesRunFromTakeoverEffectiveDate',
  value: true,
  interpretation: true,
  description:
    "After a § 18 takeover the receiving municipality's duties that the law counts from its taking over responsibility (D-FIRST-OFFER, D-VISITATION, D-HEALTH) run from the takeover's effective date (H-TAKEOVER); only D-CONTRACT and D-UPSKILLING say so in the sources.",
}

/** The latest day for offering a health assessment, counted from `start`. */
export function healthOfferDue(start: IsoDate): IsoDate {
  return dueAfter(start, HEALTH_PERIOD)
}

export const D_HEALTH = defineRule({
  definition: {
    id: 'D-HEALTH',
    title: { da: 'Tilbud om helbredsmæssig vurdering', en: 'Offer of a health assessment' },
    decides: {
      da: 'Tilbud om helbredsmæssig vurdering gives snarest muligt og inden 6 måneder efter overtagelsen af ansvaret (IL § 15 d, stk. 4; seed 002 målte 3 måneder efter den dagældende regel).',
      en: 'The offer of a health assessment is made as soon as possible and within 6 months of taking over responsibility (IL § 15 d stk. 4; seed 002 measured 3 months under the rule of its time).',
    },
    legalSources: [IL_15D_4, SOURCES.SEED_002],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    parameters: [FROM_TAKEOVER_PARAMETER],
  },
  evaluate: healthOfferDue,
  messages: {
    description: {
      da: 'Tilbud om helbredsmæssig vurdering snarest muligt og inden 6 måneder efter overtagelsen af ansvaret (IL § 15 d, stk. 4), når der er behov (kvoteflygtninge: altid).',
      en: 'Offer of a health assessment as soon as possible and within 6 months of taking over responsibility (IL § 15 d stk. 4), where needed (quota refugees: always).',
    },
  },
})
