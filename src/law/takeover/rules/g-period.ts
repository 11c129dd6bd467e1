/**
 * G-PERIOD (rules.md § 2): an application only makes sense within the integration period, 5 years from
 * the responsibility date. When the responsibility date is known every answer notes the period; when it
 * has ended on `asOf` the outcome is `not_obligated` (no takeover is needed: the person moves freely),
 * with each ground still evaluated and explained for the caseworker.
 */
import { InvalidInput } from '../../../errors.ts'
import { handoverRule } from '../../handover/catalogue.ts'
import { LEGAL_BASIS, requireLegalBasis, SOURCES } from '../../rule-definition.ts'
import { defineRule, type Finding } from '../../rule-module.ts'
import type { IntegrationPeriod, TakeoverAssessmentRequest } from '../grounds.ts'
import { freeMovementFromDate, isIsoDate } from '../period.ts'

/** The integration period on `asOf`, when the request gives the responsibility date. */
export function integrationPeriod(
  request: TakeoverAssessmentRequest,
  asOf: string,
): IntegrationPeriod | undefined {
  const { applicant } = request
  if (applicant?.responsibilityDate === undefined) return undefined
  const { responsibilityDate } = applicant
  if (!isIsoDate(responsibilityDate)) {
    throw new InvalidInput('/applicant/responsibilityDate', 'responsibilityDate must be a date YYYY-MM-DD')
  }
  // Issue 14: the category's act must have existed on the responsibility date (H-UKR: særloven).
  const ruleId = applicant.category === 'ukrainian_displaced' ? 'H-UKR' : 'H-REF'
  const act = ruleId === 'H-UKR' ? LEGAL_BASIS.UKRAINE_SPECIAL_ACT.act : LEGAL_BASIS.INTEGRATION_ACT.act
  requireLegalBasis(handoverRule(ruleId), act, responsibilityDate, '/applicant/responsibilityDate')
  const freeMovementFrom = freeMovementFromDate(responsibilityDate)
  return { responsibilityDate, freeMovementFrom, ended: asOf >= freeMovementFrom }
}

/** The note on the period, running or ended. */
export function periodNote(period: IntegrationPeriod): Finding {
  const { responsibilityDate, freeMovementFrom, ended } = period
  return {
    ruleId: 'G-PERIOD',
    code: ended ? 'ended' : 'running',
    values: { responsibilityDate, freeMovementFrom },
  }
}

/** The outcome's wording when the period has ended. */
export function periodEndedOutcome(period: IntegrationPeriod): Finding {
  return { ruleId: 'G-PERIOD', code: 'outcome_ended', values: { freeMovementFrom: period.freeMovementFrom } }
}

export const gPeriod = defineRule({
  definition: {
    id: 'G-PERIOD',
    title: { da: 'Kun inden for integrationsperioden', en: 'Only within the integration period' },
    decides: {
      da: 'En ansøgning giver kun mening i integrationsperioden (5 år fra ansvarsdatoen); fra 5-årsdagen kan personen flytte frit.',
      en: 'An application only makes sense within the integration period (5 years from the responsibility date); from the fifth anniversary the person moves freely.',
    },
    legalSources: [SOURCES.IL_16, SOURCES.SEED_004],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: integrationPeriod,
  messages: {
    running: {
      da: 'Integrationsperioden løber 5 år fra ansvarsdatoen {responsibilityDate}; fra {freeMovementFrom} kan personen flytte frit. En overtagelse efter § 18 genstarter ikke perioden.',
      en: 'The integration period runs 5 years from the responsibility date {responsibilityDate}; from {freeMovementFrom} the person moves freely. A takeover under section 18 does not restart the period.',
    },
    ended: {
      da: 'Integrationsperioden på 5 år fra ansvarsdatoen {responsibilityDate} er udløbet; personen kan flytte frit fra {freeMovementFrom} uden at søge om overtagelse. De enkelte forhold er vurderet til orientering, men udfaldet er "ikke forpligtet", fordi en overtagelse ikke er nødvendig.',
      en: 'The integration period of 5 years from the responsibility date {responsibilityDate} has ended; the person moves freely from {freeMovementFrom} without applying for a takeover. The grounds are assessed for information, but the outcome is "not obligated" because no takeover is needed.',
    },
    outcome_ended: {
      da: 'Integrationsperioden er udløbet: personen kan flytte frit fra {freeMovementFrom}, og der skal ikke træffes afgørelse om overtagelse af integrationsansvaret efter integrationslovens § 18 (G-PERIOD).',
      en: 'The integration period has ended: the person moves freely from {freeMovementFrom}, and no takeover under section 18 of the Integration Act is needed (G-PERIOD).',
    },
  },
})
