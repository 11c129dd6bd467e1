/**
 * The responsibility date (ansvarsdatoen) per applicant category (rules.md § 3): H-REF and H-EARLY for
 * asylum refugees, H-CPR for quota refugees and family-reunified persons, H-UKR for displaced persons
 * from Ukraine. Missing facts are invalid input, contradictory facts contradictory input (src/errors.ts), each naming the field.
 */

import { ContradictoryInput, InvalidInput } from '../../errors.ts'
import { LEGAL_BASIS, type LocalisedText, requireLegalBasis } from '../rule-definition.ts'
import { type At, intro, notUsed, type ResponsibilityFacts, rejectEarly, sources } from './category.ts'
import { cprRegistered } from './cpr.ts'
import { optionalDate, pointer, requiredDate } from './input.ts'
import { refugeeHandoverDate, ukrainianHandoverDate } from './refugee.ts'
import { type HandoverParameters, handoverRule, resolveParameters } from './rules.ts'
import { longDate, say } from './text.ts'
import type { ResponsibilityDate } from './types.ts'

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
  requireLegalBasis(handoverRule(result.ruleId), act, result.basisDate, at(BASIS_FIELD[result.basis]))
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
  if (visitation !== undefined && permit !== undefined && visitation < permit) {
    throw new ContradictoryInput(
      at('/visitationDecisionDate'),
      `visitationDecisionDate (${visitation}) is before residencePermitDate (${permit}): Udlændingestyrelsen makes the visitation decision with or after the residence permit (IL § 10).`,
    )
  }
  const basisDate = visitation ?? permit
  if (basisDate === undefined) {
    throw new InvalidInput(
      at('/visitationDecisionDate'),
      "visitationDecisionDate is required for category refugee: H-REF counts from Udlændingestyrelsen's visitation decision (IL § 4 stk. 2). residencePermitDate is accepted in its place.",
    )
  }
  const steps = [intro('refugee', 'H-REF')]
  let basisLabel: LocalisedText | undefined
  if (visitation === undefined) {
    basisLabel = { da: 'opholdstilladelsen', en: 'the residence permit' }
    const p = longDate(basisDate)
    steps.push(
      say(
        (t) =>
          `Der er ikke oplyst nogen visiteringsafgørelse (visitationDecisionDate), så opholdstilladelsens dato (${t(p)}) bruges i stedet, sådan som vejledningen fra 2004 regnede (seed 001: tilladelse 8. marts → 1. maj). Visiteringen træffes normalt sammen med tilladelsen; er den truffet senere, så oplys visitationDecisionDate, som kan give en senere dato. Den nuværende regels rykning til hverdag anvendes (2004-vejledningen havde ingen).`,
        (t) =>
          `No visitation decision (visitationDecisionDate) was given, so the residence permit date (${t(p)}) is used in its place, as the 2004 guidance counted (seed 001: permit 8 March → 1 May). The visitation decision is normally made with the permit; if it was made later, give visitationDecisionDate, which may give a later date. The current rule's weekday roll-forward is applied (the 2004 guidance had none).`,
      ),
    )
  }
  const href = refugeeHandoverDate(basisDate, parameters, basisLabel)
  steps.push(...href.steps)
  const basis = visitation === undefined ? 'residence_permit' : 'visitation_decision'
  const result: ResponsibilityDate = {
    date: href.date,
    ruleId: 'H-REF',
    legalSources: sources('H-REF'),
    basis,
    basisDate,
    steps,
  }
  const early = optionalDate(facts.earlyTakeoverDate, at('/earlyTakeoverDate'))
  return early === undefined ? result : earlyTakeover(early, result, at)
}

/** H-EARLY: with consent, an agreed date before the H-REF date replaces it. */
function earlyTakeover(early: string, href: ResponsibilityDate, at: At): ResponsibilityDate {
  if (early < href.basisDate) {
    throw new ContradictoryInput(
      at('/earlyTakeoverDate'),
      `earlyTakeoverDate (${early}) is before the ${href.basis === 'residence_permit' ? 'residence permit' : 'visitation decision'} (${href.basisDate}): the municipality cannot take over responsibility before it (H-EARLY).`,
    )
  }
  if (early > href.date) {
    throw new ContradictoryInput(
      at('/earlyTakeoverDate'),
      `earlyTakeoverDate (${early}) is after the H-REF date (${href.date}): H-EARLY only allows a takeover earlier than the date on which responsibility passes by law (IL § 4 stk. 2).`,
    )
  }
  const e = longDate(early)
  const h = longDate(href.date)
  if (early === href.date) {
    const steps = [
      ...href.steps,
      say(
        (t) => `H-EARLY: den aftalte overtagelsesdato ${t(e)} er selve H-REF-datoen; det ændrer intet.`,
        (t) => `H-EARLY: the agreed early takeover date ${t(e)} is the H-REF date itself; nothing changes.`,
      ),
    ]
    return { ...href, steps }
  }
  const steps = [
    ...href.steps,
    say(
      (t) =>
        `H-EARLY: med personens samtykke har kommunen overtaget ansvaret den ${t(e)}, før H-REF-datoen ${t(h)} (IL § 4, stk. 2); ansvarsdatoen og integrationsperioden regnes fra ${t(e)}.`,
      (t) =>
        `H-EARLY: with the person's consent the municipality took over on ${t(e)}, before the H-REF date ${t(h)} (IL § 4 stk. 2); the responsibility date and the integration period count from ${t(e)}.`,
    ),
  ]
  return {
    date: early,
    ruleId: 'H-EARLY',
    legalSources: sources('H-EARLY'),
    basis: 'early_takeover',
    basisDate: early,
    steps,
  }
}

function ukrainian(facts: ResponsibilityFacts, parameters: HandoverParameters, at: At): ResponsibilityDate {
  rejectEarly(facts, 'H-UKR', at)
  const decision = requiredDate(
    facts.visitationDecisionDate,
    at('/visitationDecisionDate'),
    'visitationDecisionDate is required for category ukrainian_displaced: H-UKR counts weekdays from the visitation decision (særloven § 30 stk. 2).',
  )
  const permit = optionalDate(facts.residencePermitDate, at('/residencePermitDate'))
  if (permit !== undefined && decision < permit) {
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
    legalSources: sources('H-UKR'),
    basis: 'visitation_decision',
    basisDate: decision,
    steps,
  }
}
