/**
 * The responsibility date (ansvarsdatoen) per applicant category (rules.md § 3): H-REF and H-EARLY for
 * asylum refugees, H-CPR for quota refugees and family-reunified persons, H-UKR for displaced persons
 * from Ukraine. Missing facts are invalid input, contradictory facts contradictory input (src/errors.ts), each naming the field.
 */

import { ContradictoryInput, InvalidInput } from '../../errors.ts'
import { LEGAL_BASIS, requireLegalBasis } from '../rule-definition.ts'
import { calendarDay } from '../rule-module.ts'
import type { ResponsibilityRuleId } from './catalogue.ts'
import { type At, intro, notUsed, type ResponsibilityFacts, rejectEarly } from './category.ts'
import { cprRegistered, H_CPR } from './h-cpr.ts'
import { earlyTakeover, H_EARLY } from './h-early.ts'
import { H_REF, refugeeHandoverDate } from './h-ref.ts'
import { H_UKR, ukrainianHandoverDate } from './h-ukr.ts'
import { optionalDate, pointer, requiredDate } from './input.ts'
import { type HandoverParameters, resolveParameters } from './parameters.ts'
import type { ResponsibilityDate as AnyResponsibilityDate } from './types.ts'

type ResponsibilityDate = AnyResponsibilityDate<ResponsibilityRuleId>

const RULES = { 'H-REF': H_REF, 'H-EARLY': H_EARLY, 'H-CPR': H_CPR, 'H-UKR': H_UKR } as const

export type { ResponsibilityFacts } from './category.ts'

export interface ResponsibilityOptions {
  parameters?: Partial<HandoverParameters>
  /** Where the facts sit in the caller's body, e.g. '/applicant'; error pointers are prefixed with it. */
  pointerPrefix?: string
}

/** The date integration responsibility passes to the municipality, with the rule and the counting. */
export function responsibilityDate(
  facts: ResponsibilityFacts,
  options: ResponsibilityOptions = {},
): ResponsibilityDate {
  const parameters = resolveParameters(options.parameters)
  const at: At = (path) => pointer(options.pointerPrefix, path)
  const result =
    facts.category === 'refugee'
      ? refugee(facts, parameters, at)
      : facts.category === 'ukrainian_displaced'
        ? ukrainian(facts, parameters, at)
        : cprRegistered(facts, at)
  requireBasisInForce(result, at)
  return result
}

/** The field each basis date comes from, for the 422 below. */
const BASIS_FIELD: Record<ResponsibilityDate['basis'], string> = {
  visitation_decision: '/visitationDecisionDate',
  residence_permit: '/residencePermitDate',
  cpr_registration: '/cprRegistrationDate',
  early_takeover: '/earlyTakeoverDate',
}

/**
 * Issue 14: the date the rule counts from must not lie before the rule's legal basis existed (H-UKR:
 * særloven from 17 March 2022; H-REF, H-EARLY, H-CPR: the Integration Act from 1 January 1999). Such
 * facts are a 422 naming the field, never silently counted under another rule.
 */
function requireBasisInForce(result: ResponsibilityDate, at: At): void {
  const act =
    result.ruleId === 'H-UKR' ? LEGAL_BASIS.UKRAINE_SPECIAL_ACT.act : LEGAL_BASIS.INTEGRATION_ACT.act
  requireLegalBasis(RULES[result.ruleId].definition, act, result.basisDate, at(BASIS_FIELD[result.basis]))
}

function refugee(facts: ResponsibilityFacts, parameters: HandoverParameters, at: At): ResponsibilityDate {
  const visitation = optionalDate(facts.visitationDecisionDate, at('/visitationDecisionDate'))
  const permit = optionalDate(facts.residencePermitDate, at('/residencePermitDate'))
  if (optionalDate(facts.cprRegistrationDate, at('/cprRegistrationDate')) !== undefined) {
    throw new ContradictoryInput(
      at('/cprRegistrationDate'),
      "cprRegistrationDate does not apply to category refugee: an asylum refugee's responsibility passes under H-REF from the visitation decision (IL § 4 stk. 2); CPR registration counts only for quota refugees and family-reunified persons (H-CPR). Remove it or correct the category.",
    )
  }
  const basisDate = visitation ?? permit
  if (basisDate === undefined) {
    throw new InvalidInput(
      at('/visitationDecisionDate'),
      "visitationDecisionDate is required for category refugee: H-REF counts from Udlændingestyrelsen's visitation decision (IL § 4 stk. 2). residencePermitDate is accepted in its place.",
    )
  }
  // Only a visitation decision can lie before the permit (no permit given: nothing to contradict).
  if (basisDate < (permit ?? basisDate)) {
    throw new ContradictoryInput(
      at('/visitationDecisionDate'),
      `visitationDecisionDate (${basisDate}) is before residencePermitDate (${permit}): Udlændingestyrelsen makes the visitation decision with or after the residence permit (IL § 10).`,
    )
  }
  const steps = [intro('refugee', 'H-REF')]
  const countedFrom = visitation === undefined ? 'residence_permit' : 'visitation_decision'
  if (visitation === undefined) {
    steps.push({ ruleId: 'H-REF', code: 'residencePermitUsed', values: { permit: calendarDay(basisDate) } })
  }
  const href = refugeeHandoverDate(basisDate, parameters, countedFrom)
  steps.push(...href.steps)
  const result: AnyResponsibilityDate<'H-REF'> = {
    date: href.date,
    ruleId: 'H-REF',
    legalSources: [...H_REF.definition.legalSources],
    basis: countedFrom,
    basisDate,
    steps,
  }
  const early = optionalDate(facts.earlyTakeoverDate, at('/earlyTakeoverDate'))
  return early === undefined ? result : earlyTakeover(early, result, at)
}

function ukrainian(facts: ResponsibilityFacts, parameters: HandoverParameters, at: At): ResponsibilityDate {
  rejectEarly(facts, 'H-UKR', at)
  const decision = requiredDate(
    facts.visitationDecisionDate,
    at('/visitationDecisionDate'),
    'visitationDecisionDate is required for category ukrainian_displaced: H-UKR counts weekdays from the visitation decision (særloven § 30 stk. 2).',
  )
  const permit = optionalDate(facts.residencePermitDate, at('/residencePermitDate'))
  // No permit given: nothing to contradict.
  if (decision < (permit ?? decision)) {
    throw new ContradictoryInput(
      at('/visitationDecisionDate'),
      `visitationDecisionDate (${decision}) is before residencePermitDate (${permit}): the visitation decision is made with or after the residence permit.`,
    )
  }
  const steps = [intro('ukrainian_displaced', 'H-UKR')]
  if (optionalDate(facts.cprRegistrationDate, at('/cprRegistrationDate')) !== undefined) {
    steps.push(notUsed('cprRegistrationDate', 'ukrainian_displaced', 'H-UKR'))
  }
  const ukr = ukrainianHandoverDate(decision, parameters)
  steps.push(...ukr.steps)
  return {
    date: ukr.date,
    ruleId: 'H-UKR',
    legalSources: [...H_UKR.definition.legalSources],
    basis: 'visitation_decision',
    basisDate: decision,
    steps,
  }
}
