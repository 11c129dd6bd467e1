import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import {
  addDays,
  addMonthsClamped,
  addYears,
  compareDates,
  dayNumber,
  daysBetween,
  firstOfMonthAfterFirstWholeMonth,
  formatLongDate,
  formatMonth,
  fromDayNumberToIso,
  isIsoDate,
  maxDate,
  parseIsoDate,
  todayInDenmark,
  weekday,
  weekdayName,
} from '../../src/law/dates.ts'

/** Independent oracle: JS Date in UTC (the tests may use it; the code must not). */
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`)
const isoOf = (d: Date) => d.toISOString().slice(0, 10)
const anyDate = fc
  .integer({ min: dayNumber('1900-01-01'), max: dayNumber('2200-12-31') })
  .map((n) => fromDayNumberToIso(n))

describe('parse and format YYYY-MM-DD', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2025-02-30', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['2025-01-01T00:00', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025/01/01', false],
    ['2025/01-01', false],
    ['2025-01/01', false],
    ['202/-01-01', false],
    ['2025-1/-01', false],
    ['2025-01-2/', false],
    ['20a5-01-01', false],
    ['2025-01-1 ', false],
    ['+025-01-01', false],
    ['0000-02-29', true],
    ['０２５-01-01', false],
    ['', false],
  ])('%s is a calendar date: %s', (value, ok) => {
    expect(isIsoDate(value)).toBe(ok)
  })

  it('agrees with a regular expression and UTC Date on any short string (property)', () => {
    const dateLike = fc.stringMatching(/^[0-9+\-/ a]{0,11}$/)
    fc.assert(
      fc.property(fc.oneof(dateLike, anyDate), (value) => {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
        // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999
        const utc = m
          ? new Date(new Date(0).setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
          : undefined
        const expected =
          utc !== undefined &&
          utc.getUTCFullYear() === Number(m![1]) &&
          utc.getUTCMonth() === Number(m![2]) - 1 &&
          utc.getUTCDate() === Number(m![3])
        expect(isIsoDate(value)).toBe(expected)
      }),
      { numRuns: 2000 },
    )
  })

  it('parses into numbers and refuses non-dates', () => {
    expect(parseIsoDate('2025-05-15')).toEqual({ year: 2025, month: 5, day: 15 })
    expect(() => parseIsoDate('2025-02-30')).toThrow(
      new RangeError('not a calendar date YYYY-MM-DD: "2025-02-30"'),
    )
  })

  it('counts days like UTC Date, both ways (property)', () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        expect(dayNumber(d)).toBe(utc(d).getTime() / 86_400_000)
        expect(fromDayNumberToIso(dayNumber(d))).toBe(d)
        expect(weekday(d) % 7).toBe(utc(d).getUTCDay())
      }),
    )
  })
})

describe('addDays, compare', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31')
    expect(daysBetween('2025-05-15', '2025-07-01')).toBe(47)
    // the last day of a 400-year cycle, and years written with leading zeros
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29')
    expect(addDays('2000-03-01', -1)).toBe('2000-02-29')
    expect(addDays('1000-01-01', -1)).toBe('0999-12-31')
  })

  it('agrees with UTC Date for any offset (property)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        expect(addDays(d, n)).toBe(isoOf(new Date(utc(d).getTime() + n * 86_400_000)))
        expect(addDays(addDays(d, n), -n)).toBe(d)
      }),
    )
  })

  it('compares dates', () => {
    expect(compareDates('2025-01-31', '2025-02-01')).toBe(-1)
    expect(compareDates('2025-02-01', '2025-02-01')).toBe(0)
    expect(compareDates('2026-01-01', '2025-12-31')).toBe(1)
    expect(maxDate('2025-01-31', '2025-02-01')).toBe('2025-02-01')
    expect(maxDate('2025-02-01', '2025-01-31')).toBe('2025-02-01')
    expect(maxDate('2025-02-01', '2025-02-01')).toBe('2025-02-01')
  })
})

describe('addMonthsClamped ("within 1 month", rules.md § 3)', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28', true],
    ['2024-01-31', 1, '2024-02-29', true],
    ['2024-01-29', 1, '2024-02-29', false],
    ['2025-02-28', 1, '2025-03-28', false],
    ['2025-08-31', 1, '2025-09-30', true],
    ['2025-12-31', 1, '2026-01-31', false],
    ['2024-11-30', 3, '2025-02-28', true],
    ['2025-03-31', -1, '2025-02-28', true],
    ['2025-05-15', 12, '2026-05-15', false],
  ] as const)('%s + %i month(s) = %s (clamped: %s)', (from, months, to, clamped) => {
    expect(addMonthsClamped(from, months)).toEqual({ date: to, clamped })
  })

  it('lands in the right month, never later in the month than the start (property)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -60, max: 60 }), (d, n) => {
        const { date, clamped } = addMonthsClamped(d, n)
        const a = parseIsoDate(d)
        const b = parseIsoDate(date)
        expect(b.year * 12 + b.month - (a.year * 12 + a.month)).toBe(n)
        expect(b.day <= a.day).toBe(true)
        expect(clamped).toBe(b.day < a.day)
      }),
    )
  })
})

describe('addYears (H-PERIOD)', () => {
  it('29 February becomes 28 February in a common year, and says so', () => {
    expect(addYears('2028-02-29', 5)).toEqual({ date: '2033-02-28', clamped: true })
    expect(addYears('2024-02-29', 4)).toEqual({ date: '2028-02-29', clamped: false })
    expect(addYears('2025-07-01', 5)).toEqual({ date: '2030-07-01', clamped: false })
  })
})

describe('firstOfMonthAfterFirstWholeMonth (H-REF, D-MOVE-BACK)', () => {
  it.each([
    ['2025-05-15', '2025-06-01', '2025-07-01'],
    ['2025-10-28', '2025-11-01', '2025-12-01'],
    ['2025-03-08', '2025-04-01', '2025-05-01'],
    ['2025-12-31', '2026-01-01', '2026-02-01'],
    ['2025-11-30', '2025-12-01', '2026-01-01'],
    ['2025-03-01', '2025-04-01', '2025-05-01'],
  ])('%s: whole month %s, end on %s', (from, wholeMonth, date) => {
    expect(firstOfMonthAfterFirstWholeMonth(from)).toEqual({ date, wholeMonth, ownMonthCounted: false })
  })

  it('a date on the 1st counts its own month only with the interpretation switched on', () => {
    expect(firstOfMonthAfterFirstWholeMonth('2025-03-01', { firstOfMonthMakesMonthWhole: true })).toEqual({
      date: '2025-04-01',
      wholeMonth: '2025-03-01',
      ownMonthCounted: true,
    })
    expect(firstOfMonthAfterFirstWholeMonth('2025-03-02', { firstOfMonthMakesMonthWhole: true }).date).toBe(
      '2025-05-01',
    )
  })
})

describe('words for explanations', () => {
  it('formats dates, months and weekdays in Danish and English', () => {
    expect(formatLongDate('2025-05-15', 'da')).toBe('15. maj 2025')
    expect(formatLongDate('2025-05-15', 'en')).toBe('15 May 2025')
    expect(formatMonth('2025-06-01', 'da')).toBe('juni 2025')
    expect(formatMonth('2025-06-01', 'en')).toBe('June 2025')
    expect(weekdayName('2025-03-01', 'da')).toBe('lørdag')
    expect(weekdayName('2025-03-01', 'en')).toBe('Saturday')
  })

  it('refuses a day that is not in the calendar rather than writing the day it rolls over to', () => {
    expect(() => formatLongDate('2025-02-30', 'en')).toThrow(RangeError)
    expect(() => formatMonth('2025-13-01', 'da')).toThrow(RangeError)
  })

  it("today is Copenhagen's calendar date, not UTC's", () => {
    expect(todayInDenmark(new Date('2025-06-30T22:30:00Z'))).toBe('2025-07-01')
    expect(todayInDenmark(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01')
    expect(todayInDenmark(new Date('2025-12-31T22:59:00Z'))).toBe('2025-12-31')
    // the last formatted minute is remembered: the millisecond either side of local midnight
    expect(todayInDenmark(new Date('2025-06-30T21:59:59.999Z'))).toBe('2025-06-30')
    expect(todayInDenmark(new Date('2025-06-30T22:00:00.000Z'))).toBe('2025-07-01')
    expect(todayInDenmark(new Date('2025-06-30T22:00:59.999Z'))).toBe('2025-07-01')
  })

  it('formats the date once per minute (zone offsets change on whole minutes)', () => {
    const format = vi.spyOn(
      // `format` is a getter of the prototype (ECMA-402), typed as a method
      Intl.DateTimeFormat.prototype as unknown as { format: string },
      'format',
      'get',
    )
    try {
      expect(todayInDenmark(new Date('2031-03-30T00:59:00.000Z'))).toBe('2031-03-30')
      expect(todayInDenmark(new Date('2031-03-30T00:59:59.999Z'))).toBe('2031-03-30')
      expect(format).toHaveBeenCalledTimes(1)
      expect(todayInDenmark(new Date('2031-03-30T01:00:00.000Z'))).toBe('2031-03-30')
      expect(format).toHaveBeenCalledTimes(2)
    } finally {
      format.mockRestore()
    }
  })
})
