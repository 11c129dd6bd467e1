/**
 * The facts of each § 18 ground (rules.md § 2; api.md "§ 18 assessment"). Every fact is optional: a
 * missing fact that would decide a ground yields `needs_information` with its JSON pointer, never an
 * error. The TypeBox schemas in src/takeover-assessments/schemas.ts describe the same shapes for the HTTP layer;
 * a test checks that their static types are assignable to these.
 */

import type { Language, LegalSource } from '../rule-definition.ts'
import type { Finding } from '../rule-module.ts'
import type { ApplicantCategory, AssessmentOutcome, GroundEffect, GroundType } from '../vocabulary.ts'

/** Who holds the job or the education: T-EMP and T-EDU count the applicant's spouse too. */
export const HOLDERS = ['applicant', 'spouse'] as const
export type Holder = (typeof HOLDERS)[number]

/** Whose illness: T-ILL counts a close relative's illness (e.g. a seriously ill child) too. */
export const PATIENTS = ['applicant', 'close_relative'] as const
export type Patient = (typeof PATIENTS)[number]

export interface EmploymentGround {
  type: 'employment'
  holder?: Holder
  workplaceMunicipality?: string
  /** false = work placement, internship or other non-ordinary work (T-EMP-PRACTICE). */
  ordinary?: boolean
  permanent?: boolean
  hoursPerWeek?: number
  oneWayCommuteMinutes?: number
}

export interface EducationGround {
  type: 'education'
  holder?: Holder
  institutionMunicipality?: string
  admitted?: boolean
  availableNearCurrentHome?: boolean
  fastestRouteToEmployment?: boolean
  oneWayCommuteMinutes?: number
}

export interface SpouseGround {
  type: 'spouse'
  spouseCoveredByProgramme?: boolean
  spouseMunicipality?: string
  linkedApplicationId?: string
}

export interface PartnerGround {
  type: 'partner'
  commonChildBorn?: boolean
  paternityRegistered?: boolean
}

export interface IllnessGround {
  type: 'illness'
  patient?: Patient
  treatmentMunicipality?: string
  treatmentsPerWeek?: number
  oneWayCommuteMinutes?: number
}

export interface ThreatsGround {
  type: 'threats'
  cannotReturnForSafety?: boolean
  reportedToPolice?: boolean
  documentedByHealthOrCrisisCentre?: boolean
  authorityRecommendsRelocation?: boolean
  strongerAttachmentElsewhere?: boolean
}

export interface DiscriminationGround {
  type: 'discrimination'
  lgbtqRelated?: boolean
  threatsReceived?: boolean
  authoritiesAssessNotSolvableLocally?: boolean
}

export interface UnaccompaniedMinorPlacementGround {
  type: 'unaccompanied_minor_placement'
  placementMunicipality?: string
}

/** Grounds that AST practice never treats as obliging (T-FAMILY-FRIENDS … T-CONFLICT), and T-OTHER. */
export interface DescribedGround<
  T extends 'family_or_friends' | 'loneliness' | 'larger_city' | 'conflict' | 'other',
> {
  type: T
  description?: string
}

export type TakeoverGround =
  | EmploymentGround
  | EducationGround
  | SpouseGround
  | PartnerGround
  | IllnessGround
  | ThreatsGround
  | DiscriminationGround
  | UnaccompaniedMinorPlacementGround
  | DescribedGround<'family_or_friends'>
  | DescribedGround<'loneliness'>
  | DescribedGround<'larger_city'>
  | DescribedGround<'conflict'>
  | DescribedGround<'other'>

export type GroundOf<T extends GroundType> = Extract<TakeoverGround, { type: T }>

/** Every fact name of every ground type (the last segment of a `missing` pointer). */
export type FactName = {
  [G in TakeoverGround as G['type']]: Exclude<keyof G, 'type'>
}[GroundType]

export interface TakeoverAssessmentRequest {
  asOf?: string
  fromMunicipality?: string
  toMunicipality: string
  applicant?: { category?: ApplicantCategory; responsibilityDate?: string }
  grounds: readonly TakeoverGround[]
}

/** The options of `evaluateTakeover`: everything but the language. */
export type TakeoverEvaluationOptions = Omit<TakeoverAssessmentOptions, 'language'>

export interface TakeoverAssessmentOptions {
  language: Language
  /** Interpretation (rules.md § 2): a one-way commute strictly longer than this is unreasonable. */
  reasonableOneWayCommuteMinutes: number
  /**
   * Interpretation (T-EMP, issue 14): an ordinary permanent job with fewer hours a week than this
   * supports rather than obliges. Default 0: any ordinary part-time job can oblige.
   */
  minimumObligingHoursPerWeek?: number
  /** Where `asOf` came from in the caller's body, for a 422 (default '/asOf'; applications: '/receivedDate'). */
  asOfPointer?: string
  /** The date whose rules apply; the route passes `request.asOf` or today's Danish date. */
  asOf: string
  /** Outcomes of linked spouse applications by id (T-SPOUSE-BOTH); resolved by the caller. */
  linkedOutcomes?: ReadonlyMap<string, AssessmentOutcome>
}

export interface GroundAssessment {
  index: number
  type: GroundType
  effect: GroundEffect
  ruleId: string
  legalSources: LegalSource[]
  /** JSON pointers of the facts still needed; non-empty exactly when effect is needs_information. */
  missing: string[]
  /** JSON pointers of the facts the effect rests on. */
  factsUsed: string[]
  explanation: string
}

export interface AssessmentNote {
  ruleId: string
  text: string
  legalSources: LegalSource[]
}

export interface TakeoverAssessment {
  outcome: AssessmentOutcome
  explanation: string
  grounds: GroundAssessment[]
  notes: AssessmentNote[]
  parameters: { asOf: string; reasonableOneWayCommuteMinutes?: number; minimumObligingHoursPerWeek?: number }
  rulesVersion: string
}

/** The integration period of G-PERIOD, when the responsibility date is known. */
export interface IntegrationPeriod {
  responsibilityDate: string
  freeMovementFrom: string
  ended: boolean
}

/** What the G-* rules look at to decide whether their note applies. */
export interface NoteInput {
  outcome: AssessmentOutcome
  grounds: readonly Pick<EvaluatedGround, 'type' | 'effect'>[]
  period: IntegrationPeriod | undefined
}

/**
 * The language-neutral findings behind a ground's explanation: what the ground is (`subject`: its
 * label, and whose job, education or illness), the facts used, the rule's conclusion and the facts
 * missing (each with its pointer in `values.pointer`). Rendered by render.ts.
 */
export interface GroundFindings {
  subject: Finding[]
  facts: Finding[]
  reason: Finding
  missing: Finding[]
}

/** A ground as the law finds it, before any language: `GroundAssessment` without the explanation. */
export interface EvaluatedGround extends Omit<GroundAssessment, 'explanation'> {
  findings: GroundFindings
}

export interface EvaluatedNote {
  ruleId: string
  legalSources: LegalSource[]
  finding: Finding
}

/**
 * The § 18 assessment as the law returns it, in no language (issue 15, item 3): reason codes with their
 * values. `renderTakeoverAssessment` (render.ts) words it in Danish or English; an application stores it
 * once and renders it in the reader's language. `outcomeFindings`: the general rule that words the
 * outcome (G-PERIOD, G-VOLUNTARY), or the grounds the outcome names (`label` of each, `values.index`).
 */
export interface TakeoverEvaluation {
  outcome: AssessmentOutcome
  outcomeFindings: Finding[]
  grounds: EvaluatedGround[]
  notes: EvaluatedNote[]
  parameters: TakeoverAssessment['parameters']
  rulesVersion: string
}
