/**
 * The interpretation parameters of the handover dates and deadlines (rules.md § 3): choices the service
 * makes where the law is silent, named and configurable, each reported with the rule it belongs to.
 * The rules themselves are one module each (h-ref.ts, …, ../duties/d-processing.ts).
 */

import type { RuleParameter } from '../rule-definition.ts'

export interface HandoverParameters {
  /** H-REF (and D-MOVE-BACK, the same words in IL § 32): a date on the 1st makes that month whole. */
  firstOfMonthMakesMonthWhole: boolean
  /** H-UKR: "weekdays" exclude helligdage as well as Saturdays and Sundays. */
  ukrainianWeekdaysExcludeHelligdage: boolean
  /** D-PROCESSING: the municipality's target for deciding a § 18 application, in days. */
  processingTargetDays: number
  /** H-TAKEOVER: where the person had already moved when approved, the takeover counts from approval. */
  takeoverAfterEarlierMoveFrom: 'approval_date'
}

export const DEFAULT_HANDOVER_PARAMETERS: Readonly<HandoverParameters> = Object.freeze({
  firstOfMonthMakesMonthWhole: false,
  ukrainianWeekdaysExcludeHelligdage: true,
  processingTargetDays: 30,
  takeoverAfterEarlierMoveFrom: 'approval_date',
})

/** A parameter as reported in responses: which rule it belongs to and the value used. */
export interface UsedParameter extends RuleParameter {
  ruleId: string
}

const PARAMETER_DOCS: Record<keyof HandoverParameters, Omit<UsedParameter, 'name' | 'value'>> = {
  firstOfMonthMakesMonthWhole: {
    ruleId: 'H-REF',
    interpretation: true,
    description:
      'Whether a visitation decision (or a move back, D-MOVE-BACK) dated the 1st of a month makes that month the "first whole month". The law is silent; default false: the month of the decision is never counted.',
  },
  ukrainianWeekdaysExcludeHelligdage: {
    ruleId: 'H-UKR',
    interpretation: true,
    description:
      'Whether the "weekdays" of særloven § 30 stk. 2 are Monday to Friday that are not helligdage (true, default) or every Monday to Friday (false).',
  },
  processingTargetDays: {
    ruleId: 'D-PROCESSING',
    interpretation: true,
    description:
      "The municipality's own target for deciding a § 18 application, in days, used for tracking. There is no statutory deadline; Ankestyrelsen recommended setting one (seed 003). Never presented as law.",
  },
  takeoverAfterEarlierMoveFrom: {
    ruleId: 'H-TAKEOVER',
    interpretation: true,
    description:
      'Where the person had already moved when the takeover was approved, the takeover takes effect from the approval date (AST states only the case of a move after the approval).',
  },
}

export function resolveParameters(overrides: Partial<HandoverParameters> = {}): HandoverParameters {
  const resolved = { ...DEFAULT_HANDOVER_PARAMETERS }
  // Explicit loop so that an `undefined` override (absent optional field) keeps the default.
  for (const key of Object.keys(overrides) as (keyof HandoverParameters)[]) {
    if (overrides[key] !== undefined) Object.assign(resolved, { [key]: overrides[key] })
  }
  return resolved
}

export function describeParameters(parameters: HandoverParameters): UsedParameter[] {
  return (Object.keys(PARAMETER_DOCS) as (keyof HandoverParameters)[]).map((name) => ({
    name,
    value: parameters[name],
    ...PARAMETER_DOCS[name],
  }))
}

/** A parameter as a rule's definition lists it (with its default value). */
export function parameter(name: keyof HandoverParameters): RuleParameter {
  const { ruleId: _ruleId, ...doc } = PARAMETER_DOCS[name]
  return { name, value: DEFAULT_HANDOVER_PARAMETERS[name], ...doc }
}
