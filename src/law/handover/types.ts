/**
 * Inputs and results of the handover-date computation (rules.md § 3). Results carry their explanation
 * as language-neutral steps (findings: rule id, message code, values); the edge renders them in Danish
 * or English from the rules' messages (render.ts).
 */

import type { IsoDate } from '../dates.ts'
import type { LegalSource } from '../rule-definition.ts'
import type { Finding } from '../rule-module.ts'
import type { ApplicantCategory } from '../vocabulary.ts'

/**
 * One line of an explanation. `lists` holds the findings a line enumerates (the days a date rolled
 * past, the helligdage a count passed over): each is rendered and the list joined the language's way
 * ("a, b og c" / "a, b and c") into the value of that name.
 */
export interface Step extends Finding {
  lists?: Record<string, readonly Step[]>
}

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
  steps: Step[]
}

/** `Id`: the responsibility rules (H-REF, H-EARLY, H-CPR, H-UKR; RESPONSIBILITY_RULE_IDS). */
export interface ResponsibilityDate<Id extends string = string> extends RuleDate {
  ruleId: Id
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
  steps: Step[]
}

/** `Id`: the deadline rules (DEADLINE_RULE_IDS of ../duties/catalogue.ts). */
export interface Deadline<Id extends string = string> {
  /** The rule id (D-CONTRACT, D-FIRST-OFFER, …); D-FIRST-OFFER appears twice, as target and as latest date. */
  id: Id
  date: IsoDate
  kind: (typeof DEADLINE_KINDS)[number]
  startDate: IsoDate
  startsFrom: DeadlineStart
  description: Step
  legalSources: LegalSource[]
  steps: Step[]
  /** True where the deadline rests on a choice the service makes (rules.md: **interpretation**). */
  interpretation: boolean
}
