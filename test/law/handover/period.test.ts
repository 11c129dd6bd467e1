import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dayNumber, daysBetween, fromDayNumberToIso, parseIsoDate } from '../../../src/law/dates.ts'
import {
  fullBenefitRestoredDate,
  integrationPeriod,
  renderSteps,
  type Step,
  takeoverEffectiveDate,
} from '../../../src/law/handover/index.ts'

// The law returns language-neutral steps; the edge renders them (renderSteps).
const en = (steps: readonly Step[]) => renderSteps(steps, 'en').join('\n')
const anyDate = fc
  .integer({ min: dayNumber('2000-01-01'), max: dayNumber('2040-12-31') })
  .map((n) => fromDayNumberToIso(n))

describe('H-PERIOD: 5 years from the responsibility date', () => {
  it('last day is the day before the fifth anniversary; free movement from the anniversary', () => {
    const period = integrationPeriod('2025-07-01')
    expect(period).toMatchObject({
      startDate: '2025-07-01',
      endDate: '2030-06-30',
      freeMovementFromDate: '2030-07-01',
      ruleId: 'H-PERIOD',
    })
    expect(en(period.steps)).toContain('lasts 5 years')
  })

  it('29 February: the anniversary in a common year is 28 February, and the explanation says so', () => {
    const period = integrationPeriod('2028-02-29')
    expect(period.freeMovementFromDate).toBe('2033-02-28')
    expect(period.endDate).toBe('2033-02-27')
    expect(en(period.steps)).toContain('2033 has no 29 February')
  })

  it('notes the pre-July-2016 rules for old responsibility dates', () => {
    expect(en(integrationPeriod('2015-05-01').steps)).toContain('before 1 July 2016')
    expect(en(integrationPeriod('2016-07-01').steps)).not.toContain('before 1 July 2016')
  })

  it('property: 5 years is 1825–1827 days, the end the day before free movement', () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        const p = integrationPeriod(d)
        expect(daysBetween(p.endDate, p.freeMovementFromDate)).toBe(1)
        expect(daysBetween(d, p.freeMovementFromDate)).toBeGreaterThanOrEqual(1825)
        expect(daysBetween(d, p.freeMovementFromDate)).toBeLessThanOrEqual(1827)
      }),
    )
  })
})

describe('H-TAKEOVER: effective date of a § 18 takeover', () => {
  it('move after the approval: from the move-in date', () => {
    const result = takeoverEffectiveDate('2024-09-02', '2024-10-01')
    expect(result).toMatchObject({ date: '2024-10-01', ruleId: 'H-TAKEOVER' })
    expect(en(result.steps)).toContain('from the move-in date 1 October 2024')
  })

  it('already moved before the approval: from the approval date (interpretation)', () => {
    const result = takeoverEffectiveDate('2024-09-02', '2024-08-15')
    expect(result.date).toBe('2024-09-02')
    const text = en(result.steps)
    expect(text).toContain('had already moved')
    expect(text).toContain('interpretation, parameter takeoverAfterEarlierMoveFrom = approval_date')
    expect(text).toContain('does not restart the integration period')
  })

  it('move on the approval day: that day', () => {
    expect(takeoverEffectiveDate('2024-09-02', '2024-09-02').date).toBe('2024-09-02')
  })

  it('property: the later of approval and move', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (approval, move) => {
        expect(takeoverEffectiveDate(approval, move).date).toBe(approval > move ? approval : move)
      }),
    )
  })
})

describe('D-MOVE-BACK: full benefit from the end of the first whole month after moving back', () => {
  it('moved back 15 June → 1 August', () => {
    const result = fullBenefitRestoredDate('2025-06-15')
    expect(result).toMatchObject({ date: '2025-08-01', ruleId: 'D-MOVE-BACK' })
    expect(result.legalSources.map((s) => s.citation)).toContain('Integrationsloven § 32, stk. 2')
    expect(en(result.steps)).toContain('the first whole month after is July 2025')
  })

  it('no weekday roll-forward: 1 November 2025 is a Saturday and stays', () => {
    const result = fullBenefitRestoredDate('2025-09-20')
    expect(result.date).toBe('2025-11-01')
    expect(en(result.steps)).toContain('not moved to a weekday')
  })

  it('moved back on the 1st follows the H-REF interpretation parameter', () => {
    expect(fullBenefitRestoredDate('2025-06-01').date).toBe('2025-08-01')
    expect(fullBenefitRestoredDate('2025-06-01', { firstOfMonthMakesMonthWhole: true }).date).toBe(
      '2025-07-01',
    )
  })

  it('property: always a 1st, 32 to 62 days later', () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        const { date } = fullBenefitRestoredDate(d)
        expect(parseIsoDate(date).day).toBe(1)
        expect(daysBetween(d, date)).toBeGreaterThanOrEqual(29)
        expect(daysBetween(d, date)).toBeLessThanOrEqual(62)
      }),
    )
  })
})
