/**
 * The D-* rules, one module each, and the catalogues and id unions derived from them. DUTY_RULES are
 * the receiving municipality's duties of rules.md § 7 listed after the handover rules in
 * `GET /v1/rules`; the § 3 deadlines (D-CONTRACT … D-PROCESSING) are listed with the handover rules
 * (../handover/catalogue.ts). The tracked deadline ids are derived from the modules.
 */

import type { RuleDefinition } from '../rule-definition.ts'
import type { RuleModule } from '../rule-module.ts'
import { D_CONTRACT } from './d-contract.ts'
import { D_CONTRACT_GOAL } from './d-contract-goal.ts'
import { D_FIRST_OFFER } from './d-first-offer.ts'
import { D_FOLLOW_UP } from './d-follow-up.ts'
import { D_HEALTH } from './d-health.ts'
import { D_MOVE_BACK } from './d-move-back.ts'
import { D_PROCESSING } from './d-processing.ts'
import { D_SIX_WEEKS } from './d-six-weeks.ts'
import { D_UPSKILLING } from './d-upskilling.ts'
import { D_VISITATION } from './d-visitation.ts'

/** The ids of `modules`, in their order, as a tuple of literals (for `Type.Enum` and id unions). */
export function idsOf<const M extends readonly RuleModule[]>(
  modules: M,
): { readonly [K in keyof M]: M[K]['definition']['id'] } {
  return modules.map((m) => m.definition.id) as { readonly [K in keyof M]: M[K]['definition']['id'] }
}

/** Every D-* module (for the registry in ../catalogue.ts and the renderer). */
export const D_MODULES = [
  D_CONTRACT,
  D_FIRST_OFFER,
  D_VISITATION,
  D_SIX_WEEKS,
  D_MOVE_BACK,
  D_PROCESSING,
  D_FOLLOW_UP,
  D_HEALTH,
  D_CONTRACT_GOAL,
  D_UPSKILLING,
] as const

/** rules.md § 7's duties after a takeover, as `GET /v1/rules` lists them after the handover rules. */
export const DUTY_MODULES = [D_FOLLOW_UP, D_HEALTH, D_CONTRACT_GOAL, D_UPSKILLING] as const
export const DUTY_RULES: readonly RuleDefinition[] = Object.freeze(DUTY_MODULES.map((m) => m.definition))

/**
 * The deadlines counted from the responsibility date or a § 18 takeover (rules.md § 3,
 * ../handover/deadlines.ts), in the order the handover answer's schema lists them.
 */
const HANDOVER_DEADLINE_MODULES = [
  D_CONTRACT,
  D_FIRST_OFFER,
  D_VISITATION,
  D_SIX_WEEKS,
  D_FOLLOW_UP,
  D_HEALTH,
  D_UPSKILLING,
] as const
export const DEADLINE_RULE_IDS = idsOf(HANDOVER_DEADLINE_MODULES)
export type DeadlineRuleId = (typeof DEADLINE_RULE_IDS)[number]

/**
 * Every deadline the worklist tracks: those, and D-CONTRACT-GOAL after D-CONTRACT. D-UPSKILLING is a
 * window (courses may be offered until it closes).
 */
const [contract, ...afterContract] = HANDOVER_DEADLINE_MODULES
export const DUTY_DEADLINE_IDS = idsOf([contract, D_CONTRACT_GOAL, ...afterContract] as const)
export type DutyDeadlineId = (typeof DUTY_DEADLINE_IDS)[number]

const BY_ID = new Map<string, RuleModule>(D_MODULES.map((m) => [m.definition.id, m]))

/** The definition of a D-* rule (its legal sources, for answers that cite it). */
export function dutyRule(id: string): RuleDefinition {
  const module = BY_ID.get(id)
  if (!module) throw new Error(`unknown duty rule ${id}`)
  return module.definition
}
