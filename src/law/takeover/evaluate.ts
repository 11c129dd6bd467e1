/**
 * Which rule module evaluates which ground type (rules.md § 2). Each evaluator lives in the module of
 * its rule (rules/*.ts) and returns the ground's effect, the rule id that decided it, the facts it rests
 * on and the facts still missing. Pure: no I/O, no clock.
 */
import type { Message } from '../rule-module.ts'
import type { GroundType } from '../vocabulary.ts'
import type { GroundRuleId } from './catalogue.ts'
import type { EvaluationContext, GroundEvaluation } from './conditions.ts'
import type { GroundOf } from './grounds.ts'
import { evaluateConflict, tConflict } from './rules/t-conflict.ts'
import { evaluateDiscrimination, tDiscrimination } from './rules/t-discrimination.ts'
import { evaluateEducation, tEdu } from './rules/t-edu.ts'
import { evaluateEmployment, tEmp } from './rules/t-emp.ts'
import { evaluateFamilyFriends, tFamilyFriends } from './rules/t-family-friends.ts'
import { evaluateIllness, tIll } from './rules/t-ill.ts'
import { evaluateLargerCity, tLargerCity } from './rules/t-larger-city.ts'
import { evaluateLoneliness, tLoneliness } from './rules/t-loneliness.ts'
import { evaluateMinor, tMinor } from './rules/t-minor.ts'
import { evaluateOther, tOther } from './rules/t-other.ts'
import { evaluatePartner, tPartner } from './rules/t-partner.ts'
import { evaluateSpouse, tSpouse } from './rules/t-spouse.ts'
import { evaluateThreats, tThreat } from './rules/t-threat.ts'

type Evaluators = {
  [T in GroundType]: (ground: GroundOf<T>, ctx: EvaluationContext) => GroundEvaluation<GroundRuleId>
}

/** The table: ground type → evaluator (T-EMP also decides T-EMP-PRACTICE, T-SPOUSE T-SPOUSE-BOTH, …). */
const EVALUATORS: Evaluators = {
  employment: evaluateEmployment,
  education: evaluateEducation,
  spouse: evaluateSpouse,
  partner: evaluatePartner,
  illness: evaluateIllness,
  threats: evaluateThreats,
  discrimination: evaluateDiscrimination,
  unaccompanied_minor_placement: evaluateMinor,
  family_or_friends: evaluateFamilyFriends,
  loneliness: evaluateLoneliness,
  larger_city: evaluateLargerCity,
  conflict: evaluateConflict,
  other: evaluateOther,
}

export function evaluateGround<T extends GroundType>(
  ground: GroundOf<T>,
  ctx: EvaluationContext,
): GroundEvaluation<GroundRuleId> {
  const evaluator = EVALUATORS[ground.type as T] as (
    g: GroundOf<T>,
    c: EvaluationContext,
  ) => GroundEvaluation<GroundRuleId>
  return evaluator(ground, ctx)
}

/** Ground types whose evaluation uses the commute threshold (echoed in `parameters`). */
export const COMMUTE_GROUND_TYPES: readonly GroundType[] = ['employment', 'education', 'illness']

/** The module whose `label` names a ground type (both rules of a shared evaluator name it alike). */
const LABELS = {
  employment: tEmp,
  education: tEdu,
  spouse: tSpouse,
  partner: tPartner,
  illness: tIll,
  threats: tThreat,
  discrimination: tDiscrimination,
  unaccompanied_minor_placement: tMinor,
  family_or_friends: tFamilyFriends,
  loneliness: tLoneliness,
  larger_city: tLargerCity,
  conflict: tConflict,
  other: tOther,
} as const satisfies Record<GroundType, { messages: { label: Message } }>

/** The name of a ground type ("Beskæftigelse" / "Employment"), e.g. for the proportionality answer. */
export function groundLabel(type: GroundType): Message {
  return LABELS[type].messages.label
}
