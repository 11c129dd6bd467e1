/**
 * Decision support for danskbonus as the IL § 22 lump sum (rules.md § 7). Pure: the facts and `asOf` in,
 * the outcome, each condition (B-COVERED, B-SELF-SUPPORTING, B-EXAM, B-ONCE, B-PROGRAMME), which bonus
 * applies (B-PATH) and whether an earlier refusal must be reopened (B-PRACTICE-2021) out.
 */

import { formatLongDate, type IsoDate, todayInDenmark } from '../dates.ts'
import { type Language, type LocalisedText, RULES_VERSION } from '../rule-definition.ts'
import { type Condition, covered, exam, once, programme, selfSupporting } from './conditions.ts'
import { PROGRAMME_CONDITION_FROM, DANSKBONUS_SOURCES as S } from './rules.ts'
import {
  ACTIVE_SOCIAL_POLICY_BONUS_BENEFITS,
  type BonusOutcome,
  type DanishBonusAssessment,
  type DanishBonusFacts,
  type Wording,
} from './types.ts'

/**
 * B-PROGRAMME's wording: the current one for applications made from 9 June 2021 while it is in force on
 * `asOf`; the former one for earlier applications (an earlier decision dated before 9 June 2021 proves
 * an earlier application when the application date is missing).
 */
export function wordingOf(facts: DanishBonusFacts, asOf: IsoDate): Wording {
  if (asOf < PROGRAMME_CONDITION_FROM) return 'former'
  if (facts.applicationDate !== undefined)
    return facts.applicationDate < PROGRAMME_CONDITION_FROM ? 'former' : 'current'
  const decided = facts.earlierDecision?.date
  return decided !== undefined && decided < PROGRAMME_CONDITION_FROM ? 'former' : 'unknown'
}

export function outcomeOf(conditions: readonly Pick<Condition, 'result'>[]): BonusOutcome {
  if (conditions.some((c) => c.result === 'not_met')) return 'not_eligible'
  if (conditions.some((c) => c.result === 'unknown')) return 'needs_information'
  return 'eligible'
}

function bonusPath(facts: DanishBonusFacts): { bonus: DanishBonusAssessment['bonus']; text: LocalisedText } {
  if (facts.benefit !== undefined && ACTIVE_SOCIAL_POLICY_BONUS_BENEFITS.includes(facts.benefit))
    return {
      bonus: 'active_social_policy_bonus',
      text: {
        da: 'Personen modtager selvforsørgelses- og hjemrejseydelse eller overgangsydelse: danskbonus gives efter lov om aktiv socialpolitik (i op til 6 måneder) og ikke som engangsbeløb efter integrationslovens § 22. Den vurderes ikke her.',
        en: 'The person receives selvforsørgelses- og hjemrejseydelse or overgangsydelse: the bonus is paid under aktivloven (for up to 6 months), not as the IL § 22 lump sum. It is not assessed here.',
      },
    }
  return {
    bonus: 'integration_act_lump_sum',
    text: {
      da: 'Vurderingen gælder danskbonus som skattefrit engangsbeløb efter integrationslovens § 22.',
      en: 'This assesses danskbonus as the tax-free lump sum under IL § 22.',
    },
  }
}

/** B-PRACTICE-2021: a refusal under the former wording that rested on programme participation. */
function reopeningOf(facts: DanishBonusFacts, wording: Wording): LocalisedText | undefined {
  const decision = facts.earlierDecision
  if (decision?.outcome !== 'refused' || decision.restedOnProgrammeParticipation !== true) return undefined
  const from = {
    da: formatLongDate(PROGRAMME_CONDITION_FROM, 'da'),
    en: formatLongDate(PROGRAMME_CONDITION_FROM, 'en'),
  }
  if (wording === 'former')
    return {
      da: 'Afslaget byggede på krav om deltagelse i program, som Ankestyrelsen i 2021 fandt i strid med § 22 (betingelserne er udtømmende). Sagen skal genoptages af den myndighed, der senest har behandlet den; kan kommunen ikke finde de berørte sager, skal den informere offentligt (hjemmeside, dagspresse).',
      en: 'The refusal rested on requiring programme participation, which Ankestyrelsen found in 2021 to be contrary to § 22 (its conditions are exhaustive). The case must be reopened by the authority that last decided it; a municipality that cannot identify the cases concerned must inform publicly (website, press).',
    }
  if (wording === 'unknown')
    return {
      da: `Afslaget byggede på krav om deltagelse i program. Er ansøgningen indgivet før ${from.da}, skal sagen genoptages; oplys ansøgningsdatoen.`,
      en: `The refusal rested on requiring programme participation. If the application was made before ${from.en}, the case must be reopened; give the application date.`,
    }
  return undefined
}

export function assessDanishBonus(
  facts: DanishBonusFacts,
  options: { language: Language; asOf?: IsoDate },
): DanishBonusAssessment {
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
  const l = options.language
  return {
    outcome: outcomeOf(conditions),
    bonus: path.bonus,
    bonusRule: { ruleId: 'B-PATH', explanation: path.text[l], legalSources: [S.SEED_004, S.IL_22_1] },
    wording,
    conditions: conditions.map((c) => ({
      ruleId: c.ruleId,
      result: c.result,
      explanation: c.text[l],
      legalSources: c.legalSources,
      missing: c.missing,
    })),
    reopeningRequired: reopening !== undefined && wording === 'former',
    ...(reopening
      ? {
          reopening: {
            ruleId: 'B-PRACTICE-2021' as const,
            explanation: reopening[l],
            legalSources: [S.AST_PRACTICE_2021, S.SEED_004],
          },
        }
      : {}),
    asOf,
    rulesVersion: RULES_VERSION,
  }
}
