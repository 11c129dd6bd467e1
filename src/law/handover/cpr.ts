/**
 * H-CPR (IL § 4 stk. 3): quota refugees and family-reunified persons. Responsibility passes on
 * registration in CPR as moved into the municipality or, where the residence application was
 * submitted in Denmark, on the date of the permit. No month counting and no weekday roll-forward.
 */

import { ContradictoryInput } from '../../errors.ts'
import { type At, intro, notUsed, type ResponsibilityFacts, rejectEarly, sources } from './category.ts'
import { optionalDate, requiredDate } from './input.ts'
import { longDate, say } from './text.ts'
import type { ResponsibilityDate } from './types.ts'

/** H-CPR (IL § 4 stk. 3): CPR registration as moved in, or the permit if applied for in Denmark. */
export function cprRegistered(facts: ResponsibilityFacts, at: At): ResponsibilityDate {
  rejectEarly(facts, 'H-CPR', at)
  const { category } = facts
  const permit = optionalDate(facts.residencePermitDate, at('/residencePermitDate'))
  const cpr = optionalDate(facts.cprRegistrationDate, at('/cprRegistrationDate'))
  const steps = [intro(category, 'H-CPR')]
  if (optionalDate(facts.visitationDecisionDate, at('/visitationDecisionDate')) !== undefined) {
    steps.push(notUsed('visitationDecisionDate', category, 'H-CPR'))
  }
  if (facts.applicationSubmittedInDenmark === true) {
    const date = requiredDate(
      permit,
      at('/residencePermitDate'),
      'residencePermitDate is required when applicationSubmittedInDenmark is true: H-CPR then counts from the date of the residence permit (IL § 4 stk. 3).',
    )
    if (cpr !== undefined) steps.push(notUsed('cprRegistrationDate', category, 'H-CPR'))
    const p = longDate(date)
    steps.push(
      say(
        (t) =>
          `H-CPR: ansøgningen om opholdstilladelse er indgivet her i landet, så ansvaret overgår fra meddelelsen af opholdstilladelsen, ${t(p)}. Der rykkes ikke til hverdag.`,
        (t) =>
          `H-CPR: the residence application was submitted in Denmark, so responsibility passes from the date of the permit, ${t(p)}. No weekday roll-forward applies.`,
      ),
    )
    return {
      date,
      ruleId: 'H-CPR',
      legalSources: sources('H-CPR'),
      basis: 'residence_permit',
      basisDate: date,
      steps,
    }
  }
  const date = requiredDate(
    cpr,
    at('/cprRegistrationDate'),
    `cprRegistrationDate is required for category ${category}: H-CPR counts from registration in CPR as moved into the municipality (IL § 4 stk. 3). If the residence application was submitted in Denmark, set applicationSubmittedInDenmark to true and give residencePermitDate.`,
  )
  if (permit !== undefined && date < permit) {
    throw new ContradictoryInput(
      at('/cprRegistrationDate'),
      `cprRegistrationDate (${date}) is before residencePermitDate (${permit}): a person registered in Denmark before the permit applied from Denmark; set applicationSubmittedInDenmark to true (H-CPR then counts from the permit).`,
    )
  }
  const c = longDate(date)
  steps.push(
    say(
      (t) =>
        `H-CPR: ansvaret overgår ved registreringen i CPR som tilflyttet kommunen, ${t(c)}. Der rykkes ikke til hverdag.`,
      (t) =>
        `H-CPR: responsibility passes on the registration in CPR as moved into the municipality, ${t(c)}. No weekday roll-forward applies.`,
    ),
  )
  return {
    date,
    ruleId: 'H-CPR',
    legalSources: sources('H-CPR'),
    basis: 'cpr_registration',
    basisDate: date,
    steps,
  }
}
