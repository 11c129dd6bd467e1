/**
 * The proportionality rules (rules.md § 4, IL § 32), one module each: what `GET /v1/rules` lists, the
 * rule ids the answers cite and the wording `renderBenefitReduction` uses are all read from here.
 */
import type { RuleDefinition } from '../rule-definition.ts'
import { P_EVASION } from './p-evasion.ts'
import { P_MAX } from './p-max.ts'
import { P_NEED } from './p-need.ts'
import { P_REASON } from './p-reason.ts'
import { P_TOTAL_STOP } from './p-total-stop.ts'

export const PROPORTIONALITY_RULE_MODULES = [P_NEED, P_REASON, P_EVASION, P_TOTAL_STOP, P_MAX] as const

export const PROPORTIONALITY_RULES: readonly RuleDefinition[] = PROPORTIONALITY_RULE_MODULES.map(
  (module) => module.definition,
)
