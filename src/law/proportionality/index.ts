/** Proportionality of a benefit reduction after a refused takeover (IL § 32; rules.md § 4). */
export { assessBenefitReduction, evaluateBenefitReduction } from './assess.ts'
export { PROPORTIONALITY_RULE_MODULES, PROPORTIONALITY_RULES } from './catalogue.ts'
export {
  BENEFIT_REDUCTION_EXAMPLES,
  EXAMPLE_APPLICATION_ID,
  RECORD_BENEFIT_REDUCTION_EXAMPLES,
} from './examples.ts'
export { isEvasionEstablished } from './p-evasion.ts'
export { toReductionStep } from './p-max.ts'
export { groundsFromTypes, STRONGEST_POSSIBLE_EFFECT } from './p-reason.ts'
export { renderBenefitReduction } from './render.ts'
export * from './types.ts'
export { type ProportionalityWeights, validateWeights } from './weights.ts'
