/**
 * How the deadlines of §§ 3 and 7 are counted: "within 1 month" is the same day-of-month in the next
 * month, or that month's last day where it has none (31 Jan → 28/29 Feb; rules.md § 3); weeks are 7
 * calendar days. Deadlines are not moved off weekends or helligdage: they bind the municipality, and
 * rules.md gives no roll-forward for them. Each D-* module states its period; the wording of a count
 * is shared here.
 */

import { addDays, addMonthsClamped, type IsoDate } from '../dates.ts'
import type { Step } from '../handover/types.ts'
import { calendarDay, type Message } from '../rule-module.ts'

export type Period = { months: number } | { weeks: number }

/** The due date `period` after `start`. */
export function dueAfter(start: IsoDate, period: Period): IsoDate {
  return 'months' in period ? addMonthsClamped(start, period.months).date : addDays(start, period.weeks * 7)
}

/** The count as an explanation line of `ruleId` (the same day of the month, or the last day used). */
export function countingStep(ruleId: string, start: IsoDate, period: Period): Step {
  if ('weeks' in period) {
    const to = addDays(start, period.weeks * 7)
    const values = { ruleId, weeks: period.weeks, days: period.weeks * 7, from: calendarDay(start) }
    return { ruleId, code: 'weeksAfter', values: { ...values, to: calendarDay(to) } }
  }
  const { date, clamped } = addMonthsClamped(start, period.months)
  const values = { ruleId, months: period.months, from: calendarDay(start), to: calendarDay(date) }
  return clamped
    ? { ruleId, code: 'monthsAfterClamped', values: { ...values, day: Number(start.slice(8)) } }
    : { ruleId, code: 'monthsAfter', values }
}

const MONTHS = {
  da: '{months, plural, =1 {1 måned} other {{months} måneder}}',
  en: '{months, plural, =1 {1 month} other {{months} months}}',
}

export const COUNTING_MESSAGES = {
  monthsAfter: {
    da: `{ruleId}: ${MONTHS.da} efter {from, date, long} er {to, date, long} (samme dag i måneden).`,
    en: `{ruleId}: ${MONTHS.en} after {from, date, long} is {to, date, long} (the same day of the month).`,
  },
  /** values: day (the start's day of the month, which the result's month lacks) */
  monthsAfterClamped: {
    da: `{ruleId}: ${MONTHS.da} efter {from, date, long} er {to, date, long}: {to, date, month} har ingen {day}., så månedens sidste dag bruges.`,
    en: `{ruleId}: ${MONTHS.en} after {from, date, long} is {to, date, long}: {to, date, month} has no day {day}, so its last day is used.`,
  },
  weeksAfter: {
    da: '{ruleId}: {weeks} uger ({days} dage) efter {from, date, long} er {to, date, long}.',
    en: '{ruleId}: {weeks} weeks ({days} days) after {from, date, long} is {to, date, long}.',
  },
} as const satisfies Record<string, Message>
