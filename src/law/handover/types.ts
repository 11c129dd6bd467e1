/**
 * Inputs and results of the handover-date computation (rules.md § 3). Results carry their explanation
 * as LocalisedText steps, so that a stored application can keep them and render either language.
 */

import type { IsoDate } from '../dates.ts'
import type { LegalSource, LocalisedText } from '../rule-definition.ts'
import type { ApplicantCategory } from '../vocabulary.ts'

/** The facts of `POST /v1/handover-dates` (api.md "Dates"), without `asOf` and parameter overrides. */
export interface HandoverFacts {
  category: ApplicantCategory
  visitationDecisionDate?: IsoDate
  residencePermitDate?: IsoDate
  applicationSubmittedInDenmark?: boolean
  cprRegistrationDate?: IsoDate
  earlyTakeoverDate?: IsoDate
  takeover?: { approvalDate: IsoDate; moveDate: IsoDate }
  movedBackDate?: IsoDate
  /** The day the most recent company-based offer ended; gives the D-SIX-WEEKS deadline. */
  latestCompanyBasedOfferEndDate?: IsoDate
}

/** What the responsibility date was counted from. */
export const RESPONSIBILITY_BASES = [
  'visitation_decision',
  'residence_permit',
  'cpr_registration',
  'early_takeover',
] as const
export type ResponsibilityBasis = (typeof RESPONSIBILITY_BASES)[number]

/** The rules that can fix the responsibility date (rules.md § 3). */
export const RESPONSIBILITY_RULE_IDS = ['H-REF', 'H-EARLY', 'H-CPR', 'H-UKR'] as const
export type ResponsibilityRuleId = (typeof RESPONSIBILITY_RULE_IDS)[number]

export const DEADLINE_RULE_IDS = [
  'D-CONTRACT',
  'D-FIRST-OFFER',
  'D-VISITATION',
  'D-SIX-WEEKS',
  'D-FOLLOW-UP',
  'D-HEALTH',
  'D-UPSKILLING',
] as const
export type DeadlineRuleId = (typeof DEADLINE_RULE_IDS)[number]

/**
 * `target`: "if possible" (D-FIRST-OFFER's 2 weeks); `latest`: the statutory limit; `window`: the end of
 * a period in which something may be offered (D-UPSKILLING).
 */
export const DEADLINE_KINDS = ['target', 'latest', 'window'] as const

export const DEADLINE_STARTS = [
  'responsibility_date',
  'takeover_effective_date',
  'latest_company_based_offer_end',
  'contract_deadline',
] as const
export type DeadlineStart = (typeof DEADLINE_STARTS)[number]

/** A date a rule produced, with the rule, its sources and how it was reached. */
export interface RuleDate {
  date: IsoDate
  ruleId: string
  legalSources: LegalSource[]
  steps: LocalisedText[]
}

export interface ResponsibilityDate extends RuleDate {
  ruleId: ResponsibilityRuleId
  basis: ResponsibilityBasis
  /** The fact the date was counted from (e.g. the visitation decision date). */
  basisDate: IsoDate
}

export interface IntegrationPeriod {
  startDate: IsoDate
  /** The last day of the period: the day before the fifth anniversary (H-PERIOD). */
  endDate: IsoDate
  /** The fifth anniversary, from which the person moves freely. */
  freeMovementFromDate: IsoDate
  ruleId: 'H-PERIOD'
  legalSources: LegalSource[]
  steps: LocalisedText[]
}

export interface Deadline {
  /** The rule id (D-CONTRACT, D-FIRST-OFFER, …); D-FIRST-OFFER appears twice, as target and as latest date. */
  id: DeadlineRuleId
  date: IsoDate
  kind: (typeof DEADLINE_KINDS)[number]
  startDate: IsoDate
  startsFrom: DeadlineStart
  description: LocalisedText
  legalSources: LegalSource[]
  steps: LocalisedText[]
  /** True where the deadline rests on a choice the service makes (rules.md: **interpretation**). */
  interpretation: boolean
}
