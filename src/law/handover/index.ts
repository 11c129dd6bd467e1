/** The handover-date rules (rules.md § 3): one entry point for the HTTP layer and stored applications. */

export {
  computeHandoverDates,
  type DatedAnswer,
  type HandoverDates,
  type HandoverDatesOptions,
} from './compute.ts'
export { type DeadlineStarts, handoverDeadlines, processingTargetDate } from './deadlines.ts'
export { fullBenefitRestoredDate, integrationPeriod, takeoverEffectiveDate } from './period.ts'
export {
  type FirstWholeMonthHandover,
  refugeeHandoverDate,
  type UkrainianHandover,
  ukrainianHandoverDate,
} from './refugee.ts'
export { type ResponsibilityFacts, type ResponsibilityOptions, responsibilityDate } from './responsibility.ts'
export {
  DEFAULT_HANDOVER_PARAMETERS,
  describeParameters,
  HANDOVER_RULES,
  type HandoverParameters,
  resolveParameters,
  type UsedParameter,
} from './rules.ts'
export {
  DEADLINE_KINDS,
  DEADLINE_RULE_IDS,
  DEADLINE_STARTS,
  type Deadline,
  type DeadlineRuleId,
  type DeadlineStart,
  type HandoverFacts,
  type IntegrationPeriod,
  RESPONSIBILITY_BASES,
  RESPONSIBILITY_RULE_IDS,
  type ResponsibilityBasis,
  type ResponsibilityDate,
  type ResponsibilityRuleId,
  type RuleDate,
} from './types.ts'
