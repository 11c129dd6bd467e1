/**
 * The H-* rules of rules.md § 3, one module each, and the handover catalogue `GET /v1/rules` lists:
 * the H-* rules, then the § 3 deadlines whose modules live with the duties (D-CONTRACT … D-PROCESSING).
 * The id unions of the answers are derived from the modules.
 */

import { D_MODULES, dutyRule, idsOf } from '../duties/catalogue.ts'
import { D_CONTRACT } from '../duties/d-contract.ts'
import { D_FIRST_OFFER } from '../duties/d-first-offer.ts'
import { D_MOVE_BACK } from '../duties/d-move-back.ts'
import { D_PROCESSING } from '../duties/d-processing.ts'
import { D_SIX_WEEKS } from '../duties/d-six-weeks.ts'
import { D_VISITATION } from '../duties/d-visitation.ts'
import type { RuleDefinition } from '../rule-definition.ts'
import type { RuleModule } from '../rule-module.ts'
import { H_CPR } from './h-cpr.ts'
import { H_EARLY } from './h-early.ts'
import { H_PERIOD } from './h-period.ts'
import { H_REF } from './h-ref.ts'
import { H_TAKEOVER } from './h-takeover.ts'
import { H_UKR } from './h-ukr.ts'

/** Every H-* module (for the registry in ../catalogue.ts and the renderer). */
export const H_MODULES = [H_REF, H_EARLY, H_CPR, H_UKR, H_TAKEOVER, H_PERIOD] as const

/** rules.md § 3 as `GET /v1/rules` lists it: the H-* rules, then the deadlines of § 3. */
export const HANDOVER_MODULES = [
  ...H_MODULES,
  D_CONTRACT,
  D_FIRST_OFFER,
  D_VISITATION,
  D_SIX_WEEKS,
  D_MOVE_BACK,
  D_PROCESSING,
] as const
export const HANDOVER_RULES: readonly RuleDefinition[] = Object.freeze(
  HANDOVER_MODULES.map((m) => m.definition),
)

/** The rules that can fix the responsibility date. */
export const RESPONSIBILITY_RULE_IDS = idsOf([H_REF, H_EARLY, H_CPR, H_UKR] as const)
export type ResponsibilityRuleId = (typeof RESPONSIBILITY_RULE_IDS)[number]

/** Every H-* and D-* module, by id. */
export const HANDOVER_AND_DUTY_MODULES: ReadonlyMap<string, RuleModule> = new Map(
  [...H_MODULES, ...D_MODULES].map((m) => [m.definition.id, m as RuleModule]),
)

/** The definition of an H-* or D-* rule (its legal sources and validity, for answers that cite it). */
export function handoverRule(id: string): RuleDefinition {
  return HANDOVER_AND_DUTY_MODULES.get(id)?.definition ?? dutyRule(id)
}
