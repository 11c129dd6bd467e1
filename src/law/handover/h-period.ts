/**
 * H-PERIOD (IL § 16): the integration period lasts 5 years from the responsibility date; from the fifth
 * anniversary the person moves freely. A § 18 takeover does not restart it. The anniversary here is the
 * law's one copy: the § 18 assessment's G-PERIOD uses it too (../takeover/period.ts).
 */

import { addDays, addYears, type ClampedDate, type IsoDate, parseIsoDate } from '../dates.ts'
import { LEGAL_BASIS, SOURCES } from '../rule-definition.ts'
import { calendarDay, defineRule } from '../rule-module.ts'
import { checkedDate } from './input.ts'
import type { IntegrationPeriod, Step } from './types.ts'

/** H-PERIOD: 5 years since 1 July 2016 (before: an introduction programme of up to 3 years). */
export const INTEGRATION_PERIOD_YEARS = 5
export const INTEGRATION_PERIOD_5_YEARS_FROM = '2016-07-01'

/**
 * The fifth anniversary of `responsibilityDate`. Rounding: 29 February becomes 28 February when the
 * anniversary year has none (always, five years after a leap year).
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
  const values = {
    start: calendarDay(start),
    anniversary: calendarDay(anniversary.date),
    end: calendarDay(endDate),
    year: parseIsoDate(anniversary.date).year,
  }
  const steps: Step[] = [{ ruleId: 'H-PERIOD', code: 'lasts', values }]
  if (anniversary.clamped) steps.push({ ruleId: 'H-PERIOD', code: 'noLeapDay', values })
  if (start < INTEGRATION_PERIOD_5_YEARS_FROM) steps.push({ ruleId: 'H-PERIOD', code: 'before2016' })
  return {
    startDate: start,
    endDate,
    freeMovementFromDate: anniversary.date,
    ruleId: 'H-PERIOD',
    legalSources: [...H_PERIOD.definition.legalSources],
    steps,
  }
}

const YEARS = INTEGRATION_PERIOD_YEARS

export const H_PERIOD = defineRule({
  definition: {
    id: 'H-PERIOD',
    title: { da: 'Integrationsperioden', en: 'The integration period' },
    decides: {
      da: `Integrationsperioden varer ${YEARS} år fra ansvarsdatoen; derefter kan personen flytte frit. En overtagelse efter § 18 starter ikke perioden forfra.`,
      en: `The integration period lasts ${YEARS} years from the responsibility date; afterwards the person moves freely. A § 18 takeover does not restart it.`,
    },
    legalSources: [SOURCES.IL_16, SOURCES.SEED_001, SOURCES.SEED_004],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: integrationPeriod,
  messages: {
    lasts: {
      da: `H-PERIOD: integrationsperioden varer ${YEARS} år fra ansvarsdatoen {start, date, long}; sidste dag er {end, date, long}, og fra {anniversary, date, long} kan personen flytte frit.`,
      en: `H-PERIOD: the integration period lasts ${YEARS} years from the responsibility date {start, date, long}; its last day is {end, date, long}, and from {anniversary, date, long} the person moves freely.`,
    },
    /** values: year (the anniversary's, a plain number), anniversary */
    noLeapDay: {
      da: 'H-PERIOD: {year} har ingen 29. februar, så femårsdagen regnes til {anniversary, date, long}.',
      en: 'H-PERIOD: {year} has no 29 February, so the fifth anniversary is taken as {anniversary, date, long}.',
    },
    before2016: {
      da: `H-PERIOD: ansvarsdatoen ligger før 1. juli 2016, da introduktionsprogrammet varede op til 3 år; de ${YEARS} år er den nuværende regel og kan afvige fra, hvad der gjaldt dengang.`,
      en: `H-PERIOD: the responsibility date is before 1 July 2016, when the introduction programme lasted up to 3 years; the ${YEARS} years are the current rule and may differ from what applied then.`,
    },
    noRestart: {
      da: 'H-PERIOD: en overtagelse efter § 18 starter ikke integrationsperioden forfra.',
      en: 'H-PERIOD: a § 18 takeover does not restart the integration period.',
    },
  },
})
