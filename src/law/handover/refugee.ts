/**
 * H-REF and H-UKR: the two handover dates that are counted from Udlændingestyrelsen's visitation
 * decision, with the step-by-step explanation of the counting.
 */

import { addWorkingDays, helligdage, type NonWorkingDay, rollForwardToWorkingDay } from '../calendar.ts'
import { firstOfMonthAfterFirstWholeMonth, type IsoDate, parseIsoDate, weekday } from '../dates.ts'
import type { LocalisedText } from '../rule-definition.ts'
import {
  type HandoverParameters,
  UKR_AMENDMENT_DATE,
  UKR_WORKING_DAYS,
  UKR_WORKING_DAYS_BEFORE_AMENDMENT,
} from './rules.ts'
import { dayAndDate, joinList, longDate, month, nonWorkingDayText, say } from './text.ts'

export interface FirstWholeMonthHandover {
  /** The responsibility date: the 1st after the first whole month, rolled forward to a working day. */
  date: IsoDate
  /** The whole month counted, as its first day. */
  wholeMonth: IsoDate
  /** The 1st before any roll-forward. */
  endOfWholeMonth: IsoDate
  skipped: NonWorkingDay[]
  steps: LocalisedText[]
}

const DECISION: LocalisedText = { da: 'visiteringsafgørelsen', en: 'the visitation decision' }

/**
 * H-REF: responsibility passes at the end of the first whole month after `decisionDate`, i.e. on the
 * 1st of the next month, rolled forward past Saturdays, Sundays and helligdage (IL § 4 stk. 2).
 * `basis` names what `decisionDate` is (the decision, or the residence permit used in its place).
 */
export function refugeeHandoverDate(
  decisionDate: IsoDate,
  parameters: Pick<HandoverParameters, 'firstOfMonthMakesMonthWhole'>,
  basis: LocalisedText = DECISION,
): FirstWholeMonthHandover {
  const { firstOfMonthMakesMonthWhole } = parameters
  const counted = firstOfMonthAfterFirstWholeMonth(decisionDate, { firstOfMonthMakesMonthWhole })
  const rolled = rollForwardToWorkingDay(counted.date)
  const d = longDate(decisionDate)
  const m = month(counted.wholeMonth)
  const end = longDate(counted.date)
  const steps: LocalisedText[] = []

  if (parseIsoDate(decisionDate).day === 1) {
    steps.push(
      counted.ownMonthCounted
        ? say(
            (t) =>
              `H-REF: ${t(basis)} er dateret den 1. (${t(d)}); med parameteren firstOfMonthMakesMonthWhole = true tæller den måned, ${t(m)}, som den første hele måned (fortolkning, H-REF).`,
            (t) =>
              `H-REF: ${t(basis)} is dated the 1st (${t(d)}); with the parameter firstOfMonthMakesMonthWhole = true that month, ${t(m)}, counts as the first whole month (interpretation, H-REF).`,
          )
        : say(
            (t) =>
              `H-REF: ${t(basis)} er dateret den 1. (${t(d)}); den måned tæller ikke som hel, fordi afgørelsen træffes i løbet af den (fortolkning, H-REF; parameteren firstOfMonthMakesMonthWhole = false).`,
            (t) =>
              `H-REF: ${t(basis)} is dated the 1st (${t(d)}); that month does not count as whole, because the decision falls within it (interpretation, H-REF; parameter firstOfMonthMakesMonthWhole = false).`,
          ),
    )
  }
  steps.push(
    say(
      (t) =>
        `H-REF: den første hele måned efter ${t(basis)} (${t(d)}) er ${t(m)}; ved udgangen af den, den ${t(end)}, overgår ansvaret.`,
      (t) =>
        `H-REF: the first whole month after ${t(basis)} (${t(d)}) is ${t(m)}; responsibility passes at its end, on ${t(end)}.`,
    ),
  )
  const result = dayAndDate(rolled.date)
  if (rolled.skipped.length === 0) {
    steps.push(
      say(
        (t) => `H-REF: ${t(result)} er en hverdag (ikke lørdag, søndag eller helligdag); datoen rykkes ikke.`,
        (t) =>
          `H-REF: ${t(result)} is a weekday (not a Saturday, Sunday or helligdag); the date does not move.`,
      ),
    )
  } else {
    const why = joinList(rolled.skipped.map(nonWorkingDayText))
    steps.push(
      say(
        (t) => `H-REF: ${t(why)}, så ansvaret overgår den næste hverdag, ${t(result)}.`,
        (t) => `H-REF: ${t(why)}, so responsibility passes on the next weekday, ${t(result)}.`,
      ),
    )
  }
  return {
    date: rolled.date,
    wholeMonth: counted.wholeMonth,
    endOfWholeMonth: counted.date,
    skipped: rolled.skipped,
    steps,
  }
}

export interface UkrainianHandover {
  date: IsoDate
  workingDays: number
  steps: LocalisedText[]
}

/**
 * H-UKR: at the latest 15 weekdays after the visitation decision; 4 for decisions before 19 March 2024
 * (særloven § 30 stk. 2 as amended by lov nr. 266 of 19/03/2024). The day of the decision is not
 * counted. "Weekdays" exclude helligdage unless the interpretation parameter says otherwise.
 */
export function ukrainianHandoverDate(
  decisionDate: IsoDate,
  parameters: Pick<HandoverParameters, 'ukrainianWeekdaysExcludeHelligdage'>,
): UkrainianHandover {
  const beforeAmendment = decisionDate < UKR_AMENDMENT_DATE
  const workingDays = beforeAmendment ? UKR_WORKING_DAYS_BEFORE_AMENDMENT : UKR_WORKING_DAYS
  const excludeHelligdage = parameters.ukrainianWeekdaysExcludeHelligdage
  const date = addWorkingDays(decisionDate, workingDays, { excludeHelligdage })
  const d = longDate(decisionDate)
  const r = dayAndDate(date)
  const steps: LocalisedText[] = [
    beforeAmendment
      ? say(
          (t) =>
            `H-UKR: ${t(DECISION)} (${t(d)}) er truffet før 19. marts 2024, så ansvaret overgår senest ${workingDays} hverdage efter den (særloven § 30, stk. 2, før ændringen ved lov nr. 266 af 19. marts 2024).`,
          (t) =>
            `H-UKR: ${t(DECISION)} (${t(d)}) was made before 19 March 2024, so responsibility passes at the latest ${workingDays} weekdays after it (særloven § 30 stk. 2 before its amendment by lov nr. 266 of 19 March 2024).`,
        )
      : say(
          (t) =>
            `H-UKR: ${t(DECISION)} (${t(d)}) er truffet den 19. marts 2024 eller senere, så ansvaret overgår senest ${workingDays} hverdage efter den (særloven § 30, stk. 2, som ændret ved lov nr. 266 af 19. marts 2024).`,
          (t) =>
            `H-UKR: ${t(DECISION)} (${t(d)}) was made on or after 19 March 2024, so responsibility passes at the latest ${workingDays} weekdays after it (særloven § 30 stk. 2 as amended by lov nr. 266 of 19 March 2024).`,
        ),
    excludeHelligdage
      ? say(
          () =>
            `Hverdage tælles som mandag til fredag, der ikke er helligdage; afgørelsesdagen tælles ikke med (fortolkning, parameteren ukrainianWeekdaysExcludeHelligdage = true).`,
          () =>
            `Weekdays are counted as Monday to Friday that are not helligdage; the day of the decision is not counted (interpretation, parameter ukrainianWeekdaysExcludeHelligdage = true).`,
        )
      : say(
          () =>
            `Hverdage tælles som mandag til fredag, også når de er helligdage; afgørelsesdagen tælles ikke med (fortolkning, parameteren ukrainianWeekdaysExcludeHelligdage = false).`,
          () =>
            `Weekdays are counted as every Monday to Friday, helligdage included; the day of the decision is not counted (interpretation, parameter ukrainianWeekdaysExcludeHelligdage = false).`,
        ),
  ]
  // Name the holidays that lengthened the count, so the caseworker can retrace it.
  const passed = excludeHelligdage ? helligdageOnWeekdaysBetween(decisionDate, date) : []
  const over =
    passed.length === 0
      ? { da: '', en: '' }
      : say(
          (t) => `; helligdage sprunget over: ${t(joinList(passed))}`,
          (t) => `; helligdage passed over: ${t(joinList(passed))}`,
        )
  steps.push(
    say(
      (t) => `H-UKR: ${workingDays} hverdage efter ${t(d)} er ${t(r)}${t(over)}.`,
      (t) => `H-UKR: ${workingDays} weekdays after ${t(d)} is ${t(r)}${t(over)}.`,
    ),
  )
  return { date, workingDays, steps }
}

/** Helligdage falling Monday–Friday strictly after `from` and up to `to`, named with their date. */
function helligdageOnWeekdaysBetween(from: IsoDate, to: IsoDate): LocalisedText[] {
  const years = [parseIsoDate(from).year, parseIsoDate(to).year]
  const days = [...new Set(years)].flatMap((y) => helligdage(y))
  return days
    .filter((h) => h.date > from && h.date <= to && weekday(h.date) <= 5)
    .map((h) =>
      say(
        (t) => `${t(h.name)} ${t(longDate(h.date))}`,
        (t) => `${t(h.name)} ${t(longDate(h.date))}`,
      ),
    )
}
