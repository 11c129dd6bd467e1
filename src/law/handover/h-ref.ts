/**
 * H-REF (IL § 4 stk. 2): an asylum refugee's responsibility passes at the end of the first whole month
 * after Udlændingestyrelsen's visitation decision, i.e. on the 1st of the next month, rolled forward
 * past Saturdays, Sundays and helligdage.
 */

import { type NonWorkingDay, rollForwardToWorkingDay } from '../calendar.ts'
import { firstOfMonthAfterFirstWholeMonth, type IsoDate, parseIsoDate } from '../dates.ts'
import { LEGAL_BASIS, SOURCES } from '../rule-definition.ts'
import { calendarDay, defineRule } from '../rule-module.ts'
import { type HandoverParameters, parameter } from './parameters.ts'
import type { Step } from './types.ts'

export interface FirstWholeMonthHandover {
  /** The responsibility date: the 1st after the first whole month, rolled forward to a working day. */
  date: IsoDate
  /** The whole month counted, as its first day. */
  wholeMonth: IsoDate
  /** The 1st before any roll-forward. */
  endOfWholeMonth: IsoDate
  skipped: NonWorkingDay[]
  steps: Step[]
}

/** What the counted date is: the visitation decision, or the residence permit used in its place. */
export type CountedFrom = 'visitation_decision' | 'residence_permit'

const step = (code: keyof typeof H_REF.messages, values: Step['values'], lists?: Step['lists']): Step => ({
  ruleId: 'H-REF',
  code,
  values,
  ...(lists ? { lists } : {}),
})

/** A day passed over, worded with the weekday or the helligdag's name (phrases.ts). */
export function nonWorkingDayStep(ruleId: string, day: NonWorkingDay): Step {
  return day.kind === 'helligdag'
    ? { ruleId, code: 'helligdag', values: { date: calendarDay(day.date), holiday: day.helligdag.id } }
    : { ruleId, code: 'weekendDay', values: { date: calendarDay(day.date) } }
}

/**
 * H-REF: responsibility passes at the end of the first whole month after `decisionDate`, i.e. on the
 * 1st of the next month, rolled forward past Saturdays, Sundays and helligdage (IL § 4 stk. 2).
 * `countedFrom` names what `decisionDate` is (the decision, or the residence permit used in its place).
 */
export function refugeeHandoverDate(
  decisionDate: IsoDate,
  parameters: Pick<HandoverParameters, 'firstOfMonthMakesMonthWhole'>,
  countedFrom: CountedFrom = 'visitation_decision',
): FirstWholeMonthHandover {
  const { firstOfMonthMakesMonthWhole } = parameters
  const counted = firstOfMonthAfterFirstWholeMonth(decisionDate, { firstOfMonthMakesMonthWhole })
  const rolled = rollForwardToWorkingDay(counted.date)
  const values = {
    basis: countedFrom,
    decision: calendarDay(decisionDate),
    month: calendarDay(counted.wholeMonth),
    end: calendarDay(counted.date),
    result: calendarDay(rolled.date),
  }
  const steps: Step[] = []
  if (parseIsoDate(decisionDate).day === 1) {
    steps.push(step(counted.ownMonthCounted ? 'firstOfMonthCounted' : 'firstOfMonthNotCounted', values))
  }
  steps.push(step('wholeMonth', values))
  steps.push(
    rolled.skipped.length === 0
      ? step('isWeekday', values)
      : step('rolledForward', values, { skipped: rolled.skipped.map((d) => nonWorkingDayStep('H-REF', d)) }),
  )
  return {
    date: rolled.date,
    wholeMonth: counted.wholeMonth,
    endOfWholeMonth: counted.date,
    skipped: rolled.skipped,
    steps,
  }
}

const BASIS = {
  da: '{basis, select, residence_permit {opholdstilladelsen} other {visiteringsafgørelsen}}',
  en: '{basis, select, residence_permit {the residence permit} other {the visitation decision}}',
}

export const H_REF = defineRule({
  definition: {
    id: 'H-REF',
    title: {
      da: 'Ansvarsovergang for flygtninge (asyl)',
      en: 'Handover of responsibility for asylum refugees',
    },
    decides: {
      da: 'Ansvaret overgår ved udgangen af den første hele måned efter Udlændingestyrelsens visiteringsafgørelse, dvs. den 1. i den følgende måned; falder den på en lørdag, søndag eller helligdag, overgår ansvaret den næste hverdag.',
      en: "Responsibility passes at the end of the first whole month after Udlændingestyrelsen's visitation decision, i.e. on the 1st of the following month; if that is a Saturday, Sunday or helligdag, on the next weekday.",
    },
    legalSources: [SOURCES.IL_4_2, SOURCES.SEED_001],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    parameters: [parameter('firstOfMonthMakesMonthWhole')],
  },
  evaluate: refugeeHandoverDate,
  messages: {
    /** values: permit */
    residencePermitUsed: {
      da: 'Der er ikke oplyst nogen visiteringsafgørelse (visitationDecisionDate), så opholdstilladelsens dato ({permit, date, long}) bruges i stedet, sådan som vejledningen fra 2004 regnede (seed 001: tilladelse 8. marts → 1. maj). Visiteringen træffes normalt sammen med tilladelsen; er den truffet senere, så oplys visitationDecisionDate, som kan give en senere dato. Den nuværende regels rykning til hverdag anvendes (2004-vejledningen havde ingen).',
      en: "No visitation decision (visitationDecisionDate) was given, so the residence permit date ({permit, date, long}) is used in its place, as the 2004 guidance counted (seed 001: permit 8 March → 1 May). The visitation decision is normally made with the permit; if it was made later, give visitationDecisionDate, which may give a later date. The current rule's weekday roll-forward is applied (the 2004 guidance had none).",
    },
    firstOfMonthCounted: {
      da: `H-REF: ${BASIS.da} er dateret den 1. ({decision, date, long}); med parameteren firstOfMonthMakesMonthWhole = true tæller den måned, {month, date, month}, som den første hele måned (fortolkning, H-REF).`,
      en: `H-REF: ${BASIS.en} is dated the 1st ({decision, date, long}); with the parameter firstOfMonthMakesMonthWhole = true that month, {month, date, month}, counts as the first whole month (interpretation, H-REF).`,
    },
    firstOfMonthNotCounted: {
      da: `H-REF: ${BASIS.da} er dateret den 1. ({decision, date, long}); den måned tæller ikke som hel, fordi afgørelsen træffes i løbet af den (fortolkning, H-REF; parameteren firstOfMonthMakesMonthWhole = false).`,
      en: `H-REF: ${BASIS.en} is dated the 1st ({decision, date, long}); that month does not count as whole, because the decision falls within it (interpretation, H-REF; parameter firstOfMonthMakesMonthWhole = false).`,
    },
    wholeMonth: {
      da: `H-REF: den første hele måned efter ${BASIS.da} ({decision, date, long}) er {month, date, month}; ved udgangen af den, den {end, date, long}, overgår ansvaret.`,
      en: `H-REF: the first whole month after ${BASIS.en} ({decision, date, long}) is {month, date, month}; responsibility passes at its end, on {end, date, long}.`,
    },
    isWeekday: {
      da: 'H-REF: {result, date, weekday} den {result, date, long} er en hverdag (ikke lørdag, søndag eller helligdag); datoen rykkes ikke.',
      en: 'H-REF: {result, date, weekday} {result, date, long} is a weekday (not a Saturday, Sunday or helligdag); the date does not move.',
    },
    /** lists: skipped (the days passed over) */
    rolledForward: {
      da: 'H-REF: {skipped}, så ansvaret overgår den næste hverdag, {result, date, weekday} den {result, date, long}.',
      en: 'H-REF: {skipped}, so responsibility passes on the next weekday, {result, date, weekday} {result, date, long}.',
    },
  },
})
