/** The handover-date rules (rules.md § 3): one entry point for the HTTP layer and stored applications. */

export {
  fullBenefitRestoredDate,
  processingTargetDate,
} from '../duties/index.ts'
export {
  H_MODULES,
  HANDOVER_AND_DUTY_MODULES,
  HANDOVER_MODULES,
  HANDOVER_RULES,
  handoverRule,
  RESPONSIBILITY_RULE_IDS,
  type ResponsibilityRuleId,
} from './catalogue.ts'
export {
  computeHandoverDates,
  type DatedAnswer,
  evaluateHandoverDates,
  type HandoverDateFindings,
  type HandoverDates,
  type HandoverDatesOptions,
  renderHandoverDates,
} from './compute.ts'
export {
  DEADLINE_RULE_IDS,
  type Deadline,
  type DeadlineRuleId,
  type DeadlineStarts,
  handoverDeadlines,
} from './deadlines.ts'
export { cprRegistered, H_CPR } from './h-cpr.ts'
export { earlyTakeover, H_EARLY } from './h-early.ts'
export {
  fifthAnniversary,
  freeMovementFromDate,
  H_PERIOD,
  integrationPeriod,
  integrationPeriodEnded,
} from './h-period.ts'
export { type CountedFrom, type FirstWholeMonthHandover, H_REF, refugeeHandoverDate } from './h-ref.ts'
export { H_TAKEOVER, takeoverEffectiveDate } from './h-takeover.ts'
export { H_UKR, type UkrainianHandover, ukrainianHandoverDate } from './h-ukr.ts'
export {
  DEFAULT_HANDOVER_PARAMETERS,
  describeParameters,
  type HandoverParameters,
  resolveParameters,
  type UsedParameter,
} from './parameters.ts'
export { messageOf, renderStep, renderSteps } from './render.ts'
export { type ResponsibilityFacts, type ResponsibilityOptions, responsibilityDate } from './responsibility.ts'
export {
  DEADLINE_KINDS,
  DEADLINE_STARTS,
  type DeadlineStart,
  type HandoverFacts,
  type IntegrationPeriod,
  RESPONSIBILITY_BASES,
  type ResponsibilityBasis,
  type ResponsibilityDate,
  type RuleDate,
  type Step,
} from './types.ts'
