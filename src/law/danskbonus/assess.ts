/**
 * Decision support for danskbonus as the IL § 22 lump sum (rules.md § 7). Pure: the facts and `asOf` in,
 * the outcome, each condition (B-COVERED, B-SELF-SUPPORTING, B-EXAM, B-ONCE, B-PROGRAMME), which bonus
 * applies (B-PATH) and whether an earlier refusal must be reopened (B-PRACTICE-2021) out.
 *
 * `evaluateDanishBonus` finds, language-neutral; `renderDanishBonus` (render.ts) words the findings at the
 * edge; `assessDanishBonus` does both.
 */

import { type IsoDate, todayInDenmark } from '../dates.ts'
import { type Language, RULES_VERSION } from '../rule-definition.ts'
import { covered } from './b-covered.ts'
import { exam } from './b-exam.ts'
import { once } from './b-once.ts'
import { bonusPath } from './b-path.ts'
import { reopeningOf } from './b-practice-2021.ts'
import { programme, wordingOf } from './b-programme.ts'
import { selfSupporting } from './b-self-supporting.ts'
import { renderDanishBonus } from './render.ts'
import { DANSKBONUS_SOURCES as S } from './sources.ts'
import type {
  BonusOutcome,
  Condition,
  DanishBonusAssessment,
  DanishBonusFacts,
  DanishBonusFindings,
} from './types.ts'

function outcomeOf(conditions: readonly Pick<Condition, 'result'>[]): BonusOutcome {
  if (conditions.some((c) => c.result === 'not_met')) return 'not_eligible'
  if (conditions.some((c) => c.result === 'unknown')) return 'needs_information'
  return 'eligible'
}

/** The assessment as findings (rule ids, message codes, values): no language yet. */
export function evaluateDanishBonus(
  facts: DanishBonusFacts,
  options: { asOf?: IsoDate } = {},
): DanishBonusFindings {
  const asOf = options.asOf ?? todayInDenmark()
  const wording = wordingOf(facts, asOf)
  const conditions = [
    covered(facts),
    selfSupporting(facts),
    exam(facts),
    once(facts),
    programme(facts, wording),
  ]
  const path = bonusPath(facts)
  const reopening = reopeningOf(facts, wording)
  return {
    outcome: outcomeOf(conditions),
    bonus: path.bonus,
    bonusRule: { ruleId: 'B-PATH', explanation: path.explanation, legalSources: [S.SEED_004, S.IL_22_1] },
    wording,
    conditions,
    reopeningRequired: reopening !== undefined && wording === 'former',
    ...(reopening
      ? {
          reopening: {
            ruleId: 'B-PRACTICE-2021' as const,
            explanation: reopening,
            legalSources: [S.AST_PRACTICE_2021, S.SEED_004],
          },
        }
      : {}),
    asOf,
    rulesVersion: RULES_VERSION,
  }
}

/** The assessment worded in `options.language`: the findings of `evaluateDanishBonus`, rendered. */
export function assessDanishBonus(
  facts: DanishBonusFacts,
  options: { language: Language; asOf?: IsoDate },
): DanishBonusAssessment {
  return renderDanishBonus(
    evaluateDanishBonus(facts, options.asOf ? { asOf: options.asOf } : {}),
    options.language,
  )
}
