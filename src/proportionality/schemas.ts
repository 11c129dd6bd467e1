/**
 * Schemas of the proportionality endpoints (api.md "Proportionality"; rules.md § 4):
 * `POST /v1/benefit-reduction-assessments` (stateless scoring) and the body of
 * `POST /v1/takeover-applications/{id}/benefit-reductions` (recording a decided reduction).
 * Every fact is optional: a missing fact gives `insufficient_information` with its pointer, not a 400.
 */
import { type Static, Type } from 'typebox'
import { InvalidInput } from '../errors.ts'
import { IsoDate, LegalSourceSchema } from '../http/schemas.ts'
import { assessBenefitReduction } from '../law/proportionality/assess.ts'
import {
  BENEFIT_REDUCTION_EXAMPLES,
  RECORD_BENEFIT_REDUCTION_EXAMPLES,
} from '../law/proportionality/examples.ts'
import { groundsFromTypes } from '../law/proportionality/p-reason.ts'
import {
  type BenefitReductionInput,
  CRITERION_LABELS,
  PROPORTIONALITY_CRITERIA,
  PROPORTIONALITY_VERDICTS,
  REDUCTION_STEPS,
} from '../law/proportionality/types.ts'
import { GROUND_TYPES } from '../law/vocabulary.ts'

export const HouseholdSchema = Type.Object(
  {
    adults: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, description: 'Adults in the household' })),
    dependentChildren: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 30,
        description: 'Children the household provides for (forsørgerpligt)',
      }),
    ),
    benefitIsOnlyIncome: Type.Optional(
      Type.Boolean({
        description:
          "The benefit is the household's only income (contradicting a positive other income: 422)",
      }),
    ),
    otherMonthlyIncomeDkk: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 10_000_000,
        description: "The household's other income per month, DKK before tax",
      }),
    ),
    healthIssues: Type.Optional(
      Type.Boolean({ description: 'Health problems in the household that weigh on the need' }),
    ),
  },
  {
    title: 'Household',
    additionalProperties: false,
    description: 'P-NEED: the need for the benefit (seed 004, first criterion)',
  },
)

export const EvasionSchema = Type.Object(
  {
    stoppedParticipatingBeforeMove: Type.Optional(
      Type.Boolean({ description: 'Stopped participating in the programme before the move' }),
    ),
    refusedOffersBeforeMove: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 100,
        description: 'Number of offers (tilbud) refused before the move',
      }),
    ),
    statedIntentToContinueProgramme: Type.Optional(
      Type.Boolean({ description: 'Has stated the intent to continue the programme' }),
    ),
  },
  {
    title: 'Evasion',
    additionalProperties: false,
    description:
      'P-EVASION: is the move an attempt to avoid the programme (seed 004, third criterion). Established = stopped participating AND refused ≥ 1 offer AND no stated intent to continue.',
  },
)

export const ReductionGroundTypeSchema = Type.Enum(GROUND_TYPES, {
  description: 'Ground type (rules.md § 2)',
})

/** A described date; IsoDate's own options cannot be spread (TypeBox keeps its kind non-enumerable). */
const DateField = (description: string) =>
  Type.String({ format: 'date', description: `${description}; YYYY-MM-DD`, examples: ['2025-10-01'] })

const ReductionPercent = (description: string) => Type.Integer({ minimum: 0, maximum: 100, description })

export const BenefitReductionAssessmentRequest = Type.Object(
  {
    asOf: Type.Optional(IsoDate),
    household: Type.Optional(HouseholdSchema),
    groundTypes: Type.Optional(
      Type.Array(ReductionGroundTypeSchema, {
        minItems: 1,
        maxItems: 20,
        description:
          "P-REASON: the move's reason as ground types; each counts with its strongest possible effect. Exactly one of groundTypes and applicationId.",
      }),
    ),
    applicationId: Type.Optional(
      Type.String({
        format: 'uuid',
        description:
          'P-REASON: a stored, refused application whose assessed grounds and effects are used. Exactly one of groundTypes and applicationId.',
      }),
    ),
    evasion: Type.Optional(EvasionSchema),
    proposedReductionPercent: ReductionPercent(
      'The reduction the municipality proposes; 100 = the benefit stops',
    ),
  },
  {
    title: 'BenefitReductionAssessmentRequest',
    additionalProperties: false,
    description:
      'Proportionality of a benefit reduction after a refused takeover (IL § 32; decision support)',
    examples: Object.values(BENEFIT_REDUCTION_EXAMPLES),
  },
)
export type BenefitReductionAssessmentRequestBody = Static<typeof BenefitReductionAssessmentRequest>

/** Exactly one reason source (api.md); the schema cannot say so readably, so the route calls this. */
export function assertExactlyOneReasonSource(body: { groundTypes?: unknown; applicationId?: unknown }): void {
  const hasGrounds = body.groundTypes !== undefined
  const hasApplication = body.applicationId !== undefined
  if (hasGrounds && hasApplication) {
    throw new InvalidInput('/applicationId', 'give either groundTypes or applicationId, not both')
  }
  if (!hasGrounds && !hasApplication) {
    throw new InvalidInput('/groundTypes', 'give either groundTypes or applicationId')
  }
}

export const ProportionalityCriterionSchema = Type.Object(
  {
    criterion: Type.Enum(PROPORTIONALITY_CRITERIA),
    ruleId: Type.String({ examples: ['P-NEED'] }),
    value: Type.Object(
      {
        score: Type.Integer({
          minimum: 0,
          maximum: 3,
          description:
            'Ordinal strength: need 0–3, reason 0–2, evasion 0–2 (higher = more need / weightier / stronger)',
        }),
        label: Type.Enum(CRITERION_LABELS),
      },
      { additionalProperties: false },
    ),
    contribution: Type.Number({
      description:
        'Signed percentage points added to the maximum (evasion ≥ 0; need, reason ≤ 0); known facts only when incomplete',
    }),
    explanation: Type.String(),
    missing: Type.Array(Type.String(), { description: 'JSON pointers of missing facts' }),
  },
  { title: 'ProportionalityCriterion', additionalProperties: false },
)

export const ProportionalityParameterSchema = Type.Object(
  {
    name: Type.String(),
    value: Type.Union([Type.Number(), Type.Boolean(), Type.String()]),
    description: Type.String(),
    interpretation: Type.Boolean({ description: 'A choice the service makes where the law is silent' }),
  },
  { title: 'ProportionalityParameter', additionalProperties: false },
)

function responseExampleInput(): BenefitReductionInput {
  const { household, groundTypes, evasion, proposedReductionPercent } =
    BENEFIT_REDUCTION_EXAMPLES.singleAdultStoppedBeforeMove
  return { household, reason: groundsFromTypes(groundTypes), evasion, proposedReductionPercent }
}

export const BenefitReductionAssessmentResponse = Type.Object(
  {
    applicationId: Type.Optional(
      Type.String({ format: 'uuid', description: 'The application whose grounds were used, when given' }),
    ),
    verdict: Type.Enum(PROPORTIONALITY_VERDICTS),
    maxProportionateReductionPercent: Type.Union([Type.Enum(REDUCTION_STEPS), Type.Null()], {
      description: 'Steps of 25; null when information is insufficient',
    }),
    proposedReductionPercent: ReductionPercent('As requested (or the decided reduction when recording)'),
    evasionEstablished: Type.Union([Type.Boolean(), Type.Null()]),
    criteria: Type.Array(ProportionalityCriterionSchema, {
      minItems: 3,
      maxItems: 3,
      description: 'need, reason, evasion — each with a number and words',
    }),
    ruleIds: Type.Array(Type.String()),
    legalSources: Type.Array(LegalSourceSchema),
    parameters: Type.Array(ProportionalityParameterSchema),
    disclaimer: Type.String({
      description: 'Decision support, not a decision; no official percentage bands exist',
    }),
    explanation: Type.String(),
    rulesVersion: Type.String(),
  },
  {
    title: 'BenefitReductionAssessment',
    additionalProperties: false,
    // Computed from the first request example, so the documented answer cannot drift from the model.
    examples: [assessBenefitReduction(responseExampleInput(), { language: 'da' })],
  },
)
export type BenefitReductionAssessmentResponseBody = Static<typeof BenefitReductionAssessmentResponse>

export const RecordBenefitReductionRequest = Type.Object(
  {
    household: Type.Optional(HouseholdSchema),
    evasion: Type.Optional(EvasionSchema),
    decidedReductionPercent: ReductionPercent('The decided reduction; assessed against the maximum'),
    effectiveDate: DateField('First day the reduced benefit applies'),
    movedBackDate: Type.Optional(DateField('The person moved back (D-MOVE-BACK, IL § 32, stk. 2)')),
    justification: Type.String({
      minLength: 1,
      maxLength: 10_000,
      description: 'The concrete assessment of need, reason and evasion (seed 004)',
    }),
  },
  {
    title: 'RecordBenefitReductionRequest',
    additionalProperties: false,
    description:
      "Record a benefit-reduction decision after a refusal; the reason comes from the application's assessed grounds",
    examples: [...RECORD_BENEFIT_REDUCTION_EXAMPLES],
  },
)
export type RecordBenefitReductionRequestBody = Static<typeof RecordBenefitReductionRequest>
