/** § 18 takeover assessment (rules.md § 2): the public API of the module. */
export { assessTakeover, combineEffects } from './assess.ts'
export { ruleInForce, TAKEOVER_RULES, takeoverRules } from './catalogue.ts'
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
  TakeoverGround,
  ThreatsGround,
  UnaccompaniedMinorPlacementGround,
} from './grounds.ts'
export { HOLDERS, PATIENTS } from './grounds.ts'
export { commuteParameter, DEFAULT_REASONABLE_ONE_WAY_COMMUTE_MINUTES } from './rules.ts'
