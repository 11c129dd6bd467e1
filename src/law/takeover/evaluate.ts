/**
 * One evaluator per ground type (rules.md § 2, T-* rules). Each returns the ground's effect, the rule
 * id that decided it, the facts it rests on and the facts still missing. Pure: no I/O, no clock.
 */
import { InvalidInput } from '../../errors.ts'
import type { GroundType } from '../vocabulary.ts'
import {
  allConditions,
  type Condition,
  commuteUnreasonable,
  type EvaluationContext,
  failedCondition,
  type GroundEvaluation,
  type GroundRuleId,
  given,
  inReceivingMunicipality,
  insufficient,
  needsInformation,
  nonNegative,
  not,
  unknownFacts,
} from './conditions.ts'
import {
  evaluateDiscrimination,
  evaluatePartner,
  evaluateSpouse,
  evaluateThreats,
} from './evaluate-personal.ts'
import type {
  DescribedGround,
  EducationGround,
  EmploymentGround,
  GroundOf,
  IllnessGround,
  UnaccompaniedMinorPlacementGround,
} from './grounds.ts'

/** T-EMP / T-EMP-PRACTICE. A work placement is expressed as `ordinary: false`. */
function evaluateEmployment(ground: EmploymentGround, ctx: EvaluationContext): GroundEvaluation {
  const ruleId: GroundRuleId = ground.ordinary === false ? 'T-EMP-PRACTICE' : 'T-EMP'
  const conditions: Condition[] = [
    {
      fact: 'workplaceMunicipality',
      holds: inReceivingMunicipality(ground.workplaceMunicipality, 'workplaceMunicipality', ctx),
      otherwise: 'workplace_elsewhere',
    },
    {
      fact: 'oneWayCommuteMinutes',
      holds: commuteUnreasonable(ground.oneWayCommuteMinutes, ctx),
      otherwise: 'commute_reasonable',
    },
  ]
  if (ground.hoursPerWeek !== undefined) positiveHours(ground.hoursPerWeek, ctx)
  const failed = failedCondition(conditions)
  if (failed) return insufficient(ruleId, failed, given(ground, ['ordinary']))

  const missing = unknownFacts(conditions)
  // Both a work placement and a temporary job only support: `ordinary` decides only a permanent job.
  if (ground.ordinary === undefined && ground.permanent !== false) missing.push('ordinary')
  if (ground.ordinary !== false && ground.permanent === undefined) missing.push('permanent')
  // With a minimum above 0 (an interpretation, issue 14) the hours decide a permanent ordinary job.
  const hoursDecide =
    ctx.minimumObligingHoursPerWeek > 0 && ground.ordinary !== false && ground.permanent !== false
  if (hoursDecide && ground.hoursPerWeek === undefined) missing.push('hoursPerWeek')
  const known = given(ground, [
    'ordinary',
    'permanent',
    'hoursPerWeek',
    'workplaceMunicipality',
    'oneWayCommuteMinutes',
  ])
  if (missing.length > 0) return needsInformation(ruleId, missing, known)
  if (ground.ordinary === false) {
    return { effect: 'supports', ruleId, reason: 'work_placement', factsUsed: known, missing: [] }
  }
  if (ground.permanent === false) {
    return { effect: 'supports', ruleId, reason: 'temporary_job', factsUsed: known, missing: [] }
  }
  if (hoursDecide && ground.hoursPerWeek! < ctx.minimumObligingHoursPerWeek) {
    return { effect: 'supports', ruleId, reason: 'few_hours', factsUsed: known, missing: [] }
  }
  return { effect: 'obligates', ruleId, reason: 'permanent_ordinary_job', factsUsed: known, missing: [] }
}

/** An ordinary job of 0 hours is no job (issue 14): hoursPerWeek is above 0 (the schema says so too). */
function positiveHours(hours: number, ctx: EvaluationContext): void {
  if (!Number.isFinite(hours) || hours <= 0) {
    throw new InvalidInput(
      `/grounds/${ctx.index}/hoursPerWeek`,
      'hoursPerWeek must be above 0: a job of 0 hours a week is no job (omit the ground, or give the hours)',
    )
  }
}

/** T-EDU: obligates only when every condition holds; the first one that fails makes it insufficient. */
function evaluateEducation(ground: EducationGround, ctx: EvaluationContext): GroundEvaluation {
  const conditions: Condition[] = [
    { fact: 'admitted', holds: ground.admitted, otherwise: 'not_admitted' },
    {
      fact: 'institutionMunicipality',
      holds: inReceivingMunicipality(ground.institutionMunicipality, 'institutionMunicipality', ctx),
      otherwise: 'institution_elsewhere',
    },
    {
      fact: 'oneWayCommuteMinutes',
      holds: commuteUnreasonable(ground.oneWayCommuteMinutes, ctx),
      otherwise: 'commute_reasonable',
    },
    {
      fact: 'availableNearCurrentHome',
      holds: not(ground.availableNearCurrentHome),
      otherwise: 'education_available_nearby',
    },
    {
      fact: 'fastestRouteToEmployment',
      holds: ground.fastestRouteToEmployment,
      otherwise: 'education_not_fastest_route',
    },
  ]
  return allConditions('T-EDU', conditions, 'obligates', 'education_obligates')
}

/** T-ILL: frequency (weekly or more) decides obligates vs supports once place and commute qualify. */
function evaluateIllness(ground: IllnessGround, ctx: EvaluationContext): GroundEvaluation {
  const conditions: Condition[] = [
    {
      fact: 'treatmentMunicipality',
      holds: inReceivingMunicipality(ground.treatmentMunicipality, 'treatmentMunicipality', ctx),
      otherwise: 'treatment_elsewhere',
    },
    {
      fact: 'oneWayCommuteMinutes',
      holds: commuteUnreasonable(ground.oneWayCommuteMinutes, ctx),
      otherwise: 'commute_reasonable',
    },
  ]
  if (ground.treatmentsPerWeek !== undefined) nonNegative(ground.treatmentsPerWeek, 'treatmentsPerWeek', ctx)
  const failed = failedCondition(conditions)
  if (failed) return insufficient('T-ILL', failed, [])
  const missing = unknownFacts(conditions)
  if (ground.treatmentsPerWeek === undefined) missing.push('treatmentsPerWeek')
  const known = given(ground, ['treatmentsPerWeek', 'treatmentMunicipality', 'oneWayCommuteMinutes'])
  if (missing.length > 0) return needsInformation('T-ILL', missing, known)
  return (ground.treatmentsPerWeek ?? 0) >= 1
    ? { effect: 'obligates', ruleId: 'T-ILL', reason: 'frequent_treatment', factsUsed: known, missing: [] }
    : { effect: 'supports', ruleId: 'T-ILL', reason: 'infrequent_treatment', factsUsed: known, missing: [] }
}

function evaluateMinor(ground: UnaccompaniedMinorPlacementGround, ctx: EvaluationContext): GroundEvaluation {
  const conditions: Condition[] = [
    {
      fact: 'placementMunicipality',
      holds: inReceivingMunicipality(ground.placementMunicipality, 'placementMunicipality', ctx),
      otherwise: 'minor_placed_elsewhere',
    },
  ]
  return allConditions('T-MINOR', conditions, 'obligates', 'minor_placed_in_receiving')
}

/** A ground that never obliges (AST's guiding examples "as a starting point not"). */
function alwaysInsufficient(ruleId: GroundRuleId) {
  return (
    ground: DescribedGround<'family_or_friends' | 'loneliness' | 'larger_city' | 'conflict'>,
  ): GroundEvaluation => ({
    effect: 'insufficient',
    ruleId,
    reason: ground.type,
    factsUsed: given(ground, ['description']),
    missing: [],
  })
}

/** T-OTHER: no presumption; without a description there is nothing to assess. */
function evaluateOther(ground: DescribedGround<'other'>): GroundEvaluation {
  if (ground.description === undefined || ground.description.trim() === '') {
    return needsInformation('T-OTHER', ['description'], [])
  }
  return { effect: 'supports', ruleId: 'T-OTHER', reason: 'other', factsUsed: ['description'], missing: [] }
}

type Evaluators = { [T in GroundType]: (ground: GroundOf<T>, ctx: EvaluationContext) => GroundEvaluation }

/** The table: ground type → evaluator (rules.md § 2). */
const EVALUATORS: Evaluators = {
  employment: evaluateEmployment,
  education: evaluateEducation,
  spouse: evaluateSpouse,
  partner: evaluatePartner,
  illness: evaluateIllness,
  threats: evaluateThreats,
  discrimination: evaluateDiscrimination,
  unaccompanied_minor_placement: evaluateMinor,
  family_or_friends: alwaysInsufficient('T-FAMILY-FRIENDS'),
  loneliness: alwaysInsufficient('T-LONELINESS'),
  larger_city: alwaysInsufficient('T-LARGER-CITY'),
  conflict: alwaysInsufficient('T-CONFLICT'),
  other: evaluateOther,
}

export function evaluateGround<T extends GroundType>(
  ground: GroundOf<T>,
  ctx: EvaluationContext,
): GroundEvaluation {
  const evaluator = EVALUATORS[ground.type as T] as (g: GroundOf<T>, c: EvaluationContext) => GroundEvaluation
  return evaluator(ground, ctx)
}

/** Ground types whose evaluation uses the commute threshold (echoed in `parameters`). */
export const COMMUTE_GROUND_TYPES: readonly GroundType[] = ['employment', 'education', 'illness']
