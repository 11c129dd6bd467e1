import { describe, expect, it } from 'vitest'
import { BENEFITS } from '../../../src/law/danskbonus/index.ts'
import { bothLanguages, ELIGIBLE, without } from './support.ts'

describe('B-PATH (seed 004): which danskbonus applies', () => {
  it('B-PATH: only selvforsørgelses- og hjemrejseydelse and overgangsydelse lead to aktivloven’s bonus', () => {
    const bonus = Object.fromEntries(
      BENEFITS.map((benefit) => [benefit, bothLanguages({ ...ELIGIBLE, benefit }).en.bonus]),
    )
    expect(bonus).toEqual({
      none: 'integration_act_lump_sum',
      self_support_and_repatriation: 'active_social_policy_bonus',
      transition: 'active_social_policy_bonus',
      cash_assistance: 'integration_act_lump_sum',
      other_active_social_policy: 'integration_act_lump_sum',
    })
    expect(bothLanguages(without(ELIGIBLE, 'benefit')).en.bonus).toBe('integration_act_lump_sum')
  })

  it('B-PATH: the lump sum is explained and cited (seed 004, IL § 22 stk. 1) in both languages', () => {
    const { da, en } = bothLanguages(ELIGIBLE)
    expect(en.bonusRule.explanation).toBe('This assesses danskbonus as the tax-free lump sum under IL § 22.')
    expect(da.bonusRule.explanation).toContain('skattefrit engangsbeløb efter integrationslovens § 22')
    expect(en.bonusRule.legalSources.map((s) => s.citation)).toEqual([
      'Ankestyrelsens temanotat om integrationsloven (2022): danskbonus',
      'Integrationsloven § 22, stk. 1',
    ])
  })
})
