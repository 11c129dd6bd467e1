/** Proportionality of a benefit reduction after a refused takeover (IL § 32; rules.md § 4). */
export {
  assessBenefitReduction,
  type ProportionalityOptions,
  TOTAL_STOP_CAP_PERCENT,
  toReductionStep,
} from './assess.ts'
export { isEvasionEstablished } from './evasion.ts'
export {
  BENEFIT_REDUCTION_EXAMPLES,
  EXAMPLE_APPLICATION_ID,
  RECORD_BENEFIT_REDUCTION_EXAMPLES,
} from './examples.ts'
export { EFFECT_RANK, groundsFromTypes, STRONGEST_POSSIBLE_EFFECT } from './reason.ts'
export { PROPORTIONALITY_LEGAL_SOURCES, PROPORTIONALITY_RULES, PROPORTIONALITY_SOURCES } from './rules.ts'
export * from './types.ts'
export { DEFAULT_PROPORTIONALITY_WEIGHTS, type ProportionalityWeights, validateWeights } from './weights.ts'
