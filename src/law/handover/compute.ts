/**
 * `POST /v1/handover-dates` as a pure function: the responsibility date, the integration period, a § 18
 * takeover's effective date, the return of the full benefit after moving back, the deadlines, and a
 * step-by-step explanation (rules.md § 3) — as language-neutral findings (`evaluateHandoverDates`),
 * rendered in the requested language at the edge (render.ts; `computeHandoverDates` does both).
 */

import { ContradictoryInput } from '../../errors.ts'
import { type IsoDate, todayInDenmark } from '../dates.ts'
import { fullBenefitRestoredDate } from '../duties/d-move-back.ts'
import { type Language, type LegalSource, RULES_VERSION } from '../rule-definition.ts'
import type { ApplicantCategory } from '../vocabulary.ts'
import type { ResponsibilityRuleId } from './catalogue.ts'
import { type Deadline, handoverDeadlines } from './deadlines.ts'
import { integrationPeriod } from './h-period.ts'
import { takeoverEffectiveDate } from './h-takeover.ts'
import { checkedDate, optionalDate } from './input.ts'
import {
  describeParameters,
  type HandoverParameters,
  resolveParameters,
  type UsedParameter,
} from './parameters.ts'
import { renderStep, renderSteps } from './render.ts'
import { responsibilityDate } from './responsibility.ts'
import type { HandoverFacts, ResponsibilityBasis, ResponsibilityDate, RuleDate, Step } from './types.ts'

export interface HandoverDatesOptions {
  language: Language
  /** The date the rules are evaluated on (api.md `asOf`); default today in Denmark. */
  asOf?: IsoDate
  /** Overrides of the interpretation parameters (e.g. a municipality's D-PROCESSING target). */
  parameters?: Partial<HandoverParameters>
}

export interface DatedAnswer {
  date: IsoDate
  ruleId: string
  legalSources: LegalSource[]
}

/** The answer before rendering: the explanation and the deadlines' descriptions as findings. */
export interface HandoverDateFindings extends Omit<HandoverDates, 'deadlines' | 'explanation'> {
  deadlines: (Omit<Deadline, 'steps'> & { description: Step })[]
  explanation: Step[]
}

export interface HandoverDates {
  category: ApplicantCategory
  asOf: IsoDate
  responsibilityDate: DatedAnswer & {
    ruleId: ResponsibilityRuleId
    basis: ResponsibilityBasis
    basisDate: IsoDate
  }
  integrationPeriodEndDate: IsoDate
  freeMovementFromDate: IsoDate
  takeoverEffectiveDate?: DatedAnswer
  fullBenefitFromDate?: DatedAnswer
  deadlines: (Omit<Deadline, 'description' | 'steps'> & { description: string })[]
  explanation: string[]
  parameters: UsedParameter[]
  rulesVersion: string
}

const answer = ({ date, ruleId, legalSources }: RuleDate): DatedAnswer => ({ date, ruleId, legalSources })

function conflict(pointer: string, message: string): never {
  throw new ContradictoryInput(pointer, message)
}

/** The dates in the requested language: `evaluateHandoverDates`, rendered (render.ts). */
export function computeHandoverDates(facts: HandoverFacts, options: HandoverDatesOptions): HandoverDates {
  return renderHandoverDates(evaluateHandoverDates(facts, options), options.language)
}

/** The answer in `language`: the explanation and the deadlines' descriptions rendered (at the edge). */
export function renderHandoverDates(result: HandoverDateFindings, language: Language): HandoverDates {
  return {
    ...result,
    deadlines: result.deadlines.map(({ description, ...d }) => ({
      ...d,
      description: renderStep(description, language),
    })),
    explanation: renderSteps(result.explanation, language),
  }
}

/** The dates with a language-neutral explanation (rule ids, message codes, values). */
export function evaluateHandoverDates(
  facts: HandoverFacts,
  options: Omit<HandoverDatesOptions, 'language'>,
): HandoverDateFindings {
  const asOf = options.asOf === undefined ? todayInDenmark() : checkedDate(options.asOf, '/asOf')
  const parameters = resolveParameters(options.parameters)
  const responsibility = responsibilityDate(facts, { parameters })
  const period = integrationPeriod(responsibility.date)
  const steps: Step[] = [...responsibility.steps, ...period.steps]

  const takeover =
    facts.takeover && checkTakeover(facts.takeover, responsibility, period.freeMovementFromDate)
  if (takeover) steps.push(...takeover.steps)

  let fullBenefit: RuleDate | undefined
  const movedBack = optionalDate(facts.movedBackDate, '/movedBackDate')
  if (movedBack !== undefined) {
    if (movedBack < responsibility.date) {
      conflict(
        '/movedBackDate',
        `movedBackDate (${movedBack}) is before the responsibility date (${responsibility.date}): D-MOVE-BACK concerns a move back after a move made during the integration period.`,
      )
    }
    if (facts.takeover && movedBack <= facts.takeover.moveDate) {
      conflict(
        '/movedBackDate',
        `movedBackDate (${movedBack}) is not after takeover.moveDate (${facts.takeover.moveDate}): a person can only move back after moving.`,
      )
    }
    fullBenefit = fullBenefitRestoredDate(movedBack, parameters)
    steps.push(...fullBenefit.steps)
  }

  const offerEnd = optionalDate(facts.latestCompanyBasedOfferEndDate, '/latestCompanyBasedOfferEndDate')
  // No offer end given: nothing to check.
  if ((offerEnd ?? responsibility.date) < responsibility.date) {
    conflict(
      '/latestCompanyBasedOfferEndDate',
      `latestCompanyBasedOfferEndDate (${offerEnd}) is before the responsibility date (${responsibility.date}): company-based offers under IL start once the municipality holds the responsibility.`,
    )
  }
  const deadlines = handoverDeadlines({
    responsibilityDate: responsibility.date,
    takeoverEffectiveDate: takeover?.date,
    latestCompanyBasedOfferEndDate: offerEnd,
  })
  steps.push({ ruleId: '', code: 'deadlinesCounting' }, ...deadlines.flatMap((d) => d.steps))
  if (offerEnd === undefined) steps.push({ ruleId: 'D-SIX-WEEKS', code: 'offerEndNotGiven' })
  if (takeover) {
    const days = parameters.processingTargetDays
    steps.push({ ruleId: 'D-PROCESSING', code: 'noStatutoryDeadline', values: { days } })
  }

  return {
    category: facts.category,
    asOf,
    responsibilityDate: {
      ...answer(responsibility),
      ruleId: responsibility.ruleId,
      basis: responsibility.basis,
      basisDate: responsibility.basisDate,
    },
    integrationPeriodEndDate: period.endDate,
    freeMovementFromDate: period.freeMovementFromDate,
    ...(takeover ? { takeoverEffectiveDate: answer(takeover) } : {}),
    ...(fullBenefit ? { fullBenefitFromDate: answer(fullBenefit) } : {}),
    deadlines: deadlines.map(({ steps: _steps, ...d }) => d),
    explanation: steps,
    parameters: describeParameters(parameters),
    rulesVersion: RULES_VERSION,
  }
}

/** H-TAKEOVER with the cross-checks that make a takeover impossible (422), then its effective date. */
function checkTakeover(
  input: NonNullable<HandoverFacts['takeover']>,
  responsibility: ResponsibilityDate<ResponsibilityRuleId>,
  freeMovementFromDate: IsoDate,
): RuleDate {
  const approval = checkedDate(input.approvalDate, '/takeover/approvalDate')
  const move = checkedDate(input.moveDate, '/takeover/moveDate')
  if (approval < responsibility.basisDate) {
    conflict(
      '/takeover/approvalDate',
      `takeover.approvalDate (${approval}) is before ${responsibility.basisDate}, the date the responsibility date is counted from (${responsibility.ruleId}): there was no integration responsibility to take over yet.`,
    )
  }
  if (move < responsibility.date) {
    conflict(
      '/takeover/moveDate',
      `takeover.moveDate (${move}) is before the responsibility date (${responsibility.date}, ${responsibility.ruleId}): a § 18 takeover concerns a move after the integration responsibility has passed to the first municipality.`,
    )
  }
  if (approval >= freeMovementFromDate) {
    conflict(
      '/takeover/approvalDate',
      `takeover.approvalDate (${approval}) is on or after ${freeMovementFromDate}, when the integration period has ended and the person moves freely (H-PERIOD, G-PERIOD): there is nothing to take over.`,
    )
  }
  const effective = takeoverEffectiveDate(approval, move)
  if (effective.date >= freeMovementFromDate) {
    conflict(
      '/takeover/moveDate',
      `The takeover would take effect on ${effective.date}, after the integration period ended (last day before ${freeMovementFromDate}; H-PERIOD, G-PERIOD).`,
    )
  }
  return effective
}
