/**
 * H-UKR (rules.md § 3): at the latest 15 weekdays after the visitation decision (4 before 19 March 2024),
 * the day of the decision not counted; the helligdage the count passes over are named, in both languages.
 */
import { describe, expect, it } from 'vitest'
import { renderSteps, responsibilityDate, type Step } from '../../../src/law/handover/index.ts'
import { lawError } from '../invalid-input.ts'

const ukr = (visitationDecisionDate: string, ukrainianWeekdaysExcludeHelligdage = true) =>
  responsibilityDate(
    { category: 'ukrainian_displaced', visitationDecisionDate },
    { parameters: { ukrainianWeekdaysExcludeHelligdage } },
  )
/** The steps as a caseworker reads them, in Danish and in English (rendered at the edge). */
const words = (steps: readonly Step[]) =>
  steps.map((_, i) => ({ da: renderSteps(steps, 'da')[i]!, en: renderSteps(steps, 'en')[i]! }))
const last = (steps: readonly Step[]) => words(steps).at(-1)!

describe('H-UKR: the helligdage a count passes over', () => {
  it('over Christmas and New Year: the helligdage of both years, named with their dates', () => {
    const result = ukr('2024-12-20')
    expect(result).toMatchObject({ date: '2025-01-15', ruleId: 'H-UKR', basisDate: '2024-12-20' })
    const { da, en } = last(result.steps)
    expect(en).toBe(
      "H-UKR: 15 weekdays after 20 December 2024 is Wednesday 15 January 2025; helligdage passed over: Christmas Day 25 December 2024, 26 December (2nd Christmas Day) 26 December 2024 and New Year's Day 1 January 2025.",
    )
    expect(da).toContain('15 hverdage efter 20. december 2024 er onsdag den 15. januar 2025')
    expect(da).toContain('helligdage sprunget over: juledag 25. december 2024')
    expect(da).toContain('nytårsdag 1. januar 2025')
  })

  it('over Easter: the Thursday, Friday and Monday, not Easter Sunday', () => {
    const { en, da } = last(ukr('2024-03-19').steps)
    expect(en).toContain(
      'Maundy Thursday 28 March 2024, Good Friday 29 March 2024 and Easter Monday 1 April 2024',
    )
    expect(en).not.toContain('Easter Sunday')
    expect(da).toContain('skærtorsdag 28. marts 2024, langfredag 29. marts 2024 og 2. påskedag 1. april 2024')
    expect(da).not.toContain('påskedag 31. marts')
  })

  it('a decision on a helligdag: that day is not passed over (it is not counted at all)', () => {
    const result = ukr('2024-05-09') // Ascension Day
    expect(result.date).toBe('2024-05-31')
    const { en } = last(result.steps)
    expect(en).toContain('helligdage passed over: Whit Monday 20 May 2024.')
    expect(en).not.toContain('Ascension')
  })

  it('no helligdag in the count: nothing is said about helligdage', () => {
    const { en, da } = last(ukr('2024-03-18').steps)
    expect(en).toBe('H-UKR: 4 weekdays after 18 March 2024 is Friday 22 March 2024.')
    expect(da).toBe('H-UKR: 4 hverdage efter 18. marts 2024 er fredag den 22. marts 2024.')
  })

  it('with helligdage counted as weekdays (the parameter), none is named and the date is earlier', () => {
    const result = ukr('2024-12-20', false)
    expect(result.date).toBe('2025-01-10')
    expect(last(result.steps).en).toBe('H-UKR: 15 weekdays after 20 December 2024 is Friday 10 January 2025.')
    expect(
      words(result.steps)
        .map((s) => s.da)
        .join(' '),
    ).toContain('parameteren ukrainianWeekdaysExcludeHelligdage = false')
  })
})

describe('H-UKR: 4 or 15 weekdays (lov nr. 266 of 19 March 2024)', () => {
  it('the day before the amendment: 4 weekdays, citing the act before its amendment in both languages', () => {
    const text = words(ukr('2024-03-18').steps)
    expect(
      text.some((s) => s.en.includes('was made before 19 March 2024') && s.en.includes('4 weekdays')),
    ).toBe(true)
    expect(
      text.some((s) => s.da.includes('er truffet før 19. marts 2024') && s.da.includes('4 hverdage')),
    ).toBe(true)
  })

  it('the day of the amendment: 15 weekdays, as amended', () => {
    const result = ukr('2024-03-19')
    expect(result.date).toBe('2024-04-12')
    const text = words(result.steps)
    expect(text.some((s) => s.en.includes('on or after 19 March 2024') && s.en.includes('15 weekdays'))).toBe(
      true,
    )
    expect(
      text.some((s) => s.da.includes('som ændret ved lov nr. 266') && s.da.includes('15 hverdage')),
    ).toBe(true)
  })
})

describe('H-UKR: the facts', () => {
  it('a visitation decision before the residence permit is contradictory, naming both dates', () => {
    const error = lawError(() =>
      responsibilityDate({
        category: 'ukrainian_displaced',
        visitationDecisionDate: '2024-05-01',
        residencePermitDate: '2024-05-02',
      }),
    )
    expect(error.kind).toBe('contradictory')
    expect(error.pointer).toBe('/visitationDecisionDate')
    expect(error.message).toContain(
      'visitationDecisionDate (2024-05-01) is before residencePermitDate (2024-05-02)',
    )
  })

  it('a decision on the day of the permit is counted', () => {
    const result = responsibilityDate({
      category: 'ukrainian_displaced',
      visitationDecisionDate: '2024-05-02',
      residencePermitDate: '2024-05-02',
    })
    expect(result).toMatchObject({ ruleId: 'H-UKR', basis: 'visitation_decision', basisDate: '2024-05-02' })
  })

  it('a CPR registration is said to be given but not used', () => {
    const result = responsibilityDate({
      category: 'ukrainian_displaced',
      visitationDecisionDate: '2024-05-02',
      cprRegistrationDate: '2024-06-01',
    })
    expect(words(result.steps)[1]).toEqual({
      da: 'cprRegistrationDate er oplyst, men bruges ikke for kategori ukrainian_displaced (H-UKR).',
      en: 'cprRegistrationDate was given but is not used for category ukrainian_displaced (H-UKR).',
    })
    const without = responsibilityDate({
      category: 'ukrainian_displaced',
      visitationDecisionDate: '2024-05-02',
    })
    expect(renderSteps(without.steps, 'en').join(' ')).not.toContain('cprRegistrationDate')
  })

  it('a decision before særloven came into force (17 March 2022) is a 422 naming the act', () => {
    const error = lawError(() => ukr('2022-03-16'))
    expect(error.kind).toBe('contradictory')
    expect(error.pointer).toBe('/visitationDecisionDate')
    expect(error.message).toBe(
      'visitationDecisionDate (2022-03-16) is before 2022-03-17, when lov nr. 324 af 16. marts 2022 om midlertidig opholdstilladelse til personer, der er fordrevet fra Ukraine came into force: rule H-UKR has no legal basis for it. Check the date or the category.',
    )
    expect(ukr('2022-03-17').ruleId).toBe('H-UKR')
  })
})

describe('H-UKR: the findings of the helligdage passed over', () => {
  it('H-UKR: over Christmas 2024 the count passes 25 and 26 December 2024 and 1 January 2025, each a finding of H-UKR', () => {
    const counted = ukr('2024-12-20').steps.at(-1)!
    expect(counted).toMatchObject({ ruleId: 'H-UKR', code: 'counted', values: { workingDays: 15 } })
    const passed = counted.lists!.passed!
    expect(
      passed.map((s) => [
        s.ruleId,
        s.code,
        (s.values!.date as Date).toISOString().slice(0, 10),
        s.values!.holiday,
      ]),
    ).toEqual([
      ['H-UKR', 'helligdagOnDate', '2024-12-25', 'christmas_day'],
      ['H-UKR', 'helligdagOnDate', '2024-12-26', 'second_christmas_day'],
      ['H-UKR', 'helligdagOnDate', '2025-01-01', 'new_years_day'],
    ])
  })
})

describe('H-UKR: the explanation, the sources and the refusals', () => {
  it('H-UKR: starts with the category and the rule in both languages, and cites særloven § 30 stk. 2', () => {
    const result = ukr('2024-05-02')
    expect(words(result.steps)[0]).toEqual({
      da: 'Kategori ukrainian_displaced, fordrevet fra Ukraine (særloven): ansvarsdatoen følger reglen H-UKR.',
      en: 'Category ukrainian_displaced, displaced from Ukraine (special act): the responsibility date follows rule H-UKR.',
    })
    expect(result.legalSources.map((s) => s.citation)).toEqual([
      'Lov om midlertidig opholdstilladelse til personer, der er fordrevet fra Ukraine, § 30, stk. 2 (ændret ved lov nr. 266 af 19. marts 2024)',
    ])
  })

  it('H-UKR: without the visitation decision, a 400 saying what H-UKR counts from', () => {
    const error = lawError(() => responsibilityDate({ category: 'ukrainian_displaced' }))
    expect([error.kind, error.pointer]).toEqual(['invalid', '/visitationDecisionDate'])
    expect(error.message).toBe(
      'visitationDecisionDate is required for category ukrainian_displaced: H-UKR counts weekdays from the visitation decision (særloven § 30 stk. 2).',
    )
  })

  it('H-UKR: an early takeover date is contradictory, naming the category and H-UKR', () => {
    const error = lawError(() =>
      responsibilityDate({
        category: 'ukrainian_displaced',
        visitationDecisionDate: '2024-05-02',
        earlyTakeoverDate: '2024-05-03',
      }),
    )
    expect([error.kind, error.pointer]).toEqual(['contradictory', '/earlyTakeoverDate'])
    expect(error.message).toBe(
      'earlyTakeoverDate applies only to category refugee (H-EARLY, IL § 4 stk. 2); for category ukrainian_displaced the responsibility date follows H-UKR.',
    )
  })

  it.each([
    ['/residencePermitDate', { residencePermitDate: '2024-02-30' }],
    ['/cprRegistrationDate', { cprRegistrationDate: '2024-02-30' }],
  ])('H-UKR: a malformed date is a 400 at %s', (pointer, facts) => {
    const error = lawError(() =>
      responsibilityDate({ category: 'ukrainian_displaced', visitationDecisionDate: '2024-05-02', ...facts }),
    )
    expect([error.kind, error.pointer]).toEqual(['invalid', pointer])
  })
})
