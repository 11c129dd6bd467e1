/**
 * TypeBox schemas of `POST /v1/takeover-assessments` (api.md "§ 18 assessment"): the request (grounds
 * from ./ground-schemas.ts), its examples, and the response.
 */
import { type Static, Type } from 'typebox'
import { ApplicantCategory, IsoDate, LegalSourceSchema } from '../http/schemas.ts'
import {
  ASSESSMENT_OUTCOMES,
  type AssessmentOutcome,
  GROUND_EFFECTS,
  GROUND_TYPES,
} from '../law/vocabulary.ts'
import { closed, date, municipalityCode, TakeoverGroundsSchema } from './ground-schemas.ts'

export { type TakeoverGroundBody, TakeoverGroundSchema, TakeoverGroundsSchema } from './ground-schemas.ts'

const requestProperties = {
  asOf: Type.Optional(date('Evaluate the rules in force on this date (default: today, Danish date)')),
  fromMunicipality: municipalityCode('Departure municipality (boligplaceringskommunen)'),
  toMunicipality: municipalityCode('Receiving municipality (tilflytningskommunen)'),
  applicant: Type.Optional(
    Type.Object(
      {
        category: Type.Optional(ApplicantCategory),
        responsibilityDate: Type.Optional(
          date(
            'Date the integration responsibility passed to a municipality; the integration period ends 5 years later (G-PERIOD)',
          ),
        ),
      },
      closed,
    ),
  ),
  grounds: TakeoverGroundsSchema,
}

/** The request's shape, to type the examples that the schema below carries. */
const TakeoverAssessmentRequestShape = Type.Object(requestProperties, closed)
export type TakeoverAssessmentRequestBody = Static<typeof TakeoverAssessmentRequestShape>

/** Request examples keyed by the outcome they produce (a test holds them to it). */
export const TAKEOVER_ASSESSMENT_REQUEST_EXAMPLES = {
  obligated: {
    asOf: '2025-03-01',
    fromMunicipality: '773',
    toMunicipality: '101',
    applicant: { category: 'refugee', responsibilityDate: '2023-05-01' },
    grounds: [
      {
        type: 'employment',
        holder: 'applicant',
        workplaceMunicipality: '101',
        ordinary: true,
        permanent: true,
        hoursPerWeek: 20,
        oneWayCommuteMinutes: 150,
      },
    ],
  },
  individual_assessment: {
    asOf: '2025-03-01',
    fromMunicipality: '787',
    toMunicipality: '751',
    applicant: { category: 'family_reunified_to_refugee', responsibilityDate: '2024-02-01' },
    grounds: [
      {
        type: 'employment',
        holder: 'spouse',
        workplaceMunicipality: '751',
        ordinary: true,
        permanent: false,
        oneWayCommuteMinutes: 140,
      },
      { type: 'family_or_friends', description: 'Brother lives in Aarhus' },
    ],
  },
  not_obligated: {
    asOf: '2025-03-01',
    fromMunicipality: '360',
    toMunicipality: '101',
    applicant: { category: 'refugee', responsibilityDate: '2022-09-01' },
    grounds: [
      { type: 'larger_city', description: 'Wants to live near the LGBT+ community in Copenhagen' },
      { type: 'loneliness' },
    ],
  },
} satisfies Record<AssessmentOutcome, TakeoverAssessmentRequestBody>

export const TakeoverAssessmentRequestSchema = Type.Object(requestProperties, {
  title: 'TakeoverAssessmentRequest',
  ...closed,
  description: 'Facts of a § 18 application (IL § 18 stk. 2) to assess; no CPR number is needed',
  examples: Object.values(TAKEOVER_ASSESSMENT_REQUEST_EXAMPLES),
})

export const GroundAssessmentSchema = Type.Object(
  {
    index: Type.Integer({ minimum: 0, description: 'Position of the ground in the request' }),
    type: Type.Enum(GROUND_TYPES),
    effect: Type.Enum(GROUND_EFFECTS, {
      description: 'obligates / supports / insufficient / needs_information (rules.md § 2)',
    }),
    ruleId: Type.String({ description: 'The T-* rule that decided the effect', examples: ['T-EMP'] }),
    legalSources: Type.Array(LegalSourceSchema),
    missing: Type.Array(Type.String(), {
      description: 'JSON pointers of the facts still needed (needs_information)',
      examples: [['/grounds/0/oneWayCommuteMinutes']],
    }),
    factsUsed: Type.Array(Type.String(), { description: 'JSON pointers of the facts the effect rests on' }),
    explanation: Type.String({
      description: 'Plain-language reason, in the requested language, naming the facts and the rule',
    }),
  },
  { ...closed, title: 'GroundAssessment' },
)

export const AssessmentNoteSchema = Type.Object(
  {
    ruleId: Type.String({ examples: ['G-VOLUNTARY'] }),
    text: Type.String(),
    legalSources: Type.Array(LegalSourceSchema),
  },
  { title: 'AssessmentNote', ...closed, description: 'A general rule (G-*) that applies to the answer' },
)

export const TakeoverAssessmentResponseSchema = Type.Object(
  {
    outcome: Type.Enum(ASSESSMENT_OUTCOMES, {
      description:
        'obligated if any ground obligates; else individual_assessment if any supports or needs information; else not_obligated (also after the integration period, G-PERIOD)',
    }),
    explanation: Type.String(),
    grounds: Type.Array(GroundAssessmentSchema),
    notes: Type.Array(AssessmentNoteSchema),
    parameters: Type.Object(
      {
        asOf: IsoDate,
        reasonableOneWayCommuteMinutes: Type.Optional(
          Type.Number({
            description: 'Commute threshold used (an interpretation, not law); present when a ground used it',
          }),
        ),
        minimumObligingHoursPerWeek: Type.Optional(
          Type.Number({
            description:
              'Fewest hours a week with which an ordinary permanent job can oblige (T-EMP; an interpretation, not law; 0 = any part-time job, AST I-4-03); present with an employment ground',
          }),
        ),
      },
      closed,
    ),
    rulesVersion: Type.String(),
  },
  {
    title: 'TakeoverAssessment',
    ...closed,
    description: 'Decision support for IL § 18; the caseworker decides',
  },
)
export type TakeoverAssessmentResponseBody = Static<typeof TakeoverAssessmentResponseSchema>
