/** § 18 takeover assessment (rules.md § 2): the public API of the module. */
export { assessTakeover, combineEffects, evaluateTakeover } from './assess.ts'
export { ruleInForce, TAKEOVER_MODULES, TAKEOVER_RULES, takeoverRules } from './catalogue.ts'
export { groundLabel } from './evaluate.ts'
export type {
  AssessmentNote,
  DescribedGround,
  DiscriminationGround,
  EducationGround,
  EmploymentGround,
  FactName,
  GroundAssessment,
  Holder,
  IllnessGround,
  PartnerGround,
  Patient,
  SpouseGround,
  TakeoverAssessment,
  TakeoverAssessmentOptions,
  TakeoverAssessmentRequest,
  TakeoverEvaluation,
  TakeoverGround,
  ThreatsGround,
  UnaccompaniedMinorPlacementGround,
} from './grounds.ts'
export { HOLDERS, PATIENTS } from './grounds.ts'
export { commuteParameter, DEFAULT_REASONABLE_ONE_WAY_COMMUTE_MINUTES } from './parameters.ts'
export { renderTakeoverAssessment } from './render.ts'
