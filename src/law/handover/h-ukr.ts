/**
 * H-UKR (særloven § 30 stk. 2): a displaced person from Ukraine is the municipality's responsibility at
 * the latest 15 weekdays after the visitation decision; 4 for decisions before 19 March 2024.
 */

import { addWorkingDays, helligdage } from '../calendar.ts'
import { type IsoDate, parseIsoDate, weekday } from '../dates.ts'
import { LEGAL_BASIS, SOURCES } from '../rule-definition.ts'
import { calendarDay, defineRule } from '../rule-module.ts'
import { type HandoverParameters, parameter } from './parameters.ts'
import type { Step } from './types.ts'

/** The date on which lov nr. 266 of 19/03/2024 raised H-UKR's count from 4 to 15 weekdays. */
export const UKR_AMENDMENT_DATE = '2024-03-19'
export const UKR_WORKING_DAYS = 15
export const UKR_WORKING_DAYS_BEFORE_AMENDMENT = 4

export interface UkrainianHandover {
  date: IsoDate
  workingDays: number
  steps: Step[]
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
  // Name the holidays that lengthened the count, so the caseworker can retrace it.
  const passed = excludeHelligdage ? helligdageOnWeekdaysBetween(decisionDate, date) : []
  const values = {
    decision: calendarDay(decisionDate),
    result: calendarDay(date),
    workingDays,
    hasPassed: String(passed.length > 0),
  }
  const steps: Step[] = [
    { ruleId: 'H-UKR', code: beforeAmendment ? 'beforeAmendment' : 'afterAmendment', values },
    { ruleId: 'H-UKR', code: excludeHelligdage ? 'weekdaysWithoutHelligdage' : 'weekdaysWithHelligdage' },
    { ruleId: 'H-UKR', code: 'counted', values, lists: { passed } },
  ]
  return { date, workingDays, steps }
}

/** Helligdage falling Monday–Friday strictly after `from` and up to `to`, named with their date. */
function helligdageOnWeekdaysBetween(from: IsoDate, to: IsoDate): Step[] {
  const years = [parseIsoDate(from).year, parseIsoDate(to).year]
  const days = [...new Set(years)].flatMap((y) => helligdage(y))
  // `to` is where the count ended, a working day: never a helligdag itself, so `< to` would list the
  // same days (a surviving equivalent mutant; a disable comment would also hide the killable `> to`).
  return days
    .filter((h) => h.date > from && h.date <= to && weekday(h.date) <= 5)
    .map((h) => ({
      ruleId: 'H-UKR',
      code: 'helligdagOnDate',
      values: { date: calendarDay(h.date), holiday: h.id },
    }))
}

export const H_UKR = defineRule({
  definition: {
    id: 'H-UKR',
    title: { da: 'Fordrevne fra Ukraine (særloven)', en: 'Displaced persons from Ukraine (special act)' },
    decides: {
      da: `Ansvaret overgår senest ${UKR_WORKING_DAYS} hverdage efter visiteringsafgørelsen (${UKR_WORKING_DAYS_BEFORE_AMENDMENT} hverdage for afgørelser før 19. marts 2024).`,
      en: `Responsibility passes at the latest ${UKR_WORKING_DAYS} weekdays after the visitation decision (${UKR_WORKING_DAYS_BEFORE_AMENDMENT} weekdays for decisions before 19 March 2024).`,
    },
    legalSources: [SOURCES.UKR_30_2],
    validFrom: LEGAL_BASIS.UKRAINE_SPECIAL_ACT.from,
    parameters: [parameter('ukrainianWeekdaysExcludeHelligdage')],
  },
  evaluate: ukrainianHandoverDate,
  messages: {
    beforeAmendment: {
      da: 'H-UKR: visiteringsafgørelsen ({decision, date, long}) er truffet før 19. marts 2024, så ansvaret overgår senest {workingDays} hverdage efter den (særloven § 30, stk. 2, før ændringen ved lov nr. 266 af 19. marts 2024).',
      en: 'H-UKR: the visitation decision ({decision, date, long}) was made before 19 March 2024, so responsibility passes at the latest {workingDays} weekdays after it (særloven § 30 stk. 2 before its amendment by lov nr. 266 of 19 March 2024).',
    },
    afterAmendment: {
      da: 'H-UKR: visiteringsafgørelsen ({decision, date, long}) er truffet den 19. marts 2024 eller senere, så ansvaret overgår senest {workingDays} hverdage efter den (særloven § 30, stk. 2, som ændret ved lov nr. 266 af 19. marts 2024).',
      en: 'H-UKR: the visitation decision ({decision, date, long}) was made on or after 19 March 2024, so responsibility passes at the latest {workingDays} weekdays after it (særloven § 30 stk. 2 as amended by lov nr. 266 of 19 March 2024).',
    },
    weekdaysWithoutHelligdage: {
      da: 'Hverdage tælles som mandag til fredag, der ikke er helligdage; afgørelsesdagen tælles ikke med (fortolkning, parameteren ukrainianWeekdaysExcludeHelligdage = true).',
      en: 'Weekdays are counted as Monday to Friday that are not helligdage; the day of the decision is not counted (interpretation, parameter ukrainianWeekdaysExcludeHelligdage = true).',
    },
    weekdaysWithHelligdage: {
      da: 'Hverdage tælles som mandag til fredag, også når de er helligdage; afgørelsesdagen tælles ikke med (fortolkning, parameteren ukrainianWeekdaysExcludeHelligdage = false).',
      en: 'Weekdays are counted as every Monday to Friday, helligdage included; the day of the decision is not counted (interpretation, parameter ukrainianWeekdaysExcludeHelligdage = false).',
    },
    /** lists: passed (the helligdage the count passed over) */
    counted: {
      da: 'H-UKR: {workingDays} hverdage efter {decision, date, long} er {result, date, weekday} den {result, date, long}{hasPassed, select, true {; helligdage sprunget over: {passed}} other {}}.',
      en: 'H-UKR: {workingDays} weekdays after {decision, date, long} is {result, date, weekday} {result, date, long}{hasPassed, select, true {; helligdage passed over: {passed}} other {}}.',
    },
  },
})
