/**
 * Phrases shared by the handover explanations, in Danish and English. The explanation is read by a
 * caseworker, so it names dates in words and names each holiday that moved a date (rules.md § 3).
 */

import type { NonWorkingDay } from '../calendar.ts'
import { formatLongDate, formatMonth, type IsoDate, weekdayName } from '../dates.ts'
import type { Language, LocalisedText } from '../rule-definition.ts'

/** A date in words in both languages: "15. maj 2025" / "15 May 2025". */
export function longDate(date: IsoDate): LocalisedText {
  return { da: formatLongDate(date, 'da'), en: formatLongDate(date, 'en') }
}

/** "mandag den 3. januar 2028" / "Monday 3 January 2028". */
export function dayAndDate(date: IsoDate): LocalisedText {
  return {
    da: `${weekdayName(date, 'da')} den ${formatLongDate(date, 'da')}`,
    en: `${weekdayName(date, 'en')} ${formatLongDate(date, 'en')}`,
  }
}

export function month(date: IsoDate): LocalisedText {
  return { da: formatMonth(date, 'da'), en: formatMonth(date, 'en') }
}

/**
 * Builds a LocalisedText from a template per language; each `LocalisedText` argument is substituted in
 * the matching language. Keeps Danish and English sentences side by side at the call site.
 */
export function say(
  da: (t: (x: LocalisedText) => string) => string,
  en: (t: (x: LocalisedText) => string) => string,
): LocalisedText {
  return { da: da((x) => x.da), en: en((x) => x.en) }
}

/** "lørdag den 1. marts 2025" / "nytårsdag (helligdag) den 1. januar 2028". */
export function nonWorkingDayText(day: NonWorkingDay): LocalisedText {
  const d = longDate(day.date)
  if (day.kind === 'helligdag') {
    const name = day.helligdag.name
    return say(
      (t) => `${t(d)} er ${t(name)} (helligdag)`,
      (t) => `${t(d)} is ${t(name)} (a helligdag, Danish public holiday)`,
    )
  }
  const weekday = { da: weekdayName(day.date, 'da'), en: weekdayName(day.date, 'en') }
  return say(
    (t) => `${t(d)} er en ${t(weekday)}`,
    (t) => `${t(d)} is a ${t(weekday)}`,
  )
}

/** Joins clauses: "a, b og c" / "a, b and c". */
export function joinList(items: LocalisedText[]): LocalisedText {
  const join = (parts: string[], and: string) =>
    parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`
  return {
    da: join(
      items.map((i) => i.da),
      'og',
    ),
    en: join(
      items.map((i) => i.en),
      'and',
    ),
  }
}

export function render(texts: readonly LocalisedText[], language: Language): string[] {
  return texts.map((t) => t[language])
}

/** Explanation of "1 month after": same day-of-month, or the month's last day where it has none. */
export function monthsStep(
  ruleId: string,
  from: IsoDate,
  months: number,
  to: IsoDate,
  clamped: boolean,
): LocalisedText {
  const f = longDate(from)
  const r = longDate(to)
  const n = {
    da: months === 1 ? '1 måned' : `${months} måneder`,
    en: months === 1 ? '1 month' : `${months} months`,
  }
  if (!clamped) {
    return say(
      (t) => `${ruleId}: ${t(n)} efter ${t(f)} er ${t(r)} (samme dag i måneden).`,
      (t) => `${ruleId}: ${t(n)} after ${t(f)} is ${t(r)} (the same day of the month).`,
    )
  }
  const m = month(to)
  return say(
    (t) =>
      `${ruleId}: ${t(n)} efter ${t(f)} er ${t(r)}: ${t(m)} har ingen ${Number(from.slice(8))}., så månedens sidste dag bruges.`,
    (t) =>
      `${ruleId}: ${t(n)} after ${t(f)} is ${t(r)}: ${t(m)} has no day ${Number(from.slice(8))}, so its last day is used.`,
  )
}
