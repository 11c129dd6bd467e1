/**
 * H-PERIOD (rules.md § 3, IL § 16) and H-TAKEOVER (IL § 18 stk. 1): what the explanation says, the
 * sources the answers cite, and the field a malformed date is refused at.
 */
import { describe, expect, it } from 'vitest'
import { integrationPeriod, renderSteps, takeoverEffectiveDate } from '../../../src/law/handover/index.ts'
import { lawError } from '../invalid-input.ts'

describe('H-PERIOD: the explanation and its sources', () => {
  it('H-PERIOD: an anniversary that exists is stated once, with no word on 29 February', () => {
    const period = integrationPeriod('2025-07-01')
    expect(period).toMatchObject({ endDate: '2030-06-30', freeMovementFromDate: '2030-07-01' })
    expect(period.steps.map((s) => s.code)).toEqual(['lasts'])
    expect(renderSteps(period.steps, 'en')).toEqual([
      'H-PERIOD: the integration period lasts 5 years from the responsibility date 1 July 2025; its last day is 30 June 2030, and from 1 July 2030 the person moves freely.',
    ])
    expect(renderSteps(period.steps, 'da')[0]).toContain('sidste dag er 30. juni 2030')
    expect(period.legalSources.map((s) => s.citation)).toContain('Integrationsloven § 16')
  })

  it('H-PERIOD: a malformed responsibility date is a 400 at /responsibilityDate', () => {
    const error = lawError(() => integrationPeriod('2025-02-30'))
    expect([error.kind, error.pointer]).toEqual(['invalid', '/responsibilityDate'])
  })
})

describe('H-TAKEOVER: the move on the approval day, the sources, malformed dates', () => {
  it('H-TAKEOVER: a move on the approval day takes effect that day, from the move-in date', () => {
    const result = takeoverEffectiveDate('2024-09-02', '2024-09-02')
    expect(result).toMatchObject({ date: '2024-09-02', ruleId: 'H-TAKEOVER' })
    expect(result.steps[0]).toMatchObject({ ruleId: 'H-TAKEOVER', code: 'movesAfterApproval' })
    expect(renderSteps(result.steps, 'en')[0]).toContain(
      'takes effect from the move-in date 2 September 2024',
    )
    expect(renderSteps(result.steps, 'da')[0]).toContain('virkning fra tilflytningsdatoen 2. september 2024')
    expect(result.legalSources.map((s) => s.citation)).toContain('Integrationsloven § 18, stk. 1')
  })

  it.each([
    ['/takeover/approvalDate', '2024-02-30', '2024-03-01'],
    ['/takeover/moveDate', '2024-03-01', '2024-02-30'],
  ])('H-TAKEOVER: a malformed date is a 400 at %s', (pointer, approval, move) => {
    const error = lawError(() => takeoverEffectiveDate(approval, move))
    expect([error.kind, error.pointer]).toEqual(['invalid', pointer])
  })
})
