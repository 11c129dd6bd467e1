import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isWorkingDay } from '../../../src/law/calendar.ts'
import { dayNumber, daysBetween, fromDayNumberToIso } from '../../../src/law/dates.ts'
import {
  renderSteps,
  responsibilityDate,
  type Step,
  ukrainianHandoverDate,
} from '../../../src/law/handover/index.ts'
import type { ApplicantCategory } from '../../../src/law/vocabulary.ts'
import { lawError } from '../invalid-input.ts'

// The law returns language-neutral steps; the edge renders them (renderSteps).
const en = (steps: readonly Step[]) => renderSteps(steps, 'en').join('\n')
const CPR_CATEGORIES: ApplicantCategory[] = [
  'quota_refugee',
  'family_reunified',
  'family_reunified_to_refugee',
]

describe('H-CPR: quota refugees and family-reunified persons', () => {
  it.each(CPR_CATEGORIES)('%s: from the CPR registration, no roll-forward (a Saturday stays)', (category) => {
    const result = responsibilityDate({ category, cprRegistrationDate: '2025-03-01' })
    expect(result).toMatchObject({ date: '2025-03-01', ruleId: 'H-CPR', basis: 'cpr_registration' })
    expect(result.legalSources.map((s) => s.citation)).toContain('Integrationsloven § 4, stk. 3')
    expect(en(result.steps)).toContain('No weekday roll-forward applies')
  })

  it.each(CPR_CATEGORIES)('%s: application submitted in Denmark → from the permit date', (category) => {
    const result = responsibilityDate({
      category,
      applicationSubmittedInDenmark: true,
      residencePermitDate: '2025-01-20',
      cprRegistrationDate: '2025-02-03',
    })
    expect(result).toMatchObject({ date: '2025-01-20', ruleId: 'H-CPR', basis: 'residence_permit' })
    const text = en(result.steps)
    expect(text).toContain('submitted in Denmark')
    expect(text).toContain('cprRegistrationDate was given but is not used')
  })

  it('400 without the CPR registration, or without the permit when applied for in Denmark', () => {
    const noCpr = lawError(() => responsibilityDate({ category: 'quota_refugee' }))
    expect([noCpr.kind, noCpr.pointer]).toEqual(['invalid', '/cprRegistrationDate'])
    const noPermit = lawError(() =>
      responsibilityDate({ category: 'family_reunified', applicationSubmittedInDenmark: true }),
    )
    expect([noPermit.kind, noPermit.pointer]).toEqual(['invalid', '/residencePermitDate'])
  })

  it('422 for a CPR registration before the permit when applied for from abroad', () => {
    const error = lawError(() =>
      responsibilityDate({
        category: 'family_reunified',
        residencePermitDate: '2025-03-01',
        cprRegistrationDate: '2025-02-01',
      }),
    )
    expect([error.kind, error.pointer]).toEqual(['contradictory', '/cprRegistrationDate'])
    expect(error.message).toContain('applicationSubmittedInDenmark')
  })

  it('a visitation decision is noted as not used', () => {
    const result = responsibilityDate({
      category: 'quota_refugee',
      visitationDecisionDate: '2025-01-10',
      cprRegistrationDate: '2025-03-03',
    })
    expect(en(result.steps)).toContain(
      'visitationDecisionDate was given but is not used for category quota_refugee',
    )
  })
})

describe('H-UKR: weekdays after the visitation decision', () => {
  it('decision before 19 March 2024: 4 weekdays', () => {
    const result = responsibilityDate({
      category: 'ukrainian_displaced',
      visitationDecisionDate: '2024-03-18',
    })
    expect(result).toMatchObject({ date: '2024-03-22', ruleId: 'H-UKR' })
    expect(en(result.steps)).toContain('before 19 March 2024')
  })

  it('decision before 19 March 2024 over Easter 2023: 4 weekdays skip Maundy Thursday to Easter Monday', () => {
    expect(ukrainianHandoverDate('2023-04-05', { ukrainianWeekdaysExcludeHelligdage: true }).date).toBe(
      '2023-04-14',
    )
  })

  it('decision on 19 March 2024: 15 weekdays, Easter 2024 passed over and named', () => {
    const result = responsibilityDate({
      category: 'ukrainian_displaced',
      visitationDecisionDate: '2024-03-19',
    })
    expect(result.date).toBe('2024-04-12')
    const text = en(result.steps)
    expect(text).toContain('15 weekdays')
    expect(text).toContain('Monday to Friday that are not helligdage')
    expect(text).toContain('Maundy Thursday 28 March 2024')
    expect(text).toContain('Easter Monday 1 April 2024')
    expect(text).toContain('interpretation, parameter ukrainianWeekdaysExcludeHelligdage = true')
  })

  it('the other reading (every Monday to Friday) is a parameter', () => {
    const result = responsibilityDate(
      { category: 'ukrainian_displaced', visitationDecisionDate: '2024-03-19' },
      { parameters: { ukrainianWeekdaysExcludeHelligdage: false } },
    )
    expect(result.date).toBe('2024-04-09')
    expect(en(result.steps)).toContain('helligdage included')
  })

  it('400 without the visitation decision; 422 for an earlyTakeoverDate', () => {
    const missing = lawError(() => responsibilityDate({ category: 'ukrainian_displaced' }))
    expect([missing.kind, missing.pointer]).toEqual(['invalid', '/visitationDecisionDate'])
    const early = lawError(() =>
      responsibilityDate({
        category: 'ukrainian_displaced',
        visitationDecisionDate: '2024-05-01',
        earlyTakeoverDate: '2024-05-02',
      }),
    )
    expect([early.kind, early.pointer]).toEqual(['contradictory', '/earlyTakeoverDate'])
  })

  it('property: a working day, 15 weekdays = 3 to 5 calendar weeks after decisions from 19 March 2024', () => {
    const decision = fc
      .integer({ min: dayNumber('2024-03-19'), max: dayNumber('2040-12-31') })
      .map((n) => fromDayNumberToIso(n))
    fc.assert(
      fc.property(decision, (d) => {
        const { date } = ukrainianHandoverDate(d, { ukrainianWeekdaysExcludeHelligdage: true })
        expect(isWorkingDay(date)).toBe(true)
        expect(daysBetween(d, date)).toBeGreaterThanOrEqual(19)
        expect(daysBetween(d, date)).toBeLessThanOrEqual(31)
      }),
    )
  })
})
