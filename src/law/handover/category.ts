/**
 * Shared by the per-category responsibility rules: the facts they read, the category labels and the
 * explanation lines common to all categories.
 */

import { ContradictoryInput } from '../../errors.ts'
import type { LegalSource, LocalisedText } from '../rule-definition.ts'
import type { ApplicantCategory } from '../vocabulary.ts'
import { handoverRule } from './rules.ts'
import { say } from './text.ts'
import type { HandoverFacts } from './types.ts'

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

export const CATEGORY_LABEL: Record<ApplicantCategory, LocalisedText> = {
  refugee: { da: 'flygtning (asyl, IL § 2, stk. 2)', en: 'asylum refugee (IL § 2 stk. 2)' },
  quota_refugee: { da: 'kvoteflygtning (udlændingelovens § 8)', en: 'quota refugee (Aliens Act § 8)' },
  family_reunified_to_refugee: {
    da: 'familiesammenført til flygtning (IL § 2, stk. 3)',
    en: 'family-reunified to a refugee (IL § 2 stk. 3)',
  },
  family_reunified: { da: 'familiesammenført (IL § 2, stk. 4)', en: 'family-reunified (IL § 2 stk. 4)' },
  ukrainian_displaced: { da: 'fordrevet fra Ukraine (særloven)', en: 'displaced from Ukraine (special act)' },
}

export const sources = (ruleId: string): LegalSource[] => [...handoverRule(ruleId).legalSources]

export function intro(category: ApplicantCategory, ruleId: string): LocalisedText {
  const label = CATEGORY_LABEL[category]
  return say(
    (t) => `Kategori ${category}, ${t(label)}: ansvarsdatoen følger reglen ${ruleId}.`,
    (t) => `Category ${category}, ${t(label)}: the responsibility date follows rule ${ruleId}.`,
  )
}

export function notUsed(field: string, category: ApplicantCategory, ruleId: string): LocalisedText {
  return say(
    () => `${field} er oplyst, men bruges ikke for kategori ${category} (${ruleId}).`,
    () => `${field} was given but is not used for category ${category} (${ruleId}).`,
  )
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
