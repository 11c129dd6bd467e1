/** Proportionality of a benefit reduction after a refused takeover (IL § 32; rules.md § 4). */
export { assessBenefitReduction, evaluateBenefitReduction, type ProportionalityOptions } from './assess.ts'
export {
  PROPORTIONALITY_RULE_MODULES,
  PROPORTIONALITY_RULES,
  type ProportionalityRuleId,
} from './catalogue.ts'
export {
  BENEFIT_REDUCTION_EXAMPLES,
  EXAMPLE_APPLICATION_ID,
  RECORD_BENEFIT_REDUCTION_EXAMPLES,
} from './examples.ts'
export { isEvasionEstablished } from './p-evasion.ts'
export { toReductionStep } from './p-max.ts'
export { EFFECT_RANK, groundsFromTypes, STRONGEST_POSSIBLE_EFFECT } from './p-reason.ts'
export { TOTAL_STOP_CAP_PERCENT } from './p-total-stop.ts'
export { points } from './points.ts'
export { renderBenefitReduction, renderFinding } from './render.ts'
export { PROPORTIONALITY_LEGAL_SOURCES, PROPORTIONALITY_SOURCES } from './sources.ts'
export * from './types.ts'
export { DEFAULT_PROPORTIONALITY_WEIGHTS, type ProportionalityWeights, validateWeights } from './weights.ts'
