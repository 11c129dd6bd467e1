/**
 * D-MOVE-BACK (IL § 32 stk. 2): after moving back, the full benefit is paid again (on application) from
 * the end of the first whole month after the move back. Unlike H-REF there is no weekday roll-forward.
 */

import { firstOfMonthAfterFirstWholeMonth, type IsoDate, parseIsoDate } from '../dates.ts'
import { checkedDate } from '../handover/input.ts'
import { type HandoverParameters, resolveParameters } from '../handover/parameters.ts'
import type { RuleDate, Step } from '../handover/types.ts'
import { LEGAL_BASIS, SOURCES } from '../rule-definition.ts'
import { calendarDay, defineRule } from '../rule-module.ts'

/**
 * D-MOVE-BACK: moved back 15 June → 1 August. A benefit period starts on the 1st whatever day that is.
 * A move back on the 1st counts that month as whole only under the H-REF parameter (interpretation).
 */
export function fullBenefitRestoredDate(
  movedBackDate: IsoDate,
  parameters: Partial<Pick<HandoverParameters, 'firstOfMonthMakesMonthWhole'>> = {},
): RuleDate {
  const back = checkedDate(movedBackDate, '/movedBackDate')
  const { firstOfMonthMakesMonthWhole } = resolveParameters(parameters)
  const counted = firstOfMonthAfterFirstWholeMonth(back, { firstOfMonthMakesMonthWhole })
  const values = {
    back: calendarDay(back),
    month: calendarDay(counted.wholeMonth),
    restored: calendarDay(counted.date),
    firstOfMonthMakesMonthWhole: String(firstOfMonthMakesMonthWhole),
  }
  const steps: Step[] = []
  if (parseIsoDate(back).day === 1) steps.push({ ruleId: 'D-MOVE-BACK', code: 'onTheFirst', values })
  steps.push({ ruleId: 'D-MOVE-BACK', code: 'restored', values })
  return {
    date: counted.date,
    ruleId: 'D-MOVE-BACK',
    legalSources: [...D_MOVE_BACK.definition.legalSources],
    steps,
  }
}

export const D_MOVE_BACK = defineRule({
  definition: {
    id: 'D-MOVE-BACK',
    title: { da: 'Fuld ydelse efter tilbageflytning', en: 'Full benefit after moving back' },
    decides: {
      da: 'Flytter en person med nedsat ydelse tilbage, udbetales fuld ydelse (efter ansøgning) fra udgangen af den første hele måned efter tilbageflytningen. Ingen rykning til hverdag.',
      en: 'A person whose benefit was reduced and who moves back gets the full benefit again (on application) from the end of the first whole month after moving back. No weekday roll-forward.',
    },
    legalSources: [SOURCES.IL_32_2, SOURCES.SEED_004],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: fullBenefitRestoredDate,
  messages: {
    onTheFirst: {
      da: 'D-MOVE-BACK: tilbageflytningen er den 1.; parameteren firstOfMonthMakesMonthWhole = {firstOfMonthMakesMonthWhole} (fortolkning, som for H-REF) afgør, om den måned tæller som hel.',
      en: 'D-MOVE-BACK: the move back is on the 1st; the parameter firstOfMonthMakesMonthWhole = {firstOfMonthMakesMonthWhole} (interpretation, as for H-REF) decides whether that month counts as whole.',
    },
    restored: {
      da: 'D-MOVE-BACK: flyttet tilbage {back, date, long}; den første hele måned derefter er {month, date, month}, så fuld ydelse udbetales igen (efter ansøgning) fra {restored, date, long} (IL § 32, stk. 2). Datoen rykkes ikke til hverdag.',
      en: 'D-MOVE-BACK: moved back on {back, date, long}; the first whole month after is {month, date, month}, so the full benefit is paid again (on application) from {restored, date, long} (IL § 32 stk. 2). The date is not moved to a weekday.',
    },
  },
})
