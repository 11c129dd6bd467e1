/**
 * The deadlines of one approved takeover and their state on a given day (rules.md §§ 3 and 7). Pure:
 * the takeover's effective date and the application's current milestones (superseded ones removed) in,
 * the deadlines out. Due dates depend only on the effective date and, for D-CONTRACT-GOAL, D-FOLLOW-UP
 * and D-SIX-WEEKS, on the milestone that starts them — never on the milestone that meets them.
 *
 * Each due date is its rule's own (d-*.ts; counting.ts: calendar months clamped to the month's last
 * day, weeks of 7 days, no roll-forward off weekends or helligdage).
 */

import { dayNumber, type IsoDate } from '../dates.ts'
import type { DutyDeadlineId } from './catalogue.ts'
import { contractDue } from './d-contract.ts'
import { contractGoalDue } from './d-contract-goal.ts'
import { firstOfferDue } from './d-first-offer.ts'
import { followUpDue } from './d-follow-up.ts'
import { healthOfferDue } from './d-health.ts'
import { nextOfferDue } from './d-six-weeks.ts'
import { upskillingWindowEnd } from './d-upskilling.ts'
import { visitationDue } from './d-visitation.ts'
import type { DeadlineState, MilestoneType } from './vocabulary.ts'

export interface CurrentMilestone {
  id: string
  type: MilestoneType
  date: IsoDate
}

export interface DutyDeadline {
  deadlineId: DutyDeadlineId
  /** The n-th deadline of its id on the application (D-SIX-WEEKS repeats after each offer); 0 otherwise. */
  sequence: number
  dueDate: IsoDate
  startDate: IsoDate
  /** The milestone that met it, if any (met on its date). */
  metBy?: CurrentMilestone
  interpretation: boolean
  /** A window (D-UPSKILLING), not a duty: `open` while it runs, `overdue` once closed; never met. */
  window: boolean
}

/** Earliest first; on the same day by id, so the order the milestones come in does not matter. */
const byDate = (a: CurrentMilestone, b: CurrentMilestone) =>
  dayNumber(a.date) - dayNumber(b.date) ||
  // Stryker disable next-line EqualityOperator: `<=` is equivalent because milestone ids are unique (primary keys); the reversed order (`>=`) is proven wrong by schedule.test.ts ("on the same day the lowest id")
  (a.id < b.id ? -1 : 1)

export function dutyDeadlines(
  takeoverEffectiveDate: IsoDate,
  milestones: readonly CurrentMilestone[],
): DutyDeadline[] {
  const sorted = [...milestones].sort(byDate)
  const first = (type: MilestoneType, notBefore?: IsoDate) =>
    sorted.find((m) => m.type === type && (notBefore === undefined || m.date >= notBefore))
  const E = takeoverEffectiveDate
  const deadline = (
    deadlineId: DutyDeadlineId,
    startDate: IsoDate,
    dueDate: IsoDate,
    metBy: CurrentMilestone | undefined,
    interpretation: boolean,
    sequence = 0,
  ): DutyDeadline => ({
    deadlineId,
    sequence,
    startDate,
    dueDate,
    ...(metBy ? { metBy } : {}),
    interpretation,
    window: false,
  })

  const contract = first('contract_signed')
  const deadlines: DutyDeadline[] = [
    // IL § 19: also the receiving municipality, within 1 month of the takeover.
    deadline('D-CONTRACT', E, contractDue(E), contract, false),
    deadline('D-FIRST-OFFER', E, firstOfferDue(E).latest, first('first_company_offer'), true),
    deadline('D-VISITATION', E, visitationDue(E), first('readiness_assessed'), true),
    deadline('D-HEALTH', E, healthOfferDue(E), first('health_assessment_offered'), true),
    {
      ...deadline('D-UPSKILLING', E, upskillingWindowEnd(E), undefined, false),
      window: true,
    },
  ]
  if (contract) {
    // D-CONTRACT-GOAL: a content check of the contract, due with it.
    deadlines.push(
      deadline(
        'D-CONTRACT-GOAL',
        contract.date,
        contractGoalDue(contract.date),
        first('contract_goal_stated'),
        false,
      ),
    )
    deadlines.push(
      deadline(
        'D-FOLLOW-UP',
        contract.date,
        followUpDue(contract.date),
        first('contract_followed_up', contract.date),
        true,
      ),
    )
  }
  // D-SIX-WEEKS: after each company-based offer the next one within 6 weeks (counted from the recorded
  // offer date: the end of an offer is not recorded, an interpretation).
  const offers = sorted.filter((m) => m.type === 'first_company_offer' || m.type === 'company_offer')
  // The offers are in date order, so the first one dated after this offer is the next.
  offers.forEach((offer, i) => {
    const next = offers.find((m) => m.date > offer.date)
    deadlines.push(deadline('D-SIX-WEEKS', offer.date, nextOfferDue(offer.date), next, true, i))
  })
  // Stable: deadlines due the same day keep the order above.
  return deadlines.sort((a, b) => dayNumber(a.dueDate) - dayNumber(b.dueDate))
}

/**
 * The state of a deadline on `day`: met (on or before the due date) or met_late by a milestone dated on
 * or before `day`; otherwise open until and including the due date, overdue after it.
 */
export function deadlineState(
  deadline: Pick<DutyDeadline, 'dueDate' | 'metBy'>,
  day: IsoDate,
): DeadlineState {
  const met = deadline.metBy && deadline.metBy.date <= day ? deadline.metBy.date : undefined
  if (met !== undefined) return met <= deadline.dueDate ? 'met' : 'met_late'
  return day <= deadline.dueDate ? 'open' : 'overdue'
}
