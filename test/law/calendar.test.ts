import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { describe, expect, it, vi } from 'vitest'
import {
  addWorkingDays,
  helligdage,
  helligdageFromLibrary,
  helligdagNameSelect,
  helligdagOn,
  isHelligdag,
  isWeekend,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  rollForwardToWorkingDay,
} from '../../src/law/calendar.ts'
import { HELLIGDAGE_TABLE } from '../../src/law/helligdage.generated.ts'
import { render } from '../../src/law/rule-module.ts'

/** Easter Sunday by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm, computed independently. */
function easterSunday(year: number): Date {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return new Date(Date.UTC(year, month - 1, day))
}

const iso = (d: Date) => d.toISOString().slice(0, 10)
const plusDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000)

/** rules.md § 3's helligdage for `year`, computed from Easter. */
function expectedHelligdage(year: number): string[] {
  const easter = easterSunday(year)
  const offsets = [-3, -2, 0, 1, ...(year <= 2023 ? [26] : []), 39, 49, 50]
  return [
    `${year}-01-01`,
    ...offsets.map((o) => iso(plusDays(easter, o))),
    `${year}-12-25`,
    `${year}-12-26`,
  ].sort()
}

/**
 * The library's days as it could answer after an update: what `getHolidays` returns is replaced, and
 * rules.md § 3 must still decide. Runs first in this file, so that the years asked for are not cached and
 * the library is first loaded here, for DK.
 */
describe('rules.md § 3 decides over the library (helligdageFromLibrary, the table)', () => {
  const library = Object.getPrototypeOf(createRequire(import.meta.url)('date-holidays').prototype)
  const day = (date: string, type: string, rule: string) => ({ date: `${date} 00:00:00`, type, rule })

  it('answers a year of the table from the table, and remembers it; a year outside from the library', () => {
    const getHolidays = vi.spyOn(library, 'getHolidays')
    try {
      const year2099 = helligdage(2099)
      expect(getHolidays).not.toHaveBeenCalled()
      expect(year2099.map((h) => h.date)).toEqual(expectedHelligdage(2099))
      expect(helligdage(2099)).toBe(year2099)
      expect(helligdage(1949).map((h) => h.date)).toEqual(expectedHelligdage(1949))
      expect(getHolidays).toHaveBeenCalledTimes(1)
      expect(helligdage(1949)).toBe(helligdage(1949))
      expect(getHolidays).toHaveBeenCalledTimes(1)
    } finally {
      getHolidays.mockRestore()
    }
  })

  it('keeps only public days of a listed rule, Store Bededag only through 2023, in date order', () => {
    const answer = (year: number) => [
      day(`${year}-12-25`, 'public', '12-25'),
      day(`${year}-12-24`, 'public', '12-24'),
      day(`${year}-05-17`, 'public', 'easter 26 prior to 2024'),
      day(`${year}-01-01`, 'observance', '01-01'),
      day(`${year}-04-21`, 'public', 'easter'),
    ]
    const getHolidays = vi.spyOn(library, 'getHolidays').mockImplementation((year) => answer(Number(year)))
    try {
      expect(helligdageFromLibrary(2030)).toEqual([
        ['2030-04-21', 'easter_sunday'],
        ['2030-12-25', 'christmas_day'],
      ])
      expect(helligdageFromLibrary(2023)).toEqual([
        ['2023-04-21', 'easter_sunday'],
        ['2023-05-17', 'great_prayer_day'],
        ['2023-12-25', 'christmas_day'],
      ])
    } finally {
      getHolidays.mockRestore()
    }
  })
})

const YEARS = Array.from({ length: 21 }, (_, i) => 2015 + i)

describe('helligdage (rules.md § 3) from date-holidays, 2015–2035', () => {
  it('sanity: the oracle knows Easter', () => {
    expect(iso(easterSunday(2024))).toBe('2024-03-31')
    expect(iso(easterSunday(2025))).toBe('2025-04-20')
    expect(iso(easterSunday(2019))).toBe('2019-04-21')
  })

  it.each(YEARS)('%i: exactly the listed days', (year) => {
    expect(helligdage(year).map((h) => h.date)).toEqual(expectedHelligdage(year))
    for (const date of expectedHelligdage(year)) expect(isHelligdag(date)).toBe(true)
  })

  it.each(YEARS)('%i: Constitution Day, 24 and 31 December, 1 May are not helligdage as such', (year) => {
    // They are helligdage only when a movable feast falls on them (Whit Monday 5 June 2017, Store Bededag
    // 1 May 2015), which the expected list already contains.
    for (const md of ['06-05', '12-24', '12-31', '05-01']) {
      const date = `${year}-${md}`
      expect(isHelligdag(date)).toBe(expectedHelligdage(year).includes(date))
      expect(['constitution_day', 'christmas_eve', 'new_years_eve']).not.toContain(helligdagOn(date)?.id)
    }
  })

  it("Constitution Day 2025, Christmas Eve and New Year's Eve 2025 are working days", () => {
    for (const date of ['2025-06-05', '2025-12-24', '2025-12-31']) expect(isHelligdag(date)).toBe(false)
    expect(helligdagOn('2017-06-05')?.id).toBe('whit_monday')
  })

  it('Store Bededag (easter + 26) only through 2023', () => {
    expect(helligdagOn('2023-05-05')?.id).toBe('great_prayer_day')
    expect(helligdagOn('2015-05-01')?.name.da).toBe('store bededag')
    expect(isHelligdag('2024-04-26')).toBe(false)
    expect(isHelligdag('2025-05-16')).toBe(false)
  })

  it('names each day in Danish and English', () => {
    expect(helligdagOn('2024-04-01')?.name).toEqual({ da: '2. påskedag', en: 'Easter Monday' })
    expect(helligdagOn('2020-06-01')?.name).toEqual({ da: '2. pinsedag', en: 'Whit Monday' })
    expect(helligdagOn('2025-01-01')?.id).toBe('new_years_day')
  })

  it('names every helligdag of rules.md § 3 in Danish and English (2023, the last year with Store Bededag)', () => {
    expect(helligdage(2023).map(({ date, id, name }) => [date, id, name.da, name.en])).toEqual([
      ['2023-01-01', 'new_years_day', 'nytårsdag', "New Year's Day"],
      ['2023-04-06', 'maundy_thursday', 'skærtorsdag', 'Maundy Thursday'],
      ['2023-04-07', 'good_friday', 'langfredag', 'Good Friday'],
      ['2023-04-09', 'easter_sunday', 'påskedag', 'Easter Sunday'],
      ['2023-04-10', 'easter_monday', '2. påskedag', 'Easter Monday'],
      ['2023-05-05', 'great_prayer_day', 'store bededag', 'Great Prayer Day (Store Bededag)'],
      ['2023-05-18', 'ascension_day', 'Kristi himmelfartsdag', 'Ascension Day'],
      ['2023-05-28', 'whit_sunday', 'pinsedag', 'Whit Sunday'],
      ['2023-05-29', 'whit_monday', '2. pinsedag', 'Whit Monday'],
      ['2023-12-25', 'christmas_day', 'juledag', 'Christmas Day'],
      ['2023-12-26', 'second_christmas_day', '2. juledag', '26 December (2nd Christmas Day)'],
    ])
  })

  it('a year outside the table (from the library) names its days the same', () => {
    expect(helligdage(2101).map(({ id, name }) => [id, name.da, name.en])).toEqual(
      helligdage(2100).map(({ id, name }) => [id, name.da, name.en]),
    )
    expect(helligdagOn('2101-12-26')?.name).toEqual({
      da: '2. juledag',
      en: '26 December (2nd Christmas Day)',
    })
  })

  it("the messages' holiday select names each helligdag by its id, in Danish and English", () => {
    const select = helligdagNameSelect('holiday')
    for (const { id, name } of helligdage(2023)) {
      expect(render(select, 'da', { holiday: id })).toBe(name.da)
      expect(render(select, 'en', { holiday: id })).toBe(name.en)
    }
    expect(render(select, 'da', { holiday: 'constitution_day' })).toBe('')
    expect(helligdagNameSelect('day').en).toMatch(/^\{day, select, new_years_day \{New Year's Day\} /)
  })

  it('caches each year', () => {
    expect(helligdage(2030)).toBe(helligdage(2030))
  })
})

describe('working days', () => {
  it('weekend and working day', () => {
    expect(isWeekend('2025-03-01')).toBe(true)
    expect(isWeekend('2025-03-02')).toBe(true)
    expect(isWeekend('2025-03-03')).toBe(false)
    expect(isWorkingDay('2025-03-03')).toBe(true)
    expect(isWorkingDay('2025-12-25')).toBe(false)
    // Constitution Day and Christmas Eve are ordinary working days under rules.md.
    expect(isWorkingDay('2025-06-05')).toBe(true)
    expect(isWorkingDay('2025-12-24')).toBe(true)
  })

  it.each([
    ['2025-03-03', '2025-03-03'],
    ['2025-03-01', '2025-03-03'],
    ['2028-01-01', '2028-01-03'],
    ['2024-04-01', '2024-04-02'],
    ['2021-04-01', '2021-04-06'],
    ['2025-12-25', '2025-12-29'],
  ])('next working day on or after %s is %s', (from, to) => {
    expect(nextWorkingDayOnOrAfter(from)).toBe(to)
  })

  it('reports each skipped day and why; a helligdag on a Sunday is named as the holiday', () => {
    expect(
      rollForwardToWorkingDay('2021-04-01').skipped.map((s) =>
        s.kind === 'helligdag' ? s.helligdag.id : s.kind,
      ),
    ).toEqual(['maundy_thursday', 'good_friday', 'saturday', 'easter_sunday', 'easter_monday'])
    expect(rollForwardToWorkingDay('2025-03-03').skipped).toEqual([])
    expect(rollForwardToWorkingDay('2025-03-01')).toEqual({
      date: '2025-03-03',
      skipped: [
        { date: '2025-03-01', kind: 'saturday' },
        { date: '2025-03-02', kind: 'sunday' },
      ],
    })
  })

  it('adds working days, not counting the start day, skipping helligdage unless told not to', () => {
    expect(addWorkingDays('2025-03-03', 0)).toBe('2025-03-03')
    expect(addWorkingDays('2025-03-07', 1)).toBe('2025-03-10')
    expect(addWorkingDays('2025-12-23', 2)).toBe('2025-12-29')
    expect(addWorkingDays('2024-03-19', 15)).toBe('2024-04-12')
    expect(addWorkingDays('2024-03-19', 15, { excludeHelligdage: false })).toBe('2024-04-09')
    expect(() => addWorkingDays('2025-03-03', -1)).toThrow(
      new RangeError('working days must be a non-negative integer: -1'),
    )
  })
})

describe('the generated helligdage table (scripts/helligdage-table.ts)', () => {
  const years = HELLIGDAGE_TABLE.years.map((_, i) => HELLIGDAGE_TABLE.firstYear + i)

  it('equals the library for every year it holds (regenerate it after a date-holidays update)', () => {
    expect(years.length).toBeGreaterThanOrEqual(151)
    for (const year of years) {
      expect(helligdage(year).map((h) => [h.date, h.id])).toEqual(helligdageFromLibrary(year))
    }
  })

  it('answers the years outside it from the library', () => {
    const outside = HELLIGDAGE_TABLE.firstYear - 1
    expect(helligdage(outside).map((h) => [h.date, h.id])).toEqual(helligdageFromLibrary(outside))
    expect(helligdagOn(`${outside}-12-25`)?.id).toBe('christmas_day')
  })

  it('keeps the library (and its ~37 MB) unloaded while the dates asked for are in the table', () => {
    const script = `
      import { createRequire } from 'node:module'
      const { helligdage } = await import(${JSON.stringify(new URL('../../src/law/calendar.ts', import.meta.url).href)})
      helligdage(2030)
      // the library is ESM, its time-zone data (moment-timezone) CommonJS: either shows it was loaded
      const loaded = Object.keys(createRequire(import.meta.url).cache).filter((m) => /date-holidays|moment/.test(m))
      process.stdout.write(JSON.stringify(loaded))`
    const loaded = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
    expect(JSON.parse(loaded)).toEqual([])
  })
})
