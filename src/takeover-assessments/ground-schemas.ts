/**
 * TypeBox schemas of the § 18 grounds (api.md "§ 18 assessment"), shared by the assessment and the
 * applications. Every ground fact is optional: a missing fact yields `needs_information` with its JSON
 * pointer (rules.md § 2), never a 400. Unknown fields are rejected (additionalProperties: false).
 */
import { type Static, type TBoolean, type TOptional, type TProperties, Type } from 'typebox'
import { municipalityCodeSchema } from '../http/schemas.ts'
import { HOLDERS, PATIENTS } from '../law/takeover/index.ts'

export const closed = { additionalProperties: false } as const

/** IsoDate and MunicipalityCode of src/http/schemas.ts, with a description per field. */
export const date = (description: string) =>
  Type.String({ format: 'date', description, examples: ['2025-03-01'] })
/** Every municipality-valued field: the one shared schema (rules.md § 6, issue 14). */
export const municipalityCode = (description: string) => municipalityCodeSchema(description)
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

/** `unaccompanied_minor_placement` → `UnaccompaniedMinorPlacementGround` (its name in the OpenAPI document). */
const groundName = (type: string) =>
  `${type.replace(/(^|_)([a-z])/g, (_match, _separator, letter: string) => letter.toUpperCase())}Ground`

/** A ground: a closed object discriminated by its literal `type`. */
function ground<const T extends string, P extends TProperties>(type: T, description: string, facts: P) {
  return Type.Object(
    { type: Type.Literal(type), ...facts },
    { ...closed, description, title: groundName(type) },
  )
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
    hoursPerWeek: Type.Optional(
      Type.Number({
        exclusiveMinimum: 0,
        maximum: 168,
        description:
          'Hours per week, above 0 (a job of 0 hours is no job); part-time counts (AST I-4-03). With fewer than `minimumObligingHoursPerWeek` (an interpretation, default 0: any part-time job) a permanent ordinary job supports instead of obliging',
      }),
    ),
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
  { title: 'TakeoverGround', description: 'One ground of the application, discriminated by `type`' },
)
export type TakeoverGroundBody = Static<typeof TakeoverGroundSchema>

export const TakeoverGroundsSchema = Type.Array(TakeoverGroundSchema, { minItems: 1, maxItems: 20 })
