import { describe, expect, it } from 'vitest'
import {
  DEFAULT_HANDOVER_PARAMETERS,
  HANDOVER_RULES,
  resolveParameters,
} from '../../../src/law/handover/index.ts'

describe('HANDOVER_RULES (rules.md § 3)', () => {
  it('defines every H-* and D-* rule once, each with legal sources and both languages', () => {
    expect(HANDOVER_RULES.map((r) => r.id)).toEqual([
      'H-REF',
      'H-EARLY',
      'H-CPR',
      'H-UKR',
      'H-TAKEOVER',
      'H-PERIOD',
      'D-CONTRACT',
      'D-FIRST-OFFER',
      'D-VISITATION',
      'D-SIX-WEEKS',
      'D-MOVE-BACK',
      'D-PROCESSING',
    ])
    for (const rule of HANDOVER_RULES) {
      expect(rule.legalSources.length).toBeGreaterThan(0)
      expect(rule.title.da && rule.title.en && rule.decides.da && rule.decides.en).toBeTruthy()
    }
  })

  it('marks the interpretations as parameters: H-REF 1st-of-month off, D-PROCESSING 30 days', () => {
    const param = (ruleId: string, name: string) =>
      HANDOVER_RULES.find((r) => r.id === ruleId)?.parameters?.find((p) => p.name === name)
    expect(param('H-REF', 'firstOfMonthMakesMonthWhole')).toMatchObject({
      value: false,
      interpretation: true,
    })
    expect(param('D-PROCESSING', 'processingTargetDays')).toMatchObject({ value: 30, interpretation: true })
    expect(param('H-UKR', 'ukrainianWeekdaysExcludeHelligdage')).toMatchObject({
      value: true,
      interpretation: true,
    })
    expect(param('H-TAKEOVER', 'takeoverAfterEarlierMoveFrom')).toMatchObject({ interpretation: true })
  })

  it('resolves overrides, keeping defaults for absent ones', () => {
    expect(resolveParameters({ processingTargetDays: 14, firstOfMonthMakesMonthWhole: undefined })).toEqual({
      ...DEFAULT_HANDOVER_PARAMETERS,
      processingTargetDays: 14,
    })
  })
})
