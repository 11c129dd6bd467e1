/**
 * Building blocks of the ground evaluators: three-valued conditions (true, false, unknown = fact missing),
 * the commute threshold and the municipality comparison.
 */

import { InvalidInput } from '../../errors.ts'
import { normaliseMunicipalityCode } from '../municipalities.ts'
import type { AssessmentOutcome, GroundEffect } from '../vocabulary.ts'
import type { DescribedGround, FactName } from './grounds.ts'

/** A conclusion of a ground rule: a message code of the rule's module (rules/*.ts). */
type Reason = string

export interface EvaluationContext {
  /** Position of the ground in the request, for JSON pointers. */
  index: number
  /** The receiving municipality (tilflytningskommunen), normalised to 3 digits. */
  toMunicipality: string
  reasonableOneWayCommuteMinutes: number
  /** T-EMP interpretation: fewest weekly hours with which an ordinary permanent job obliges. */
  minimumObligingHoursPerWeek: number
  linkedOutcomes: ReadonlyMap<string, AssessmentOutcome>
}

/**
 * What a ground rule's evaluator finds. `ruleId` is the rule that decided (one evaluator may serve two
 * rules, e.g. T-EMP and T-EMP-PRACTICE); the union of all ids is derived from the modules (catalogue.ts).
 */
export interface GroundEvaluation<Id extends string = string> {
  effect: GroundEffect
  ruleId: Id
  reason: Reason
  /** Facts the effect rests on, in the order a caseworker reads them. */
  factsUsed: FactName[]
  /** Facts still needed; non-empty exactly when effect is needs_information. */
  missing: FactName[]
}

/** A condition of a rule: `holds` is undefined while its fact is missing; `otherwise` explains a failure. */
export interface Condition {
  fact: FactName
  holds: boolean | undefined
  otherwise: Reason
}

export function factPointer(index: number, fact: FactName): string {
  return `/grounds/${index}/${fact}`
}

/** Facts of `ground` among `facts` that were given, in the order of `facts`. */
export function given<G extends object>(ground: G, facts: readonly FactName[]): FactName[] {
  return facts.filter((fact) => (ground as Record<string, unknown>)[fact] !== undefined)
}

/**
 * Known facts decide before missing ones (issue: "if the known facts already decide it, decide it"):
 * the first failed condition makes the ground insufficient whatever the other facts are.
 */
export function failedCondition(conditions: readonly Condition[]): Condition | undefined {
  return conditions.find((condition) => condition.holds === false)
}

export function unknownFacts(conditions: readonly Condition[]): FactName[] {
  return conditions.filter((condition) => condition.holds === undefined).map((condition) => condition.fact)
}

export function insufficient<Id extends string>(
  ruleId: Id,
  failed: Condition,
  context: FactName[],
): GroundEvaluation<Id> {
  return {
    effect: 'insufficient',
    ruleId,
    reason: failed.otherwise,
    factsUsed: [...context, failed.fact],
    missing: [],
  }
}

export function needsInformation<Id extends string>(
  ruleId: Id,
  missing: FactName[],
  known: FactName[],
): GroundEvaluation<Id> {
  return { effect: 'needs_information', ruleId, reason: 'missing_facts', factsUsed: known, missing }
}

/**
 * Is the municipality named by a fact the receiving municipality? '0101' and '101' are the same
 * (rules.md § 6). An unknown code is bad input (400), not a missing fact.
 */
export function inReceivingMunicipality(
  code: string | undefined,
  fact: FactName,
  ctx: EvaluationContext,
): boolean | undefined {
  if (code === undefined) return undefined
  const normalised = normaliseMunicipalityCode(code)
  if (normalised === undefined) {
    throw new InvalidInput(factPointer(ctx.index, fact), `Unknown municipality code ${code}`)
  }
  return normalised === ctx.toMunicipality
}

/**
 * Commute threshold (interpretation, rules.md § 2): strictly longer than the parameter is unreasonable;
 * equal to it or shorter is reasonable.
 */
export function commuteUnreasonable(
  minutes: number | undefined,
  ctx: EvaluationContext,
): boolean | undefined {
  if (minutes === undefined) return undefined
  nonNegative(minutes, 'oneWayCommuteMinutes', ctx)
  return minutes > ctx.reasonableOneWayCommuteMinutes
}

export function nonNegative(value: number, fact: FactName, ctx: EvaluationContext): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new InvalidInput(factPointer(ctx.index, fact), `${fact} must be a number of at least 0`)
  }
}

export function not(value: boolean | undefined): boolean | undefined {
  return value === undefined ? undefined : !value
}

/** All conditions must hold for `effect`; a failed one makes it insufficient; unknown ones are missing. */
export function allConditions<Id extends string>(
  ruleId: Id,
  conditions: readonly Condition[],
  effect: 'obligates' | 'supports',
  reason: Reason,
  context: FactName[] = [],
): GroundEvaluation<Id> {
  const failed = failedCondition(conditions)
  if (failed) return insufficient(ruleId, failed, context)
  const known = conditions.filter((condition) => condition.holds !== undefined).map((c) => c.fact)
  const missing = unknownFacts(conditions)
  if (missing.length > 0) return needsInformation(ruleId, missing, [...context, ...known])
  return { effect, ruleId, reason, factsUsed: [...context, ...known], missing: [] }
}

/**
 * A ground that never obliges (AST's guiding examples "as a starting point not": T-FAMILY-FRIENDS,
 * T-LONELINESS, T-LARGER-CITY, T-CONFLICT); its conclusion is the message named after the ground type.
 */
export function alwaysInsufficient<Id extends string>(ruleId: Id) {
  return (
    ground: DescribedGround<'family_or_friends' | 'loneliness' | 'larger_city' | 'conflict'>,
  ): GroundEvaluation<Id> => ({
    effect: 'insufficient',
    ruleId,
    reason: ground.type,
    factsUsed: given(ground, ['description']),
    missing: [],
  })
}
