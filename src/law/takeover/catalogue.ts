/**
 * The § 18 rule catalogue (rules.md § 2): every T-* and G-* RuleDefinition, for `GET /v1/rules` and for
 * citing rules in force on a date (api.md: requests may pass `asOf`).
 */
import { ContradictoryInput } from '../../errors.ts'
import { inForce, LEGAL_BASIS, type RuleDefinition } from '../rule-definition.ts'
import { GENERAL_RULES } from './general-rules.ts'
import {
  DEFAULT_MINIMUM_OBLIGING_HOURS_PER_WEEK,
  DEFAULT_REASONABLE_ONE_WAY_COMMUTE_MINUTES,
  groundRules,
} from './rules.ts'

const byThreshold = new Map<string, readonly RuleDefinition[]>()

/**
 * All T-* and G-* rules; the rules that use the commute threshold carry it as an interpretation
 * parameter with the configured value.
 */
export function takeoverRules(
  reasonableOneWayCommuteMinutes: number = DEFAULT_REASONABLE_ONE_WAY_COMMUTE_MINUTES,
  minimumObligingHoursPerWeek: number = DEFAULT_MINIMUM_OBLIGING_HOURS_PER_WEEK,
): readonly RuleDefinition[] {
  const key = `${reasonableOneWayCommuteMinutes}|${minimumObligingHoursPerWeek}`
  let rules = byThreshold.get(key)
  if (!rules) {
    rules = Object.freeze([
      ...groundRules(reasonableOneWayCommuteMinutes, minimumObligingHoursPerWeek),
      ...GENERAL_RULES,
    ])
    byThreshold.set(key, rules)
  }
  return rules
}

/** The catalogue with the default commute threshold (90 minutes). */
export const TAKEOVER_RULES: readonly RuleDefinition[] = takeoverRules()

/**
 * The version of rule `id` in force on `asOf`. A rule may appear several times with disjoint
 * validFrom/validTo windows when the law changes; all T-* and G-* rules are in force from the Integration
 * Act's commencement (1 January 1999).
 * A date before or after every version is an input the service cannot answer for (422 on `/asOf`).
 */
export function ruleInForce(
  rules: readonly RuleDefinition[],
  id: string,
  asOf: string,
  asOfPointer = '/asOf',
): RuleDefinition {
  const rule = rules.find((candidate) => candidate.id === id && inForce(candidate, asOf))
  if (rule) return rule
  const earliest = rules
    .filter((candidate) => candidate.id === id)
    .map((r) => r.validFrom)
    .sort()[0]
  const field = asOfPointer.split('/').pop()
  throw new ContradictoryInput(
    asOfPointer,
    earliest && asOf < earliest
      ? `${field} (${asOf}) is before ${earliest}, when ${LEGAL_BASIS.INTEGRATION_ACT.act} came into force: rule ${id} has no legal basis on that date.`
      : `Rule ${id} is not in force on ${asOf}`,
  )
}
