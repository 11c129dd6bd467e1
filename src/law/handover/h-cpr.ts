/**
 * H-CPR (IL § 4 stk. 3): quota refugees and family-reunified persons. Responsibility passes on
 * registration in CPR as moved into the municipality or, where the residence application was
 * submitted in Denmark, on the date of the permit. No month counting and no weekday roll-forward.
 */

import { ContradictoryInput } from '../../errors.ts'
import { LEGAL_BASIS, SOURCES } from '../rule-definition.ts'
import { calendarDay, defineRule } from '../rule-module.ts'
import { type At, intro, notUsed, type ResponsibilityFacts, rejectEarly } from './category.ts'
import { optionalDate, requiredDate } from './input.ts'
import type { ResponsibilityDate } from './types.ts'

/** H-CPR (IL § 4 stk. 3): CPR registration as moved in, or the permit if applied for in Denmark. */
export function cprRegistered(facts: ResponsibilityFacts, at: At): ResponsibilityDate<'H-CPR'> {
  rejectEarly(facts, 'H-CPR', at)
  const { category } = facts
  const permit = optionalDate(facts.residencePermitDate, at('/residencePermitDate'))
  const cpr = optionalDate(facts.cprRegistrationDate, at('/cprRegistrationDate'))
  const steps = [intro(category, 'H-CPR')]
  if (optionalDate(facts.visitationDecisionDate, at('/visitationDecisionDate')) !== undefined) {
    steps.push(notUsed('visitationDecisionDate', category, 'H-CPR'))
  }
  const legalSources = [...H_CPR.definition.legalSources]
  if (facts.applicationSubmittedInDenmark === true) {
    const date = requiredDate(
      permit,
      at('/residencePermitDate'),
      'residencePermitDate is required when applicationSubmittedInDenmark is true: H-CPR then counts from the date of the residence permit (IL § 4 stk. 3).',
    )
    if (cpr !== undefined) steps.push(notUsed('cprRegistrationDate', category, 'H-CPR'))
    steps.push({ ruleId: 'H-CPR', code: 'fromPermit', values: { permit: calendarDay(date) } })
    return { date, ruleId: 'H-CPR', legalSources, basis: 'residence_permit', basisDate: date, steps }
  }
  const date = requiredDate(
    cpr,
    at('/cprRegistrationDate'),
    `cprRegistrationDate is required for category ${category}: H-CPR counts from registration in CPR as moved into the municipality (IL § 4 stk. 3). If the residence application was submitted in Denmark, set applicationSubmittedInDenmark to true and give residencePermitDate.`,
  )
  // No permit given: nothing to contradict.
  if (date < (permit ?? date)) {
    throw new ContradictoryInput(
      at('/cprRegistrationDate'),
      `cprRegistrationDate (${date}) is before residencePermitDate (${permit}): a person registered in Denmark before the permit applied from Denmark; set applicationSubmittedInDenmark to true (H-CPR then counts from the permit).`,
    )
  }
  steps.push({ ruleId: 'H-CPR', code: 'fromRegistration', values: { registered: calendarDay(date) } })
  return { date, ruleId: 'H-CPR', legalSources, basis: 'cpr_registration', basisDate: date, steps }
}

export const H_CPR = defineRule({
  definition: {
    id: 'H-CPR',
    title: { da: 'Kvoteflygtninge og familiesammenførte', en: 'Quota refugees and family-reunified persons' },
    decides: {
      da: 'Ansvaret overgår ved registrering i CPR som tilflyttet kommunen; er ansøgningen om opholdstilladelse indgivet her i landet, fra meddelelsen af opholdstilladelsen.',
      en: 'Responsibility passes on registration in CPR as moved into the municipality; if the residence application was submitted in Denmark, on the date of the permit.',
    },
    legalSources: [SOURCES.IL_4_3, SOURCES.SEED_001],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: cprRegistered,
  messages: {
    fromPermit: {
      da: 'H-CPR: ansøgningen om opholdstilladelse er indgivet her i landet, så ansvaret overgår fra meddelelsen af opholdstilladelsen, {permit, date, long}. Der rykkes ikke til hverdag.',
      en: 'H-CPR: the residence application was submitted in Denmark, so responsibility passes from the date of the permit, {permit, date, long}. No weekday roll-forward applies.',
    },
    fromRegistration: {
      da: 'H-CPR: ansvaret overgår ved registreringen i CPR som tilflyttet kommunen, {registered, date, long}. Der rykkes ikke til hverdag.',
      en: 'H-CPR: responsibility passes on the registration in CPR as moved into the municipality, {registered, date, long}. No weekday roll-forward applies.',
    },
  },
})
