/**
 * The § 18 rule catalogue (rules.md § 2), assembled from the rule modules (rules/*.ts, one per T-* and
 * G-* id): the modules for the registry (src/law/catalogue.ts), the id unions derived from them, the
 * RuleDefinitions for `GET /v1/rules` and the rule in force on a date (api.md: requests may pass `asOf`).
 */
import { ContradictoryInput } from '../../errors.ts'
import { inForce, LEGAL_BASIS, type RuleDefinition } from '../rule-definition.ts'
import {
  DEFAULT_MINIMUM_OBLIGING_HOURS_PER_WEEK,
  DEFAULT_REASONABLE_ONE_WAY_COMMUTE_MINUTES,
  type TakeoverParameters,
} from './parameters.ts'
import { gNoHousingCondition } from './rules/g-no-housing-condition.ts'
import { gNoHousingDuty } from './rules/g-no-housing-duty.ts'
import { gPeriod } from './rules/g-period.ts'
import { gRepeat } from './rules/g-repeat.ts'
import { gVoluntary } from './rules/g-voluntary.ts'
import { tConflict } from './rules/t-conflict.ts'
import { tDiscrimination } from './rules/t-discrimination.ts'
import { tEdu } from './rules/t-edu.ts'
import { tEmp } from './rules/t-emp.ts'
import { tEmpPractice } from './rules/t-emp-practice.ts'
import { tFamilyFriends } from './rules/t-family-friends.ts'
import { tIll } from './rules/t-ill.ts'
import { tLargerCity } from './rules/t-larger-city.ts'
import { tLoneliness } from './rules/t-loneliness.ts'
import { tMinor } from './rules/t-minor.ts'
import { tOther } from './rules/t-other.ts'
import { tPartner } from './rules/t-partner.ts'
import { tPartnerChild } from './rules/t-partner-child.ts'
import { tSpouse } from './rules/t-spouse.ts'
import { tSpouseBoth } from './rules/t-spouse-both.ts'
import { tThreat } from './rules/t-threat.ts'

/** The T-* rules (IL § 18 stk. 2), one per ground rule, in the order of rules.md § 2. */
const GROUND_MODULES = [
  tEmp,
  tEmpPractice,
  tEdu,
  tSpouse,
  tSpouseBoth,
  tPartner,
  tPartnerChild,
  tIll,
  tThreat,
  tDiscrimination,
  tMinor,
  tFamilyFriends,
  tLoneliness,
  tLargerCity,
  tConflict,
  tOther,
] as const

/** The G-* rules: general rules every answer enforces or explains as notes. */
const GENERAL_MODULES = [gVoluntary, gNoHousingCondition, gNoHousingDuty, gPeriod, gRepeat] as const

/** Every § 18 rule module (for the registry, src/law/catalogue.ts). */
export const TAKEOVER_MODULES = [...GROUND_MODULES, ...GENERAL_MODULES] as const

export type GroundRuleId = (typeof GROUND_MODULES)[number]['definition']['id']

const byId = new Map<string, (typeof TAKEOVER_MODULES)[number]>(
  TAKEOVER_MODULES.map((module) => [module.definition.id, module]),
)

/** The module of a § 18 rule id; an unknown id is a programming error. */
export function takeoverModule(id: string): (typeof TAKEOVER_MODULES)[number] {
  const module = byId.get(id)
  if (!module) throw new Error(`No § 18 rule module for ${id}`)
  return module
}

/** A definition with the configured values of the parameters it carries (shown in the catalogue). */
function configured(definition: RuleDefinition, values: TakeoverParameters): RuleDefinition {
  if (!definition.parameters) return definition
  return {
    ...definition,
    parameters: definition.parameters.map((parameter) =>
      parameter.name in values
        ? { ...parameter, value: values[parameter.name as keyof TakeoverParameters] }
        : parameter,
    ),
  }
}

const byThreshold = new Map<string, readonly RuleDefinition[]>()

/**
 * All T-* and G-* rules; the rules that use the commute threshold or the minimum hours carry them as
 * interpretation parameters with the configured values.
 */
export function takeoverRules(
  reasonableOneWayCommuteMinutes: number = DEFAULT_REASONABLE_ONE_WAY_COMMUTE_MINUTES,
  minimumObligingHoursPerWeek: number = DEFAULT_MINIMUM_OBLIGING_HOURS_PER_WEEK,
): readonly RuleDefinition[] {
  const key = `${reasonableOneWayCommuteMinutes}|${minimumObligingHoursPerWeek}`
  let rules = byThreshold.get(key)
  if (!rules) {
    const values = { reasonableOneWayCommuteMinutes, minimumObligingHoursPerWeek }
    rules = Object.freeze(TAKEOVER_MODULES.map((module) => configured(module.definition, values)))
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
