/**
 * Shared by the per-category responsibility rules: the facts they read and the explanation lines
 * common to all categories (their wording: phrases.ts).
 */

import { ContradictoryInput } from '../../errors.ts'
import type { ApplicantCategory } from '../vocabulary.ts'
import type { HandoverFacts, Step } from './types.ts'

export type ResponsibilityFacts = Pick<
  HandoverFacts,
  | 'category'
  | 'visitationDecisionDate'
  | 'residencePermitDate'
  | 'applicationSubmittedInDenmark'
  | 'cprRegistrationDate'
  | 'earlyTakeoverDate'
>

/** Maps a field path to the caller's JSON pointer (see ResponsibilityOptions.pointerPrefix). */
export type At = (path: string) => string

export function intro(category: ApplicantCategory, ruleId: string): Step {
  return { ruleId, code: 'categoryIntro', values: { category, ruleId } }
}

export function notUsed(field: string, category: ApplicantCategory, ruleId: string): Step {
  return { ruleId, code: 'factNotUsed', values: { field, category, ruleId } }
}

/** H-EARLY is IL § 4 stk. 2 (asylum refugees); other categories have no earlier date to agree. */
export function rejectEarly(facts: ResponsibilityFacts, ruleId: string, at: At): void {
  if (facts.earlyTakeoverDate !== undefined) {
    throw new ContradictoryInput(
      at('/earlyTakeoverDate'),
      `earlyTakeoverDate applies only to category refugee (H-EARLY, IL § 4 stk. 2); for category ${facts.category} the responsibility date follows ${ruleId}.`,
    )
  }
}
