/**
 * The receiving municipality's duties after a takeover (rules.md § 7: D-FOLLOW-UP, D-HEALTH,
 * D-CONTRACT-GOAL, D-UPSKILLING) and the milestones that meet them.
 *
 * Checked against today's law (November 2026): the offer of a health assessment is due "snarest muligt,
 * og inden 6 måneder efter at kommunalbestyrelsen har overtaget ansvaret for udlændingen" (IL § 15 d,
 * stk. 4): seed 002's 3 months (2015) is superseded, so D-HEALTH counts 6 months and cites § 15 d. No
 * current provision fixes a follow-up on the contract within 3 months: D-FOLLOW-UP stays an
 * interpretation (seed 002's measure). The integration plan of seed 002's fourth measure (former
 * IL § 15 a) no longer exists; its nearest current 3-month duty is D-VISITATION (IL § 17).
 */

import {
  LEGAL_BASIS,
  type LegalSource,
  type RuleDefinition,
  type RuleParameter,
  SOURCES,
} from '../rule-definition.ts'

const IL_URL = 'https://www.retsinformation.dk/eli/lta/2023/1146'
export const IL_15D_4: LegalSource = { citation: 'Integrationsloven § 15 d, stk. 4', url: IL_URL }

export const MILESTONE_TYPES = [
  'contract_signed',
  'contract_goal_stated',
  'first_company_offer',
  'readiness_assessed',
  'contract_followed_up',
  'health_assessment_offered',
  'company_offer',
] as const
export type MilestoneType = (typeof MILESTONE_TYPES)[number]

/** Every deadline the worklist tracks. D-UPSKILLING is a window (courses may be offered until it closes). */
export const DUTY_DEADLINE_IDS = [
  'D-CONTRACT',
  'D-CONTRACT-GOAL',
  'D-FIRST-OFFER',
  'D-VISITATION',
  'D-SIX-WEEKS',
  'D-FOLLOW-UP',
  'D-HEALTH',
  'D-UPSKILLING',
] as const
export type DutyDeadlineId = (typeof DUTY_DEADLINE_IDS)[number]

export const DEADLINE_STATES = ['open', 'overdue', 'met', 'met_late'] as const
export type DeadlineState = (typeof DEADLINE_STATES)[number]

export const DUTY_PERIODS = {
  followUpMonths: 3,
  healthOfferMonths: 6,
  upskillingMonths: 6,
  sixWeeksDays: 42,
} as const

export const FOLLOW_UP_PARAMETER: RuleParameter = {
  name: 'followUpMonths',
  value: DUTY_PERIODS.followUpMonths,
  interpretation: true,
  description:
    "Follow-up on the contract within 3 months of making it: Copenhagen's compliance measure (seed 002); no current provision fixing it was found, so it is tracked as an interpretation.",
}

export const FROM_TAKEOVER_PARAMETER: RuleParameter = {
  name: 'dutiesRunFromTakeoverEffectiveDate',
  value: true,
  interpretation: true,
  description:
    "After a § 18 takeover the receiving municipality's duties that the law counts from its taking over responsibility (D-FIRST-OFFER, D-VISITATION, D-HEALTH) run from the takeover's effective date (H-TAKEOVER); only D-CONTRACT and D-UPSKILLING say so in the sources.",
}

export const DUTY_RULES: readonly RuleDefinition[] = Object.freeze([
  {
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
  {
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
  {
    id: 'D-CONTRACT-GOAL',
    title: { da: 'Mål i kontrakten', en: 'Goal in the contract' },
    decides: {
      da: 'Kontrakten indeholder et beskæftigelses- eller uddannelsesmål; registreres som opfyldt eller ikke med kontrakten.',
      en: 'The contract states an employment or education goal; recorded as met or not with the contract.',
    },
    legalSources: [SOURCES.IL_19, SOURCES.SEED_002],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  {
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
] satisfies RuleDefinition[])
