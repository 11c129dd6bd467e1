/**
 * H-TAKEOVER (IL § 18 stk. 1; Ankestyrelsen, seeds 003 and 004): when a § 18 takeover takes effect.
 */

import type { IsoDate } from '../dates.ts'
import { LEGAL_BASIS, SOURCES } from '../rule-definition.ts'
import { calendarDay, defineRule } from '../rule-module.ts'
import { checkedDate } from './input.ts'
import { parameter } from './parameters.ts'
import type { RuleDate } from './types.ts'

/**
 * H-TAKEOVER: a person who moves after the § 18 approval is taken over from the move-in date; one who
 * had already moved, from the approval date (interpretation, parameter takeoverAfterEarlierMoveFrom).
 * A move on the approval day gives that day either way.
 */
export function takeoverEffectiveDate(approvalDate: IsoDate, moveDate: IsoDate): RuleDate {
  const approval = checkedDate(approvalDate, '/takeover/approvalDate')
  const move = checkedDate(moveDate, '/takeover/moveDate')
  const movesAfter = move >= approval
  const values = { approval: calendarDay(approval), move: calendarDay(move) }
  return {
    date: movesAfter ? move : approval,
    ruleId: 'H-TAKEOVER',
    legalSources: [...H_TAKEOVER.definition.legalSources],
    steps: [
      { ruleId: 'H-TAKEOVER', code: movesAfter ? 'movesAfterApproval' : 'movedBeforeApproval', values },
      { ruleId: 'H-PERIOD', code: 'noRestart' },
    ],
  }
}

export const H_TAKEOVER = defineRule({
  definition: {
    id: 'H-TAKEOVER',
    title: { da: 'Virkningstidspunkt for overtagelse efter § 18', en: 'Effective date of a § 18 takeover' },
    decides: {
      da: 'Flytter personen efter tilsagnet, har overtagelsen virkning fra tilflytningsdatoen; var personen allerede flyttet, fra tilsagnsdatoen (fortolkning).',
      en: 'If the person moves after the approval, the takeover takes effect from the move-in date; if they had already moved, from the approval date (interpretation).',
    },
    legalSources: [SOURCES.IL_18_1, SOURCES.SEED_003, SOURCES.SEED_004],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    parameters: [parameter('takeoverAfterEarlierMoveFrom')],
  },
  evaluate: takeoverEffectiveDate,
  messages: {
    movesAfterApproval: {
      da: 'H-TAKEOVER: personen flytter {move, date, long}, efter tilsagnet {approval, date, long}, så overtagelsen har virkning fra tilflytningsdatoen {move, date, long} (Ankestyrelsen, seeds 003 og 004).',
      en: 'H-TAKEOVER: the person moves on {move, date, long}, after the approval on {approval, date, long}, so the takeover takes effect from the move-in date {move, date, long} (Ankestyrelsen, seeds 003 and 004).',
    },
    movedBeforeApproval: {
      da: 'H-TAKEOVER: personen var allerede flyttet ({move, date, long}), da tilsagnet blev givet {approval, date, long}, så overtagelsen har virkning fra tilsagnsdatoen {approval, date, long} (fortolkning, parameteren takeoverAfterEarlierMoveFrom = approval_date).',
      en: 'H-TAKEOVER: the person had already moved ({move, date, long}) when the takeover was approved on {approval, date, long}, so it takes effect from the approval date {approval, date, long} (interpretation, parameter takeoverAfterEarlierMoveFrom = approval_date).',
    },
  },
})
