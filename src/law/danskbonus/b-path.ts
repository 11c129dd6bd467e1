/**
 * B-PATH: which bonus applies — on selvforsørgelses- og hjemrejseydelse or overgangsydelse, aktivloven's
 * bonus (outside this assessment); otherwise the IL § 22 lump sum.
 */
import { defineRule, type Finding, type Message } from '../rule-module.ts'
import { CURRENT_WORDING_FROM, DANSKBONUS_SOURCES as S } from './sources.ts'
import { ACTIVE_SOCIAL_POLICY_BONUS_BENEFITS, type BonusKind, type DanishBonusFacts } from './types.ts'

const MESSAGES = {
  'active-social-policy-bonus': {
    da: 'Personen modtager selvforsørgelses- og hjemrejseydelse eller overgangsydelse: danskbonus gives efter lov om aktiv socialpolitik (i op til 6 måneder) og ikke som engangsbeløb efter integrationslovens § 22. Den vurderes ikke her.',
    en: 'The person receives selvforsørgelses- og hjemrejseydelse or overgangsydelse: the bonus is paid under aktivloven (for up to 6 months), not as the IL § 22 lump sum. It is not assessed here.',
  },
  'integration-act-lump-sum': {
    da: 'Vurderingen gælder danskbonus som skattefrit engangsbeløb efter integrationslovens § 22.',
    en: 'This assesses danskbonus as the tax-free lump sum under IL § 22.',
  },
} as const satisfies Record<string, Message>

export function bonusPath(facts: DanishBonusFacts): { bonus: BonusKind; explanation: Finding } {
  if (ACTIVE_SOCIAL_POLICY_BONUS_BENEFITS.some((benefit) => benefit === facts.benefit))
    return {
      bonus: 'active_social_policy_bonus',
      explanation: { ruleId: 'B-PATH', code: 'active-social-policy-bonus' },
    }
  return {
    bonus: 'integration_act_lump_sum',
    explanation: { ruleId: 'B-PATH', code: 'integration-act-lump-sum' },
  }
}

export const B_PATH = defineRule({
  definition: {
    id: 'B-PATH',
    title: { da: 'Hvilken danskbonus', en: 'Which Danish bonus' },
    decides: {
      da: 'Modtagere af selvforsørgelses- og hjemrejseydelse eller overgangsydelse får danskbonus efter aktivloven (i op til 6 måneder, uden for denne vurdering); andre kan få engangsbeløbet efter integrationslovens § 22.',
      en: 'Recipients of selvforsørgelses- og hjemrejseydelse or overgangsydelse get the aktivloven bonus (up to 6 months, outside this assessment); others may get the IL § 22 lump sum.',
    },
    legalSources: [S.SEED_004, S.IL_22_1],
    validFrom: CURRENT_WORDING_FROM,
  },
  evaluate: bonusPath,
  messages: MESSAGES,
})
