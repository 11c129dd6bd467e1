/**
 * The enumerations fixed by the API contract (../shared/api.md). Enums are `as const` tuples so that
 * TypeBox schemas, law code and tests share one list.
 */

export const APPLICANT_CATEGORIES = [
  'refugee',
  'quota_refugee',
  'family_reunified_to_refugee',
  'family_reunified',
  'ukrainian_displaced',
] as const
export type ApplicantCategory = (typeof APPLICANT_CATEGORIES)[number]

export const GROUND_TYPES = [
  'employment',
  'education',
  'spouse',
  'partner',
  'illness',
  'threats',
  'discrimination',
  'unaccompanied_minor_placement',
  'family_or_friends',
  'loneliness',
  'larger_city',
  'conflict',
  'other',
] as const
export type GroundType = (typeof GROUND_TYPES)[number]

/** Effect of one ground (rules.md § 2). */
export const GROUND_EFFECTS = ['obligates', 'supports', 'insufficient', 'needs_information'] as const
export type GroundEffect = (typeof GROUND_EFFECTS)[number]

/** Overall § 18 outcome (rules.md § 2). */
export const ASSESSMENT_OUTCOMES = ['obligated', 'individual_assessment', 'not_obligated'] as const
export type AssessmentOutcome = (typeof ASSESSMENT_OUTCOMES)[number]

/** Ground types that can identify a person in small counts (rules.md § 5; statistics suppression). */
export const SENSITIVE_GROUND_TYPES: readonly GroundType[] = [
  'discrimination',
  'illness',
  'threats',
  'unaccompanied_minor_placement',
]
