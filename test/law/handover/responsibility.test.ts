import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isWorkingDay } from '../../../src/law/calendar.ts'
import { dayNumber, daysBetween, fromDayNumberToIso, parseIsoDate } from '../../../src/law/dates.ts'
import {
  refugeeHandoverDate,
  renderSteps,
  responsibilityDate,
  type Step,
} from '../../../src/law/handover/index.ts'
import { lawError } from '../invalid-input.ts'

// The law returns language-neutral steps; the edge renders them (renderSteps).
const en = (steps: readonly Step[]) => renderSteps(steps, 'en').join('\n')
const refugee = (visitationDecisionDate: string) =>
  responsibilityDate({ category: 'refugee', visitationDecisionDate })

describe('H-REF: end of the first whole month after the visitation decision', () => {
  it.each([
    ['brief example', '2025-05-15', '2025-07-01'],
    ['brief example', '2025-10-28', '2025-12-01'],
    ['decision on the last day of a month', '2025-01-31', '2025-03-03'],
    ['decision in December', '2025-12-10', '2026-02-02'],
  ])('%s: decision %s → %s', (_, decision, expected) => {
    const result = refugee(decision)
    expect(result.date).toBe(expected)
    expect(result.ruleId).toBe('H-REF')
    expect(result.basis).toBe('visitation_decision')
    expect(result.legalSources.map((s) => s.citation)).toContain('Integrationsloven § 4, stk. 2')
  })

  it('explains which whole month was counted', () => {
    const text = en(refugee('2025-05-15').steps)
    expect(text).toContain('the first whole month after the visitation decision (15 May 2025) is June 2025')
    expect(text).toContain('Tuesday 1 July 2025 is a weekday')
    expect(text).toContain('does not move')
  })

  it('explains in Danish too', () => {
    const da = renderSteps(refugee('2025-05-15').steps, 'da').join('\n')
    expect(da).toContain('den første hele måned efter visiteringsafgørelsen (15. maj 2025) er juni 2025')
  })
})

describe('H-REF: roll-forward past Saturdays, Sundays and helligdage', () => {
  it.each([
    ['1 January (nytårsdag)', '2024-11-15', '2025-01-01', '2025-01-02', "New Year's Day"],
    ['Easter Monday on the 1st', '2024-02-10', '2024-04-01', '2024-04-02', 'Easter Monday'],
    ['Whit Monday on the 1st', '2020-04-15', '2020-06-01', '2020-06-02', 'Whit Monday'],
    ['Ascension Day on the 1st', '2000-04-03', '2000-06-01', '2000-06-02', 'Ascension Day'],
    ['Store Bededag on the 1st (2015)', '2015-03-10', '2015-05-01', '2015-05-04', 'Great Prayer Day'],
    ['Maundy Thursday to Easter Monday', '2021-02-10', '2021-04-01', '2021-04-06', 'Maundy Thursday'],
    ['a Saturday 1st', '2025-01-10', '2025-03-01', '2025-03-03', 'is a Saturday'],
    ['a Sunday 1st', '2025-04-20', '2025-06-01', '2025-06-02', 'is a Sunday'],
  ])('%s: decision %s → 1st %s → %s', (_, decision, first, expected, named) => {
    const raw = refugeeHandoverDate(decision, { firstOfMonthMakesMonthWhole: false })
    expect(raw.endOfWholeMonth).toBe(first)
    expect(raw.date).toBe(expected)
    const text = en(raw.steps)
    expect(text).toContain(named)
    expect(text).toContain('so responsibility passes on the next weekday')
  })

  it('1 May is not a helligdag after Store Bededag was abolished (2026)', () => {
    expect(refugee('2026-03-10').date).toBe('2026-05-01')
  })

  it('names every skipped day of Easter 2021', () => {
    const text = en(refugee('2021-02-10').steps)
    for (const name of [
      'Maundy Thursday',
      'Good Friday',
      'is a Saturday',
      'Easter Sunday',
      'Easter Monday',
    ]) {
      expect(text).toContain(name)
    }
    expect(text).toContain('Tuesday 6 April 2021')
  })
})

describe('H-REF interpretation: a decision dated the 1st (parameter firstOfMonthMakesMonthWhole)', () => {
  it('default off: the month of the decision is not whole', () => {
    const result = refugee('2025-09-01')
    expect(result.date).toBe('2025-11-03') // 1 November 2025 is a Saturday
    expect(en(result.steps)).toContain('firstOfMonthMakesMonthWhole = false')
  })

  it('switched on: that month counts', () => {
    const result = responsibilityDate(
      { category: 'refugee', visitationDecisionDate: '2025-09-01' },
      { parameters: { firstOfMonthMakesMonthWhole: true } },
    )
    expect(result.date).toBe('2025-10-01')
    expect(en(result.steps)).toContain('that month, September 2025, counts as the first whole month')
  })
})

describe('H-REF: the 2004 practice counted from the residence permit', () => {
  it('permit 8 March → 1 May, and the explanation says the permit was used', () => {
    const result = responsibilityDate({ category: 'refugee', residencePermitDate: '2025-03-08' })
    expect(result.date).toBe('2025-05-01')
    expect(result.basis).toBe('residence_permit')
    expect(result.basisDate).toBe('2025-03-08')
    const text = en(result.steps)
    expect(text).toContain('No visitation decision (visitationDecisionDate) was given')
    expect(text).toContain('the residence permit (8 March 2025)')
  })

  it('the visitation decision wins when both are given', () => {
    const result = responsibilityDate({
      category: 'refugee',
      residencePermitDate: '2025-03-08',
      visitationDecisionDate: '2025-03-20',
    })
    expect(result.basis).toBe('visitation_decision')
    expect(result.date).toBe('2025-05-01')
  })
})

describe('H-REF input errors', () => {
  it('400 without a visitation decision or permit', () => {
    const error = lawError(() => responsibilityDate({ category: 'refugee' }))
    expect(error.kind).toBe('invalid')
    expect(error.pointer).toBe('/visitationDecisionDate')
    expect(error.message).toContain('visitation decision')
  })

  it('422 for a CPR registration date on an asylum refugee', () => {
    const error = lawError(() =>
      responsibilityDate({
        category: 'refugee',
        visitationDecisionDate: '2025-05-15',
        cprRegistrationDate: '2025-07-01',
      }),
    )
    expect(error.kind).toBe('contradictory')
    expect(error.pointer).toBe('/cprRegistrationDate')
  })

  it('422 for a visitation decision before the permit', () => {
    const error = lawError(() =>
      responsibilityDate({
        category: 'refugee',
        visitationDecisionDate: '2025-03-01',
        residencePermitDate: '2025-03-08',
      }),
    )
    expect([error.kind, error.pointer]).toEqual(['contradictory', '/visitationDecisionDate'])
  })

  it('prefixes pointers for stored applications', () => {
    const error = lawError(() => responsibilityDate({ category: 'refugee' }, { pointerPrefix: '/applicant' }))
    expect(error.pointer).toBe('/applicant/visitationDecisionDate')
  })

  it('400 for a malformed date', () => {
    const error = lawError(() => refugee('2025-02-30'))
    expect([error.kind, error.pointer]).toEqual(['invalid', '/visitationDecisionDate'])
  })
})

describe('H-EARLY: earlier takeover with consent', () => {
  it('an agreed date before the H-REF date replaces it', () => {
    const result = responsibilityDate({
      category: 'refugee',
      visitationDecisionDate: '2025-05-15',
      earlyTakeoverDate: '2025-06-02',
    })
    expect(result).toMatchObject({ date: '2025-06-02', ruleId: 'H-EARLY', basis: 'early_takeover' })
    expect(en(result.steps)).toContain("with the person's consent the municipality took over on 2 June 2025")
  })

  it('the H-REF date itself changes nothing', () => {
    const result = responsibilityDate({
      category: 'refugee',
      visitationDecisionDate: '2025-05-15',
      earlyTakeoverDate: '2025-07-01',
    })
    expect(result).toMatchObject({ date: '2025-07-01', ruleId: 'H-REF' })
  })

  it.each([
    ['after the H-REF date', '2025-07-02'],
    ['before the decision', '2025-05-14'],
  ])('422 when %s', (_, early) => {
    const error = lawError(() =>
      responsibilityDate({
        category: 'refugee',
        visitationDecisionDate: '2025-05-15',
        earlyTakeoverDate: early,
      }),
    )
    expect([error.kind, error.pointer]).toEqual(['contradictory', '/earlyTakeoverDate'])
  })

  it('422 for other categories', () => {
    const error = lawError(() =>
      responsibilityDate({
        category: 'quota_refugee',
        cprRegistrationDate: '2025-03-03',
        earlyTakeoverDate: '2025-03-01',
      }),
    )
    expect([error.kind, error.pointer]).toEqual(['contradictory', '/earlyTakeoverDate'])
  })
})

describe('H-REF properties over decisions 2000–2040', () => {
  const decision = fc
    .integer({ min: dayNumber('2000-01-01'), max: dayNumber('2040-12-31') })
    .map((n) => fromDayNumberToIso(n))

  it('never a weekend or helligdag, after the decision, at most ~2 months and a few days later', () => {
    fc.assert(
      fc.property(decision, fc.boolean(), (d, firstCounts) => {
        const { date } = responsibilityDate(
          { category: 'refugee', visitationDecisionDate: d },
          { parameters: { firstOfMonthMakesMonthWhole: firstCounts } },
        )
        expect(isWorkingDay(date)).toBe(true)
        const days = daysBetween(d, date)
        expect(days).toBeGreaterThanOrEqual(28)
        expect(days).toBeLessThanOrEqual(62 + 5)
        // Rolled forward at most past Maundy Thursday to Easter Monday: lands on the 1st to 6th.
        expect(parseIsoDate(date).day).toBeLessThanOrEqual(6)
      }),
      { numRuns: 2000 },
    )
  })
})
