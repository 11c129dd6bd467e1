/**
 * H-REF (rules.md § 3, IL § 4 stk. 2): the facts an asylum refugee's responsibility date is counted from,
 * what the explanation says about them in Danish and English, and the field every refusal names.
 */
import { describe, expect, it } from 'vitest'
import {
  refugeeHandoverDate,
  renderSteps,
  responsibilityDate,
  type Step,
} from '../../../src/law/handover/index.ts'
import { lawError } from '../invalid-input.ts'

/** A date value of a finding (calendarDay: midnight UTC) as YYYY-MM-DD. */
const iso = (value: unknown) => (value as Date).toISOString().slice(0, 10)

describe('H-REF: the explanation', () => {
  it('H-REF: starts with the category and the rule in both languages', () => {
    const { steps } = responsibilityDate({ category: 'refugee', visitationDecisionDate: '2025-05-15' })
    expect(renderSteps(steps, 'en')[0]).toBe(
      'Category refugee, asylum refugee (IL § 2 stk. 2): the responsibility date follows rule H-REF.',
    )
    expect(renderSteps(steps, 'da')[0]).toBe(
      'Kategori refugee, flygtning (asyl, IL § 2, stk. 2): ansvarsdatoen følger reglen H-REF.',
    )
  })

  it('H-REF: counted from the visitation decision unless told otherwise (the findings say so)', () => {
    const { steps } = refugeeHandoverDate('2025-05-15', { firstOfMonthMakesMonthWhole: false })
    expect(steps.map((s) => s.values?.basis)).toEqual(['visitation_decision', 'visitation_decision'])
    const permit = refugeeHandoverDate(
      '2025-03-08',
      { firstOfMonthMakesMonthWhole: false },
      'residence_permit',
    )
    expect(renderSteps(permit.steps, 'en')[0]).toContain('the first whole month after the residence permit')
    expect(renderSteps(permit.steps, 'da')[0]).toContain('den første hele måned efter opholdstilladelsen')
  })

  it('H-REF: the days a date rolls past are findings of H-REF, each with its date', () => {
    // 1 January 2025 is nytårsdag (a Wednesday): responsibility passes on Thursday 2 January.
    const { steps, date } = refugeeHandoverDate('2024-11-15', { firstOfMonthMakesMonthWhole: false })
    expect(date).toBe('2025-01-02')
    const rolled = steps.find((s) => s.code === 'rolledForward')!
    const skipped = rolled.lists!.skipped as Step[]
    expect(skipped.map((s) => [s.ruleId, s.code, iso(s.values!.date), s.values!.holiday])).toEqual([
      ['H-REF', 'helligdag', '2025-01-01', 'new_years_day'],
    ])
    // 1 March 2025 is a Saturday.
    const weekend = refugeeHandoverDate('2025-01-10', { firstOfMonthMakesMonthWhole: false })
    const days = weekend.steps.find((s) => s.code === 'rolledForward')!.lists!.skipped as Step[]
    expect(days.map((s) => [s.ruleId, s.code, iso(s.values!.date)])).toEqual([
      ['H-REF', 'weekendDay', '2025-03-01'],
      ['H-REF', 'weekendDay', '2025-03-02'],
    ])
  })
})

describe('H-REF: the visitation decision and the residence permit', () => {
  it('H-REF: a decision on the day of the permit is counted from the decision', () => {
    const result = responsibilityDate({
      category: 'refugee',
      visitationDecisionDate: '2025-03-08',
      residencePermitDate: '2025-03-08',
    })
    expect(result).toMatchObject({
      date: '2025-05-01',
      basis: 'visitation_decision',
      basisDate: '2025-03-08',
    })
  })

  it('H-REF: a decision before the permit is contradictory, naming both dates and IL § 10', () => {
    const error = lawError(() =>
      responsibilityDate({
        category: 'refugee',
        visitationDecisionDate: '2025-03-01',
        residencePermitDate: '2025-03-08',
      }),
    )
    expect([error.kind, error.pointer]).toEqual(['contradictory', '/visitationDecisionDate'])
    expect(error.message).toBe(
      'visitationDecisionDate (2025-03-01) is before residencePermitDate (2025-03-08): Udlændingestyrelsen makes the visitation decision with or after the residence permit (IL § 10).',
    )
  })

  it('H-REF: a decision before the Integration Act (1 January 1999) has no legal basis under H-REF', () => {
    const error = lawError(() =>
      responsibilityDate({ category: 'refugee', visitationDecisionDate: '1998-12-31' }),
    )
    expect([error.kind, error.pointer]).toEqual(['contradictory', '/visitationDecisionDate'])
    expect(error.message).toBe(
      'visitationDecisionDate (1998-12-31) is before 1999-01-01, when integrationsloven (lov nr. 474 af 1. juli 1998) came into force: rule H-REF has no legal basis for it. Check the date or the category.',
    )
    // A decision on the 1st: January 1999 is not whole, so February is counted (default interpretation).
    expect(responsibilityDate({ category: 'refugee', visitationDecisionDate: '1999-01-01' }).date).toBe(
      '1999-03-01',
    )
  })

  it('H-REF counted from the residence permit: a permit before the Integration Act names /residencePermitDate', () => {
    const error = lawError(() =>
      responsibilityDate({ category: 'refugee', residencePermitDate: '1998-12-31' }),
    )
    expect([error.kind, error.pointer]).toEqual(['contradictory', '/residencePermitDate'])
    expect(error.message).toBe(
      'residencePermitDate (1998-12-31) is before 1999-01-01, when integrationsloven (lov nr. 474 af 1. juli 1998) came into force: rule H-REF has no legal basis for it. Check the date or the category.',
    )
  })

  it.each([
    ['/residencePermitDate', { residencePermitDate: '2025-02-30' }],
    ['/cprRegistrationDate', { cprRegistrationDate: '2025-02-30' }],
    ['/earlyTakeoverDate', { earlyTakeoverDate: '2025-02-30' }],
  ])('H-REF: a malformed date is a 400 at %s', (pointer, facts) => {
    const error = lawError(() =>
      responsibilityDate({ category: 'refugee', visitationDecisionDate: '2025-01-15', ...facts }),
    )
    expect([error.kind, error.pointer]).toEqual(['invalid', pointer])
    expect(error.message).toBe('"2025-02-30" is not a calendar date YYYY-MM-DD.')
  })
})
