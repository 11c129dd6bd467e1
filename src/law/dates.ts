/**
 * Pure calendar-date arithmetic on `YYYY-MM-DD` strings (Danish local calendar dates, no time zone).
 *
 * Why no JS `Date`: a `Date` is an instant, and turning it back into a calendar date depends on the
 * process time zone (a DATE column read at midnight CET becomes the previous day in UTC). Every function
 * here works on a day count (days since 1970-01-01, proleptic Gregorian), so the result never depends
 * on where the server runs. Month and year arithmetic states its rounding, as rules-as-code must
 * (rules.md § 3: "within 1 month" of 31 January is 28/29 February).
 */

import type { Language } from './rule-definition.ts'
import { calendarDay, type Message, render } from './rule-module.ts'

/** A calendar date `YYYY-MM-DD`. A plain string so that it round-trips through JSON and SQL DATE. */
export type IsoDate = string

export interface CalendarDate {
  year: number
  /** 1–12 */
  month: number
  /** 1–31 */
  day: number
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return DAYS_IN_MONTH[month - 1] ?? Number.NaN
}

const ZERO = 48 // '0'
const DASH = 45 // '-'

/** The value of `count` ASCII digits of `value` from `start`, or -1 if one of them is not a digit. */
function digits(value: string, start: number, count: number): number {
  let n = 0
  for (let i = start; i < start + count; i++) {
    const d = value.charCodeAt(i) - ZERO
    if (d < 0 || d > 9) return -1
    n = n * 10 + d
  }
  return n
}

/**
 * `YYYY-MM-DD` read by character codes, or undefined. Every date of every request is parsed several
 * times on its way through the rules; a regular expression and three `Number()` calls per parse were
 * 11 % of a handover-dates request's CPU (bench/README.md).
 */
function readIsoDate(value: string): CalendarDate | undefined {
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return undefined
  const year = digits(value, 0, 4)
  const month = digits(value, 5, 2)
  const day = digits(value, 8, 2)
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return { year, month, day }
}

/** True when `value` is a real calendar date written `YYYY-MM-DD` (2025-02-30 is not). */
export function isIsoDate(value: string): boolean {
  return readIsoDate(value) !== undefined
}

/** Parses `YYYY-MM-DD`; throws RangeError on anything else (callers validate input first). */
export function parseIsoDate(value: IsoDate): CalendarDate {
  const date = readIsoDate(value)
  if (date === undefined) throw new RangeError(`not a calendar date YYYY-MM-DD: ${JSON.stringify(value)}`)
  return date
}

export function formatIsoDate({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

// Days-from-civil and civil-from-days (H. Hinnant's algorithms): exact integer arithmetic, no Date.
function toDayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/** Days since 1970-01-01 (negative before). */
export function dayNumber(date: IsoDate): number {
  return toDayNumber(parseIsoDate(date))
}

export function fromDayNumberToIso(n: number): IsoDate {
  return formatIsoDate(fromDayNumber(n))
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumberToIso(dayNumber(date) + days)
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from)
}

/** -1, 0 or 1. Valid `YYYY-MM-DD` strings also compare lexically; this checks they are dates. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const d = dayNumber(a) - dayNumber(b)
  return d < 0 ? -1 : d > 0 ? 1 : 0
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) === -1 ? b : a
}

export function weekday(date: IsoDate): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  return (((((dayNumber(date) + 3) % 7) + 7) % 7) + 1) as IsoWeekday
}

export interface ClampedDate {
  date: IsoDate
  /** True when the target month had no such day and the month's last day was used (31 Jan → 28 Feb). */
  clamped: boolean
}

/**
 * Same day-of-month `months` later; where that month is shorter, its last day (rules.md § 3: "within
 * 1 month" of 31 January is 28/29 February). `clamped` says so, so the explanation can state it.
 */
export function addMonthsClamped(date: IsoDate, months: number): ClampedDate {
  const { year, month, day } = parseIsoDate(date)
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = index - targetYear * 12 + 1
  const last = daysInMonth(targetYear, targetMonth)
  return {
    date: formatIsoDate({ year: targetYear, month: targetMonth, day: Math.min(day, last) }),
    clamped: day > last,
  }
}

/** Same date `years` later; 29 February becomes 28 February in a common year (`clamped`, H-PERIOD). */
export function addYears(date: IsoDate, years: number): ClampedDate {
  return addMonthsClamped(date, years * 12)
}

export function firstOfMonth(year: number, month: number): IsoDate {
  return formatIsoDate({ year, month, day: 1 })
}

/** The first day of the month after `date`'s month. */
export function firstOfNextMonth(date: IsoDate): IsoDate {
  const { year, month } = parseIsoDate(date)
  return month === 12 ? firstOfMonth(year + 1, 1) : firstOfMonth(year, month + 1)
}

export interface WholeMonthEnd {
  /** The 1st of the month after the first whole month: the day on which "the end of" it has passed. */
  date: IsoDate
  /** The whole month that was counted, as its first day (e.g. 2025-06-01 for June 2025). */
  wholeMonth: IsoDate
  /** True when `date` was the 1st and, under the option, its own month counted as whole. */
  ownMonthCounted: boolean
}

/**
 * "Udgangen af den første hele måned efter" a date (H-REF, D-MOVE-BACK): the first month that lies
 * entirely after the date is counted, and the result is the 1st of the month after it
 * (15 May → June is whole → 1 July). A date on the 1st leaves its own month incomplete unless
 * `firstOfMonthMakesMonthWhole` (an interpretation, rules.md H-REF; default off).
 */
export function firstOfMonthAfterFirstWholeMonth(
  date: IsoDate,
  options: { firstOfMonthMakesMonthWhole?: boolean } = {},
): WholeMonthEnd {
  const { day } = parseIsoDate(date)
  const ownMonthCounted = day === 1 && options.firstOfMonthMakesMonthWhole === true
  const wholeMonth = ownMonthCounted ? date : firstOfNextMonth(date)
  return { date: firstOfNextMonth(wholeMonth), wholeMonth, ownMonthCounted }
}

/**
 * A date in words, through the same Intl formats as the rules' messages (rule-module.ts: da-DK, en-GB),
 * so that a date reads the same in every text. Throws RangeError on anything but `YYYY-MM-DD`.
 */
function inWords(date: IsoDate, language: Language, message: Message): string {
  parseIsoDate(date)
  return render(message, language, { d: calendarDay(date) })
}

const LONG: Message = { da: '{d, date, long}', en: '{d, date, long}' }
const MONTH: Message = { da: '{d, date, month}', en: '{d, date, month}' }
const WEEKDAY: Message = { da: '{d, date, weekday}', en: '{d, date, weekday}' }

/** "15. maj 2025" / "15 May 2025", for explanations a caseworker reads. */
export function formatLongDate(date: IsoDate, language: Language): string {
  return inWords(date, language, LONG)
}

/** "juni 2025" / "June 2025". */
export function formatMonth(date: IsoDate, language: Language): string {
  return inWords(date, language, MONTH)
}

export function weekdayName(date: IsoDate, language: Language): string {
  return inWords(date, language, WEEKDAY)
}

// en-CA formats as YYYY-MM-DD. Built once: constructing an Intl formatter costs more than using it.
const COPENHAGEN_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' })
const MINUTE_MS = 60_000
/** The last minute formatted: zone offsets change on whole minutes, so within one the date is the same. */
// Stryker disable next-line ObjectLiteral,StringLiteral: equivalent because no minute equals NaN (nor undefined), so this first value is never read
let lastMinute: { minute: number; date: IsoDate } = { minute: Number.NaN, date: '' }

/** Today's date in Denmark (Europe/Copenhagen), the default `asOf`. The one impure function here. */
export function todayInDenmark(now: Date = new Date()): IsoDate {
  const minute = Math.floor(now.getTime() / MINUTE_MS)
  if (minute !== lastMinute.minute) lastMinute = { minute, date: COPENHAGEN_DATE.format(now) }
  return lastMinute.date
}
