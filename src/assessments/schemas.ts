/**
 * TypeBox schemas of `POST /v1/takeover-assessments` (api.md "§ 18 assessment") and of a `GET /v1/rules`
 * entry. Every ground fact is optional: a missing fact yields `needs_information` with its JSON pointer
 * (rules.md § 2), never a 400. Unknown fields are rejected (additionalProperties: false).
 */
import { type Static, type TBoolean, type TOptional, type TProperties, Type } from 'typebox'
import { ApplicantCategory, IsoDate, LegalSourceSchema } from '../http/schemas.ts'
import { HOLDERS, PATIENTS } from '../law/takeover/index.ts'
import {
  ASSESSMENT_OUTCOMES,
  type AssessmentOutcome,
  GROUND_EFFECTS,
  GROUND_TYPES,
} from '../law/vocabulary.ts'

const closed = { additionalProperties: false } as const

/** IsoDate and MunicipalityCode of src/http/schemas.ts, with a description per field. */
const date = (description: string) => Type.String({ format: 'date', description, examples: ['2025-03-01'] })
const municipalityCode = (description: string) =>
  Type.String({
    pattern: '^0?[0-9]{3}$',
    description: `${description} (3 digits; 0101 = 101)`,
    examples: ['101'],
  })
const municipality = (description: string) => Type.Optional(municipalityCode(description))
const number = (maximum: number, description: string) =>
  Type.Optional(Type.Number({ minimum: 0, maximum, description }))
const text = (description: string) => Type.Optional(Type.String({ maxLength: 2000, description }))

/** Yes/no facts, one description each; all optional (a missing one yields needs_information). */
function booleans<const D extends Record<string, string>>(
  descriptions: D,
): { [K in keyof D]: TOptional<TBoolean> } {
  const entries = Object.entries(descriptions).map(([name, description]) => [
    name,
    Type.Optional(Type.Boolean({ description })),
  ])
  return Object.fromEntries(entries) as { [K in keyof D]: TOptional<TBoolean> }
}

/** A ground: a closed object discriminated by its literal `type`. */
function ground<const T extends string, P extends TProperties>(type: T, description: string, facts: P) {
  return Type.Object({ type: Type.Literal(type), ...facts }, { ...closed, description })
}

const holder = Type.Optional(
  Type.Enum(HOLDERS, { description: 'Whose job or education it is; the spouse’s counts too (T-EMP, T-EDU)' }),
)
const commute = number(
  1440,
  'One-way public-transport travel time in minutes from the current home; strictly longer than `reasonableOneWayCommuteMinutes` (default 90, an interpretation) is unreasonable',
)

export const EmploymentGroundSchema = ground(
  'employment',
  'Employment of the applicant or spouse (T-EMP, T-EMP-PRACTICE)',
  {
    holder,
    workplaceMunicipality: municipality('Municipality of the workplace'),
    ...booleans({
      ordinary:
        'Ordinary employment (ordinær beskæftigelse); `false` = work placement, internship or other non-ordinary work with at most a prospect of ordinary employment (T-EMP-PRACTICE)',
      permanent: 'Permanent (varig) rather than temporary employment',
    }),
    hoursPerWeek: number(168, 'Hours per week; part-time counts (AST I-4-03)'),
    oneWayCommuteMinutes: commute,
  },
)

export const EducationGroundSchema = ground('education', 'Admission to an education (T-EDU)', {
  holder,
  institutionMunicipality: municipality('Municipality of the place of education'),
  ...booleans({
    admitted: 'Admitted (optaget) to the education',
    availableNearCurrentHome:
      'The same education can be taken in the current municipality or one within reasonable transport',
    fastestRouteToEmployment:
      'The education is the fastest route to employment (a long higher education usually is not)',
  }),
  oneWayCommuteMinutes: commute,
})

export const SpouseGroundSchema = ground('spouse', 'Spouse (T-SPOUSE, T-SPOUSE-BOTH)', {
  ...booleans({
    spouseCoveredByProgramme:
      'The spouse is also covered by the programme (T-SPOUSE-BOTH); `false` → T-SPOUSE',
  }),
  spouseMunicipality: municipality('Municipality the spouse lives in or moves to (T-SPOUSE)'),
  linkedApplicationId: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'The spouse’s own § 18 application (T-SPOUSE-BOTH)',
    }),
  ),
})

export const PartnerGroundSchema = ground(
  'partner',
  'Girlfriend/boyfriend, kæreste (T-PARTNER, T-PARTNER-CHILD); an unborn child: commonChildBorn false, paternityRegistered true',
  {
    ...booleans({
      commonChildBorn: 'A common child has been born',
      paternityRegistered: 'Paternity of the common child is registered (or acknowledged before the birth)',
    }),
  },
)

export const IllnessGroundSchema = ground('illness', 'Illness of the applicant or a close relative (T-ILL)', {
  patient: Type.Optional(
    Type.Enum(PATIENTS, { description: 'Who is ill: the applicant or a close relative' }),
  ),
  treatmentMunicipality: municipality('Municipality of the place of treatment'),
  treatmentsPerWeek: number(
    50,
    'Treatments or examinations per week; 1 or more is frequent (0.5 = every other week)',
  ),
  oneWayCommuteMinutes: commute,
})

export const ThreatsGroundSchema = ground('threats', 'Threats and safety (T-THREAT)', {
  ...booleans({
    cannotReturnForSafety: 'For safety reasons the person cannot return to the current municipality',
    reportedToPolice: 'Evidence: the threats are reported to the police',
    documentedByHealthOrCrisisCentre:
      'Evidence: violence documented by doctor/hospital records or a crisis-centre statement',
    authorityRecommendsRelocation:
      'Evidence: the police or another authority recommends not living near the perpetrator',
    strongerAttachmentElsewhere:
      'Stronger attachment to another municipality (a temporary crisis-centre stay does not count)',
  }),
})

export const DiscriminationGroundSchema = ground(
  'discrimination',
  'Harassment or discrimination (T-DISCRIMINATION)',
  {
    ...booleans({
      lgbtqRelated: 'LGBT+-related (for statistics; does not change the effect)',
      threatsReceived: 'The person or the family has received threats',
      authoritiesAssessNotSolvableLocally:
        'The relevant authorities assess that it cannot be solved locally (other housing, change of school)',
    }),
  },
)

export const UnaccompaniedMinorPlacementGroundSchema = ground(
  'unaccompanied_minor_placement',
  'Unaccompanied minor refugee placed at an institution under the Social Services Act (T-MINOR)',
  { placementMunicipality: municipality('Municipality of the institution where the minor is placed') },
)

/** Grounds that AST practice never treats as obliging; the description is for the record. */
const described = <const T extends string>(type: T, text: string) =>
  ground(type, text, {
    description: Type.Optional(Type.String({ maxLength: 2000, description: 'Free text' })),
  })
export const FamilyOrFriendsGroundSchema = described(
  'family_or_friends',
  'Family (not spouse or common child) or friends in the receiving municipality (T-FAMILY-FRIENDS)',
)
export const LonelinessGroundSchema = described(
  'loneliness',
  'Feels lonely in the current municipality (T-LONELINESS)',
)
export const LargerCityGroundSchema = described(
  'larger_city',
  'Wants a larger city, better job chances without a concrete job, or a community such as the LGBT+ community (T-LARGER-CITY)',
)
export const ConflictGroundSchema = described(
  'conflict',
  'Problems with other refugees or municipal staff (T-CONFLICT)',
)
export const OtherGroundSchema = ground('other', 'Anything else (T-OTHER)', {
  description: text('What the circumstance is; needed for the individual assessment'),
})

export const TakeoverGroundSchema = Type.Union(
  [
    EmploymentGroundSchema,
    EducationGroundSchema,
    SpouseGroundSchema,
    PartnerGroundSchema,
    IllnessGroundSchema,
    ThreatsGroundSchema,
    DiscriminationGroundSchema,
    UnaccompaniedMinorPlacementGroundSchema,
    FamilyOrFriendsGroundSchema,
    LonelinessGroundSchema,
    LargerCityGroundSchema,
    ConflictGroundSchema,
    OtherGroundSchema,
  ],
  { description: 'One ground of the application, discriminated by `type`' },
)
export type TakeoverGroundBody = Static<typeof TakeoverGroundSchema>

export const TakeoverGroundsSchema = Type.Array(TakeoverGroundSchema, { minItems: 1, maxItems: 20 })

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
  closed,
)

export const AssessmentNoteSchema = Type.Object(
  {
    ruleId: Type.String({ examples: ['G-VOLUNTARY'] }),
    text: Type.String(),
    legalSources: Type.Array(LegalSourceSchema),
  },
  { ...closed, description: 'A general rule (G-*) that applies to the answer' },
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
      },
      closed,
    ),
    rulesVersion: Type.String(),
  },
  { ...closed, description: 'Decision support for IL § 18; the caseworker decides' },
)
export type TakeoverAssessmentResponseBody = Static<typeof TakeoverAssessmentResponseSchema>
