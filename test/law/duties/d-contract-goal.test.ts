import { describe, expect, it } from 'vitest'
import { contractGoalDue, dutyRule } from '../../../src/law/duties/index.ts'
import { renderStep } from '../../../src/law/handover/index.ts'
import { calendarDay } from '../../../src/law/rule-module.ts'

describe('D-CONTRACT-GOAL (IL § 19; seed 002): the contract states an employment or education goal', () => {
  it('D-CONTRACT-GOAL: a content check, due with the contract itself', () => {
    expect(contractGoalDue('2025-06-02')).toBe('2025-06-02')
    const rule = dutyRule('D-CONTRACT-GOAL')
    expect(rule.title).toEqual({ da: 'Mål i kontrakten', en: 'Goal in the contract' })
    expect(rule.decides.da).toMatch(
      /^Kontrakten indeholder et beskæftigelses- eller uddannelsesmål; registreres som opfyldt eller ikke med kontrakten/,
    )
    expect(rule.decides.en).toMatch(
      /^The contract states an employment or education goal; recorded as met or not with the contract/,
    )
    expect(rule.parameters).toBeUndefined()
  })

  it('D-CONTRACT-GOAL: worded with the contract’s date, citing IL § 19, in both languages', () => {
    const step = {
      ruleId: 'D-CONTRACT-GOAL',
      code: 'dueWithContract',
      values: { contract: calendarDay('2025-06-02') },
    }
    expect(renderStep(step, 'en')).toBe(
      'The contract’s employment or education goal is recorded with the contract, made on 2 June 2025 (IL § 19).',
    )
    expect(renderStep(step, 'da')).toBe(
      'Kontraktens beskæftigelses- eller uddannelsesmål registreres med kontrakten, der er indgået 2. juni 2025 (IL § 19).',
    )
  })
})
