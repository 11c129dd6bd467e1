/**
 * The municipality's deadlines that run from the responsibility date or a § 18 takeover (rules.md § 3:
 * D-CONTRACT, D-FIRST-OFFER, D-VISITATION, D-SIX-WEEKS) and the D-PROCESSING target.
 *
 * Counting: "within 1 month" is the same day-of-month in the next month, or that month's last day where
 * it has none (31 Jan → 28/29 Feb; rules.md § 3). Weeks are 7 calendar days. Deadlines are not moved
 * off weekends or helligdage: they bind the municipality, and rules.md gives no roll-forward for them.
 */

import { addDays, addMonthsClamped, type IsoDate } from '../dates.ts'
import type { LocalisedText } from '../rule-definition.ts'
import { checkedDate } from './input.ts'
import { DEFAULT_HANDOVER_PARAMETERS, handoverRule } from './rules.ts'
import { longDate, monthsStep, say } from './text.ts'
import type { Deadline, DeadlineRuleId, DeadlineStart, RuleDate } from './types.ts'

export interface DeadlineStarts {
  responsibilityDate: IsoDate
  /** H-TAKEOVER's effective date: the receiving municipality's own D-CONTRACT runs from it. */
  takeoverEffectiveDate?: IsoDate
  /** The day the most recent company-based offer ended (D-SIX-WEEKS). */
  latestCompanyBasedOfferEndDate?: IsoDate
}

interface Counting {
  id: DeadlineRuleId
  kind: Deadline['kind']
  startDate: IsoDate
  startsFrom: DeadlineStart
  description: LocalisedText
  /** Default false: the deadline is the law's. */
  interpretation?: boolean
}

function afterMonths(c: Counting, months: number): Deadline {
  const { date, clamped } = addMonthsClamped(c.startDate, months)
  return {
    ...c,
    date,
    legalSources: [...handoverRule(c.id).legalSources],
    steps: [monthsStep(c.id, c.startDate, months, date, clamped)],
    interpretation: c.interpretation ?? false,
  }
}

function afterWeeks(c: Counting, weeks: number): Deadline {
  const date = addDays(c.startDate, weeks * 7)
  const s = longDate(c.startDate)
  const r = longDate(date)
  return {
    ...c,
    date,
    legalSources: [...handoverRule(c.id).legalSources],
    interpretation: c.interpretation ?? false,
    steps: [
      say(
        (t) => `${c.id}: ${weeks} uger (${weeks * 7} dage) efter ${t(s)} er ${t(r)}.`,
        (t) => `${c.id}: ${weeks} weeks (${weeks * 7} days) after ${t(s)} is ${t(r)}.`,
      ),
    ],
  }
}

const HEALTH: LocalisedText = {
  da: 'Tilbud om helbredsmæssig vurdering snarest muligt og inden 6 måneder efter overtagelsen af ansvaret (IL § 15 d, stk. 4), når der er behov (kvoteflygtninge: altid).',
  en: 'Offer of a health assessment as soon as possible and within 6 months of taking over responsibility (IL § 15 d stk. 4), where needed (quota refugees: always).',
}

/**
 * D-FOLLOW-UP (interpretation, seed 002): 3 months after the contract; without its date, counted from
 * the latest day the contract may be made (D-CONTRACT), the latest possible follow-up.
 */
function followUp(contract: Deadline): Deadline {
  return afterMonths(
    {
      id: 'D-FOLLOW-UP',
      kind: 'latest',
      startDate: contract.date,
      startsFrom: 'contract_deadline',
      interpretation: true,
      description: {
        da: 'Opfølgning på kontrakten senest 3 måneder efter, at den er indgået; regnet fra kontraktfristen (fortolkning: Københavns måling, seed 002).',
        en: 'Follow-up on the contract within 3 months of making it; counted from the contract deadline (interpretation: Copenhagen’s measure, seed 002).',
      },
    },
    3,
  )
}

/** The deadlines in date order (ties keep rule order). */
export function handoverDeadlines(starts: DeadlineStarts): Deadline[] {
  const start = checkedDate(starts.responsibilityDate, '/responsibilityDate')
  const fromResponsibility = { startDate: start, startsFrom: 'responsibility_date' as const }
  const deadlines: Deadline[] = [
    afterMonths(
      {
        id: 'D-CONTRACT',
        kind: 'latest',
        ...fromResponsibility,
        description: {
          da: 'Kontrakt med personen senest 1 måned efter, at kommunen har overtaget ansvaret (IL § 19).',
          en: 'Contract with the person within 1 month of the municipality taking over responsibility (IL § 19).',
        },
      },
      1,
    ),
    afterWeeks(
      {
        id: 'D-FIRST-OFFER',
        kind: 'target',
        ...fromResponsibility,
        description: {
          da: 'Første virksomhedsrettede tilbud (virksomhedspraktik eller løntilskud) så vidt muligt inden for de første 2 uger (IL § 16).',
          en: 'First company-based offer (work placement or wage subsidy), if possible within the first 2 weeks (IL § 16).',
        },
      },
      2,
    ),
    afterMonths(
      {
        id: 'D-FIRST-OFFER',
        kind: 'latest',
        ...fromResponsibility,
        description: {
          da: 'Første virksomhedsrettede tilbud senest 1 måned efter ansvarets overgang (IL § 16).',
          en: 'First company-based offer at the latest 1 month after responsibility passed (IL § 16).',
        },
      },
      1,
    ),
    afterMonths(
      {
        id: 'D-VISITATION',
        kind: 'latest',
        ...fromResponsibility,
        description: {
          da: 'Personen anses som jobparat de første 3 måneder; senest da vurderer kommunen, om personen er jobparat eller aktivitetsparat (IL § 17).',
          en: 'The person counts as job-ready for the first 3 months; by then the municipality assesses job-ready or activity-ready (IL § 17).',
        },
      },
      3,
    ),
    afterMonths({ id: 'D-HEALTH', kind: 'latest', ...fromResponsibility, description: HEALTH }, 6),
  ]
  deadlines.push(followUp(deadlines[0]!))
  if (starts.takeoverEffectiveDate !== undefined) {
    const takeover = checkedDate(starts.takeoverEffectiveDate, '/takeover')
    deadlines.push(
      afterMonths(
        {
          id: 'D-CONTRACT',
          kind: 'latest',
          startDate: takeover,
          startsFrom: 'takeover_effective_date',
          description: {
            da: 'Tilflytningskommunen indgår kontrakt senest 1 måned efter, at overtagelsen efter § 18 har virkning (IL § 19).',
            en: 'The receiving municipality makes the contract within 1 month of the § 18 takeover taking effect (IL § 19).',
          },
        },
        1,
      ),
    )
    deadlines.push(followUp(deadlines.at(-1)!))
    const fromTakeover = { startDate: takeover, startsFrom: 'takeover_effective_date' as const }
    deadlines.push(
      afterMonths(
        { id: 'D-HEALTH', kind: 'latest', ...fromTakeover, description: HEALTH, interpretation: true },
        6,
      ),
      afterMonths(
        {
          id: 'D-UPSKILLING',
          kind: 'window',
          ...fromTakeover,
          description: {
            da: 'Forberedende forløb mod et virksomhedsrettet tilbud kan gives i op til 6 måneder fra overtagelsens virkningstidspunkt og skal knyttes til en konkret virksomhed (Ankestyrelsen, seed 004).',
            en: 'Preparatory courses towards a company-based offer may be given for up to 6 months from the takeover taking effect and must be tied to a concrete company (Ankestyrelsen, seed 004).',
          },
        },
        6,
      ),
    )
  }
  if (starts.latestCompanyBasedOfferEndDate !== undefined) {
    deadlines.push(
      afterWeeks(
        {
          id: 'D-SIX-WEEKS',
          kind: 'latest',
          startDate: checkedDate(starts.latestCompanyBasedOfferEndDate, '/latestCompanyBasedOfferEndDate'),
          startsFrom: 'latest_company_based_offer_end',
          description: {
            da: 'For en jobparat person: næste virksomhedsrettede tilbud senest 6 uger efter, at det forrige sluttede (IL § 17 a).',
            en: 'For a job-ready person: the next company-based offer at the latest 6 weeks after the previous one ended (IL § 17 a).',
          },
        },
        6,
      ),
    )
  }
  // Stable sort: equal dates keep the order above (contract before first offer).
  return deadlines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

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
  const r = longDate(received)
  const d = longDate(date)
  return {
    date,
    ruleId: 'D-PROCESSING',
    legalSources: [...handoverRule('D-PROCESSING').legalSources],
    steps: [
      say(
        (t) =>
          `D-PROCESSING: kommunens mål er en afgørelse inden for ${targetDays} dage; modtaget ${t(r)}, mål ${t(d)}. Der er ingen lovbestemt frist (fortolkning, parameteren processingTargetDays).`,
        (t) =>
          `D-PROCESSING: the municipality's target is a decision within ${targetDays} days; received ${t(r)}, target ${t(d)}. There is no statutory deadline (interpretation, parameter processingTargetDays).`,
      ),
    ],
  }
}
