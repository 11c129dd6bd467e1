/**
 * D-PROCESSING (interpretation; Ankestyrelsen, seed 003): the municipality's own target for deciding a
 * § 18 application. There is no statutory deadline; never presented as law.
 */

import { addDays, type IsoDate } from '../dates.ts'
import { checkedDate } from '../handover/input.ts'
import { DEFAULT_HANDOVER_PARAMETERS, parameter } from '../handover/parameters.ts'
import type { RuleDate } from '../handover/types.ts'
import { LEGAL_BASIS, SOURCES } from '../rule-definition.ts'
import { calendarDay, defineRule } from '../rule-module.ts'

/**
 * D-PROCESSING: the municipality's own target date for deciding a § 18 application received on
 * `receivedDate`. Not a statutory deadline (interpretation; default 30 days).
 */
export function processingTargetDate(
  receivedDate: IsoDate,
  targetDays: number = DEFAULT_HANDOVER_PARAMETERS.processingTargetDays,
): RuleDate {
  const received = checkedDate(receivedDate, '/receivedDate')
  const date = addDays(received, targetDays)
  return {
    date,
    ruleId: 'D-PROCESSING',
    legalSources: [...D_PROCESSING.definition.legalSources],
    steps: [
      {
        ruleId: 'D-PROCESSING',
        code: 'target',
        values: { days: targetDays, received: calendarDay(received), target: calendarDay(date) },
      },
    ],
  }
}

export const D_PROCESSING = defineRule({
  definition: {
    id: 'D-PROCESSING',
    title: { da: 'Mål for sagsbehandlingstid (§ 18)', en: 'Processing-time target (§ 18)' },
    decides: {
      da: 'Der er ingen lovbestemt frist for afgørelse af en § 18-ansøgning; kommunens eget mål bruges til opfølgning.',
      en: "There is no statutory deadline for deciding a § 18 application; the municipality's own target is used for tracking.",
    },
    legalSources: [SOURCES.SEED_003],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    parameters: [parameter('processingTargetDays')],
  },
  evaluate: processingTargetDate,
  messages: {
    /** values: days (plain number), received, target */
    target: {
      da: 'D-PROCESSING: kommunens mål er en afgørelse inden for {days} dage; modtaget {received, date, long}, mål {target, date, long}. Der er ingen lovbestemt frist (fortolkning, parameteren processingTargetDays).',
      en: "D-PROCESSING: the municipality's target is a decision within {days} days; received {received, date, long}, target {target, date, long}. There is no statutory deadline (interpretation, parameter processingTargetDays).",
    },
    /** values: days */
    noStatutoryDeadline: {
      da: 'D-PROCESSING: der er ingen lovbestemt frist for afgørelse af en § 18-ansøgning; tjenesten følger kommunens mål på {days} dage (fortolkning, ikke lov).',
      en: "D-PROCESSING: there is no statutory deadline for deciding a § 18 application; the service tracks the municipality's target of {days} days (interpretation, not law).",
    },
  },
})
