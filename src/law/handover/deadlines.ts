/**
 * The municipality's deadlines that run from the responsibility date or a § 18 takeover (rules.md § 3:
 * D-CONTRACT, D-FIRST-OFFER, D-VISITATION, D-SIX-WEEKS, D-HEALTH, D-FOLLOW-UP, D-UPSKILLING), each
 * counted by its own module (../duties/d-*.ts; counting: ../duties/counting.ts).
 */

import { compareDates, type IsoDate } from '../dates.ts'
import type { DeadlineRuleId } from '../duties/catalogue.ts'
import { countingStep, dueAfter, type Period } from '../duties/counting.ts'
import { CONTRACT_PERIOD, D_CONTRACT } from '../duties/d-contract.ts'
import {
  D_FIRST_OFFER,
  FIRST_OFFER_LATEST_PERIOD,
  FIRST_OFFER_TARGET_PERIOD,
} from '../duties/d-first-offer.ts'
import { D_FOLLOW_UP, FOLLOW_UP_PERIOD } from '../duties/d-follow-up.ts'
import { D_HEALTH, HEALTH_PERIOD } from '../duties/d-health.ts'
import { D_SIX_WEEKS, SIX_WEEKS_PERIOD } from '../duties/d-six-weeks.ts'
import { D_UPSKILLING, UPSKILLING_PERIOD } from '../duties/d-upskilling.ts'
import { D_VISITATION, VISITATION_PERIOD } from '../duties/d-visitation.ts'
import type { RuleModule } from '../rule-module.ts'
import { checkedDate } from './input.ts'
import type { Deadline as AnyDeadline, DeadlineStart } from './types.ts'

export { DEADLINE_RULE_IDS, type DeadlineRuleId } from '../duties/catalogue.ts'
export { processingTargetDate } from '../duties/d-processing.ts'
export type Deadline = AnyDeadline<DeadlineRuleId>

export interface DeadlineStarts {
  responsibilityDate: IsoDate
  /** H-TAKEOVER's effective date: the receiving municipality's own D-CONTRACT runs from it. */
  takeoverEffectiveDate?: IsoDate
  /** The day the most recent company-based offer ended (D-SIX-WEEKS). */
  latestCompanyBasedOfferEndDate?: IsoDate
}

interface Counting {
  rule: RuleModule<DeadlineRuleId>
  kind: Deadline['kind']
  startDate: IsoDate
  startsFrom: DeadlineStart
  /** The message of the rule that describes this deadline. */
  description: string
  /** Default false: the deadline is the law's. */
  interpretation?: boolean
}

function counted({ rule, description, interpretation, ...c }: Counting, period: Period): Deadline {
  const id = rule.definition.id
  const date = dueAfter(c.startDate, period)
  // Key order as the answers have always had it (the OpenAPI examples are generated from them).
  return {
    id,
    ...c,
    ...(interpretation === undefined ? {} : { interpretation }),
    date,
    description: { ruleId: id, code: description },
    legalSources: [...rule.definition.legalSources],
    steps: [countingStep(id, c.startDate, period)],
    interpretation: interpretation ?? false,
  }
}

/**
 * D-FOLLOW-UP (interpretation, seed 002): 3 months after the contract; without its date, counted from
 * the latest day the contract may be made (D-CONTRACT), the latest possible follow-up.
 */
function followUp(contract: Deadline): Deadline {
  return counted(
    {
      rule: D_FOLLOW_UP,
      kind: 'latest',
      startDate: contract.date,
      startsFrom: 'contract_deadline',
      interpretation: true,
      description: 'fromContractDeadline',
    },
    FOLLOW_UP_PERIOD,
  )
}

/** The deadlines in date order (ties keep rule order). */
export function handoverDeadlines(starts: DeadlineStarts): Deadline[] {
  const start = checkedDate(starts.responsibilityDate, '/responsibilityDate')
  const fromResponsibility = { startDate: start, startsFrom: 'responsibility_date' as const }
  const latest = { kind: 'latest' as const, ...fromResponsibility }
  const deadlines: Deadline[] = [
    counted({ rule: D_CONTRACT, ...latest, description: 'fromResponsibility' }, CONTRACT_PERIOD),
    counted(
      { rule: D_FIRST_OFFER, kind: 'target', ...fromResponsibility, description: 'target' },
      FIRST_OFFER_TARGET_PERIOD,
    ),
    counted({ rule: D_FIRST_OFFER, ...latest, description: 'latest' }, FIRST_OFFER_LATEST_PERIOD),
    counted({ rule: D_VISITATION, ...latest, description: 'description' }, VISITATION_PERIOD),
    counted({ rule: D_HEALTH, ...latest, description: 'description' }, HEALTH_PERIOD),
  ]
  deadlines.push(followUp(deadlines[0]!))
  if (starts.takeoverEffectiveDate !== undefined) {
    const takeover = checkedDate(starts.takeoverEffectiveDate, '/takeover')
    const fromTakeover = { startDate: takeover, startsFrom: 'takeover_effective_date' as const }
    deadlines.push(
      counted(
        { rule: D_CONTRACT, kind: 'latest', ...fromTakeover, description: 'fromTakeover' },
        CONTRACT_PERIOD,
      ),
    )
    deadlines.push(followUp(deadlines.at(-1)!))
    deadlines.push(
      counted(
        { rule: D_HEALTH, kind: 'latest', ...fromTakeover, description: 'description', interpretation: true },
        HEALTH_PERIOD,
      ),
      counted(
        { rule: D_UPSKILLING, kind: 'window', ...fromTakeover, description: 'fromTakeover' },
        UPSKILLING_PERIOD,
      ),
    )
  }
  if (starts.latestCompanyBasedOfferEndDate !== undefined) {
    deadlines.push(
      counted(
        {
          rule: D_SIX_WEEKS,
          kind: 'latest',
          startDate: checkedDate(starts.latestCompanyBasedOfferEndDate, '/latestCompanyBasedOfferEndDate'),
          startsFrom: 'latest_company_based_offer_end',
          description: 'description',
        },
        SIX_WEEKS_PERIOD,
      ),
    )
  }
  // Stable sort: equal dates keep the order above (contract before first offer).
  return deadlines.sort((a, b) => compareDates(a.date, b.date))
}
