/**
 * Dates after the responsibility date: the integration period (H-PERIOD), the effective date of a § 18
 * takeover (H-TAKEOVER) and the return of the full benefit after moving back (D-MOVE-BACK).
 */

import {
  addDays,
  addYears,
  type ClampedDate,
  firstOfMonthAfterFirstWholeMonth,
  type IsoDate,
  parseIsoDate,
} from '../dates.ts'
import type { LocalisedText } from '../rule-definition.ts'
import { checkedDate } from './input.ts'
import {
  type HandoverParameters,
  handoverRule,
  INTEGRATION_PERIOD_5_YEARS_FROM,
  INTEGRATION_PERIOD_YEARS,
  resolveParameters,
} from './rules.ts'
import { longDate, month, say } from './text.ts'
import type { IntegrationPeriod, RuleDate } from './types.ts'

/**
 * H-PERIOD's anniversary, the one copy in the law (the § 18 assessment's G-PERIOD uses it too): the
 * fifth anniversary of `responsibilityDate`, from which the person moves freely. Rounding: 29 February
 * becomes 28 February when the anniversary year has none (always, five years after a leap year).
 */
export function fifthAnniversary(responsibilityDate: IsoDate): ClampedDate {
  return addYears(responsibilityDate, INTEGRATION_PERIOD_YEARS)
}

/** The day the person moves freely (`freeMovementFromDate`): the fifth anniversary. */
export function freeMovementFromDate(responsibilityDate: IsoDate): IsoDate {
  return fifthAnniversary(responsibilityDate).date
}

/** H-PERIOD / G-PERIOD: has the integration period ended on `asOf` (free movement from the anniversary)? */
export function integrationPeriodEnded(responsibilityDate: IsoDate, asOf: IsoDate): boolean {
  return asOf >= freeMovementFromDate(responsibilityDate)
}

/**
 * H-PERIOD: 5 years from the responsibility date. The period's last day is the day before the fifth
 * anniversary; from the anniversary the person moves freely. 29 February counts to 28 February in a
 * common year (stated in the steps). A § 18 takeover does not restart the period.
 */
export function integrationPeriod(responsibilityDate: IsoDate): IntegrationPeriod {
  const start = checkedDate(responsibilityDate, '/responsibilityDate')
  const anniversary = fifthAnniversary(start)
  const endDate = addDays(anniversary.date, -1)
  const s = longDate(start)
  const a = longDate(anniversary.date)
  const e = longDate(endDate)
  const steps: LocalisedText[] = [
    say(
      (t) =>
        `H-PERIOD: integrationsperioden varer ${INTEGRATION_PERIOD_YEARS} år fra ansvarsdatoen ${t(s)}; sidste dag er ${t(e)}, og fra ${t(a)} kan personen flytte frit.`,
      (t) =>
        `H-PERIOD: the integration period lasts ${INTEGRATION_PERIOD_YEARS} years from the responsibility date ${t(s)}; its last day is ${t(e)}, and from ${t(a)} the person moves freely.`,
    ),
  ]
  if (anniversary.clamped) {
    const year = parseIsoDate(anniversary.date).year
    steps.push(
      say(
        (t) => `H-PERIOD: ${year} har ingen 29. februar, så femårsdagen regnes til ${t(a)}.`,
        (t) => `H-PERIOD: ${year} has no 29 February, so the fifth anniversary is taken as ${t(a)}.`,
      ),
    )
  }
  if (start < INTEGRATION_PERIOD_5_YEARS_FROM) {
    steps.push(
      say(
        () =>
          `H-PERIOD: ansvarsdatoen ligger før 1. juli 2016, da introduktionsprogrammet varede op til 3 år; de ${INTEGRATION_PERIOD_YEARS} år er den nuværende regel og kan afvige fra, hvad der gjaldt dengang.`,
        () =>
          `H-PERIOD: the responsibility date is before 1 July 2016, when the introduction programme lasted up to 3 years; the ${INTEGRATION_PERIOD_YEARS} years are the current rule and may differ from what applied then.`,
      ),
    )
  }
  return {
    startDate: start,
    endDate,
    freeMovementFromDate: anniversary.date,
    ruleId: 'H-PERIOD',
    legalSources: [...handoverRule('H-PERIOD').legalSources],
    steps,
  }
}

/**
 * H-TAKEOVER: a person who moves after the § 18 approval is taken over from the move-in date; one who
 * had already moved, from the approval date (interpretation, parameter takeoverAfterEarlierMoveFrom).
 * A move on the approval day gives that day either way.
 */
export function takeoverEffectiveDate(approvalDate: IsoDate, moveDate: IsoDate): RuleDate {
  const approval = checkedDate(approvalDate, '/takeover/approvalDate')
  const move = checkedDate(moveDate, '/takeover/moveDate')
  const a = longDate(approval)
  const m = longDate(move)
  const movesAfter = move >= approval
  const steps: LocalisedText[] = [
    movesAfter
      ? say(
          (t) =>
            `H-TAKEOVER: personen flytter ${t(m)}, efter tilsagnet ${t(a)}, så overtagelsen har virkning fra tilflytningsdatoen ${t(m)} (Ankestyrelsen, seeds 003 og 004).`,
          (t) =>
            `H-TAKEOVER: the person moves on ${t(m)}, after the approval on ${t(a)}, so the takeover takes effect from the move-in date ${t(m)} (Ankestyrelsen, seeds 003 and 004).`,
        )
      : say(
          (t) =>
            `H-TAKEOVER: personen var allerede flyttet (${t(m)}), da tilsagnet blev givet ${t(a)}, så overtagelsen har virkning fra tilsagnsdatoen ${t(a)} (fortolkning, parameteren takeoverAfterEarlierMoveFrom = approval_date).`,
          (t) =>
            `H-TAKEOVER: the person had already moved (${t(m)}) when the takeover was approved on ${t(a)}, so it takes effect from the approval date ${t(a)} (interpretation, parameter takeoverAfterEarlierMoveFrom = approval_date).`,
        ),
    say(
      () => 'H-PERIOD: en overtagelse efter § 18 starter ikke integrationsperioden forfra.',
      () => 'H-PERIOD: a § 18 takeover does not restart the integration period.',
    ),
  ]
  return {
    date: movesAfter ? move : approval,
    ruleId: 'H-TAKEOVER',
    legalSources: [...handoverRule('H-TAKEOVER').legalSources],
    steps,
  }
}

/**
 * D-MOVE-BACK (IL § 32 stk. 2): after moving back, the full benefit is paid again (on application) from
 * the end of the first whole month after the move back: moved back 15 June → 1 August. Unlike H-REF
 * there is no weekday roll-forward: a benefit period starts on the 1st whatever day that is.
 */
export function fullBenefitRestoredDate(
  movedBackDate: IsoDate,
  parameters: Partial<Pick<HandoverParameters, 'firstOfMonthMakesMonthWhole'>> = {},
): RuleDate {
  const back = checkedDate(movedBackDate, '/movedBackDate')
  const { firstOfMonthMakesMonthWhole } = resolveParameters(parameters)
  const counted = firstOfMonthAfterFirstWholeMonth(back, { firstOfMonthMakesMonthWhole })
  const b = longDate(back)
  const m = month(counted.wholeMonth)
  const r = longDate(counted.date)
  const steps: LocalisedText[] = []
  if (parseIsoDate(back).day === 1) {
    steps.push(
      say(
        () =>
          `D-MOVE-BACK: tilbageflytningen er den 1.; parameteren firstOfMonthMakesMonthWhole = ${firstOfMonthMakesMonthWhole} (fortolkning, som for H-REF) afgør, om den måned tæller som hel.`,
        () =>
          `D-MOVE-BACK: the move back is on the 1st; the parameter firstOfMonthMakesMonthWhole = ${firstOfMonthMakesMonthWhole} (interpretation, as for H-REF) decides whether that month counts as whole.`,
      ),
    )
  }
  steps.push(
    say(
      (t) =>
        `D-MOVE-BACK: flyttet tilbage ${t(b)}; den første hele måned derefter er ${t(m)}, så fuld ydelse udbetales igen (efter ansøgning) fra ${t(r)} (IL § 32, stk. 2). Datoen rykkes ikke til hverdag.`,
      (t) =>
        `D-MOVE-BACK: moved back on ${t(b)}; the first whole month after is ${t(m)}, so the full benefit is paid again (on application) from ${t(r)} (IL § 32 stk. 2). The date is not moved to a weekday.`,
    ),
  )
  return {
    date: counted.date,
    ruleId: 'D-MOVE-BACK',
    legalSources: [...handoverRule('D-MOVE-BACK').legalSources],
    steps,
  }
}
