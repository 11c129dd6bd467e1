/**
 * Danish public holidays (helligdage) and working days, as rules.md § 3 defines them for H-REF's
 * roll-forward and H-UKR's count of weekdays.
 *
 * The dates come from the maintained `date-holidays` library (country DK) rather than our own Easter
 * arithmetic, so that a change in Danish law reaches us as a library update (Store Bededag was abolished
 * from 2024 by lov nr. 140 of 28/02/2023, and the library knows). The library also lists days that are
 * NOT helligdage (Grundlovsdag, juleaftensdag, 1 May, Mors Dag, Fastelavn — all typed `observance`), so
 * we keep only `public` days whose rule is one rules.md names, and name them ourselves so that the
 * explanation text is stable across library versions.
 *
 * The library, with the time-zone and calendar packages it loads, holds ~37 MB of memory to answer
 * a question whose answer is a dozen dates a year. Its answers for 1950–2100 are therefore generated
 * into `helligdage.generated.ts` (`node scripts/helligdage-table.ts`; a test keeps the table equal to
 * the library, so a library update that changes a date fails until the table is regenerated), and the
 * library is loaded only for a year outside the table.
 */

import { createRequire } from 'node:module'
import type Holidays from 'date-holidays'
import { addDays, compareDates, type IsoDate, parseIsoDate, weekday } from './dates.ts'
import { HELLIGDAGE_TABLE } from './helligdage.generated.ts'
import type { LocalisedText } from './rule-definition.ts'

export type HelligdagId =
  | 'new_years_day'
  | 'maundy_thursday'
  | 'good_friday'
  | 'easter_sunday'
  | 'easter_monday'
  | 'great_prayer_day'
  | 'ascension_day'
  | 'whit_sunday'
  | 'whit_monday'
  | 'christmas_day'
  | 'second_christmas_day'

export interface Helligdag {
  date: IsoDate
  id: HelligdagId
  name: LocalisedText
}

interface HelligdagSpec {
  id: HelligdagId
  name: LocalisedText
  /** Last year the day is a helligdag (Store Bededag: 2023, rules.md § 3). */
  lastYear?: number
}

/** rules.md § 3's list, keyed by the library's rule for the day. Anything else is not a helligdag. */
const HELLIGDAGE_BY_LIBRARY_RULE: Readonly<Record<string, HelligdagSpec>> = {
  '01-01': { id: 'new_years_day', name: { da: 'nytårsdag', en: "New Year's Day" } },
  'easter -3': { id: 'maundy_thursday', name: { da: 'skærtorsdag', en: 'Maundy Thursday' } },
  'easter -2': { id: 'good_friday', name: { da: 'langfredag', en: 'Good Friday' } },
  easter: { id: 'easter_sunday', name: { da: 'påskedag', en: 'Easter Sunday' } },
  'easter 1': { id: 'easter_monday', name: { da: '2. påskedag', en: 'Easter Monday' } },
  // The library's rule carries its own end ("prior to 2024"); lastYear repeats rules.md so that a
  // changed library rule string or range cannot silently bring the day back.
  'easter 26 prior to 2024': {
    id: 'great_prayer_day',
    name: { da: 'store bededag', en: 'Great Prayer Day (Store Bededag)' },
    lastYear: 2023,
  },
  'easter 39': { id: 'ascension_day', name: { da: 'Kristi himmelfartsdag', en: 'Ascension Day' } },
  'easter 49': { id: 'whit_sunday', name: { da: 'pinsedag', en: 'Whit Sunday' } },
  'easter 50': { id: 'whit_monday', name: { da: '2. pinsedag', en: 'Whit Monday' } },
  '12-25': { id: 'christmas_day', name: { da: 'juledag', en: 'Christmas Day' } },
  '12-26': { id: 'second_christmas_day', name: { da: '2. juledag', en: '26 December (2nd Christmas Day)' } },
}

let library: Holidays | undefined

/** The library's helligdage of `year`, as `[date, id]`: the source of the generated table. */
export function helligdageFromLibrary(year: number): [IsoDate, HelligdagId][] {
  // Loaded on first use only (the CommonJS build, so that the calendar stays synchronous).
  library ??= new (createRequire(import.meta.url)('date-holidays') as typeof Holidays)('DK')
  const days: [IsoDate, HelligdagId][] = []
  for (const holiday of library.getHolidays(year)) {
    const spec = HELLIGDAGE_BY_LIBRARY_RULE[holiday.rule]
    if (holiday.type !== 'public' || !spec) continue
    if (year > (spec.lastYear ?? Number.POSITIVE_INFINITY)) continue
    // `date` is "YYYY-MM-DD hh:mm:ss" in the country's local calendar: the calendar date, no time zone.
    days.push([holiday.date.slice(0, 10), spec.id])
  }
  return days.sort(([a], [b]) => compareDates(a, b))
}

const NAMES = new Map(Object.values(HELLIGDAGE_BY_LIBRARY_RULE).map((spec) => [spec.id, spec.name]))

/** The helligdage's names as one ICU `select` on `{holiday}` (the id), for the rules' messages. */
export function helligdagNameSelect(argument: string): LocalisedText {
  const select = (language: keyof LocalisedText) =>
    `{${argument}, select, ${[...NAMES].map(([id, name]) => `${id} {${name[language]}}`).join(' ')} other {}}`
  return { da: select('da'), en: select('en') }
}

/** The table's days of `year` (`MM-DD id` entries), or undefined outside its years. */
function fromTable(year: number): [IsoDate, HelligdagId][] | undefined {
  // A year before firstYear is a negative index, one after the table past its end: both undefined.
  const entries = HELLIGDAGE_TABLE.years[year - HELLIGDAGE_TABLE.firstYear]
  if (entries === undefined) return undefined
  return entries.split(' ').map((entry) => {
    const [monthDay, id] = entry.split('=') as [string, HelligdagId]
    return [`${year}-${monthDay}`, id]
  })
}

const byYear = new Map<number, { list: readonly Helligdag[]; byDate: ReadonlyMap<IsoDate, Helligdag> }>()

function yearTable(year: number) {
  const cached = byYear.get(year)
  if (cached) return cached
  const days = fromTable(year) ?? helligdageFromLibrary(year)
  const list = days.map(([date, id]) => Object.freeze({ date, id, name: NAMES.get(id)! }))
  const table = { list: Object.freeze(list), byDate: new Map(list.map((h) => [h.date, h])) }
  byYear.set(year, table)
  return table
}

/** The helligdage of `year` in date order (Sundays other than Easter and Whit Sunday are weekend). */
export function helligdage(year: number): readonly Helligdag[] {
  return yearTable(year).list
}

/** The helligdag on `date`, if any. */
export function helligdagOn(date: IsoDate): Helligdag | undefined {
  return yearTable(parseIsoDate(date).year).byDate.get(date)
}

export function isHelligdag(date: IsoDate): boolean {
  return helligdagOn(date) !== undefined
}

export function isWeekend(date: IsoDate): boolean {
  return weekday(date) >= 6
}

/** Monday to Friday and not a helligdag (rules.md H-REF, H-UKR). */
export function isWorkingDay(date: IsoDate): boolean {
  return !isWeekend(date) && !isHelligdag(date)
}

/** Why a day is not a working day: the explanation names the weekend day or the holiday. */
export type NonWorkingDay =
  | { date: IsoDate; kind: 'saturday' | 'sunday' }
  | { date: IsoDate; kind: 'helligdag'; helligdag: Helligdag }

export function nonWorkingDay(date: IsoDate): NonWorkingDay | undefined {
  // A helligdag on a weekend (Easter Sunday) is reported as the holiday: the more specific reason.
  const helligdag = helligdagOn(date)
  if (helligdag) return { date, kind: 'helligdag', helligdag }
  const day = weekday(date)
  if (day === 6) return { date, kind: 'saturday' }
  if (day === 7) return { date, kind: 'sunday' }
  return undefined
}

export interface RolledForward {
  date: IsoDate
  /** The days passed over, in order; empty when `date` was already a working day. */
  skipped: NonWorkingDay[]
}

/** The first working day on or after `date`, with the days skipped and why (H-REF roll-forward). */
export function rollForwardToWorkingDay(date: IsoDate): RolledForward {
  const skipped: NonWorkingDay[] = []
  let current = date
  for (let reason = nonWorkingDay(current); reason; reason = nonWorkingDay(current)) {
    skipped.push(reason)
    current = addDays(current, 1)
  }
  return { date: current, skipped }
}

export function nextWorkingDayOnOrAfter(date: IsoDate): IsoDate {
  return rollForwardToWorkingDay(date).date
}

/**
 * The date `n` working days after `date` (`date` itself is not counted; n ≥ 0). With
 * `excludeHelligdage: false` only Saturdays and Sundays are passed over (the alternative reading of
 * "weekdays" in H-UKR).
 */
export function addWorkingDays(
  date: IsoDate,
  n: number,
  options: { excludeHelligdage?: boolean } = {},
): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a non-negative integer: ${n}`)
  const counts = options.excludeHelligdage === false ? (d: IsoDate) => !isWeekend(d) : isWorkingDay
  let current = date
  for (let left = n; left > 0; ) {
    current = addDays(current, 1)
    if (counts(current)) left--
  }
  return current
}
