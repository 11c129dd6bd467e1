import { type Static, Type } from 'typebox'
import { ApplicantCategory, IsoDate, MunicipalityCode } from '../http/schemas.ts'
import {
  TAKEOVER_ASSESSMENT_REQUEST_EXAMPLES,
  TakeoverGroundsSchema,
} from '../takeover-assessments/schemas.ts'
import { APPEAL_OUTCOMES, APPLICATION_STATUSES, DECISION_OUTCOMES, LEGAL_BASES } from './lifecycle.ts'

const closed = { additionalProperties: false } as const
const date = (description: string) => Type.String({ ...IsoDate, description })

const CPR_PATTERN = '^[0-9]{6}-?[0-9]{4}$'

const ApplicantInput = Type.Object(
  {
    cpr: Type.String({
      pattern: CPR_PATTERN,
      writeOnly: true,
      description:
        'CPR number DDMMYY-SSSS (hyphen optional). Validated (date and century rule; a failed modulus-11 check is accepted) and stored only as a keyed hash to link repeat applications; never returned, logged or exported.',
      examples: ['010190-1234'],
    }),
    category: ApplicantCategory,
    responsibilityDate: Type.Optional(
      date(
        'Date the integration responsibility passed to the departure municipality (IL § 4). If omitted it is computed from the dates below (H-REF, H-CPR, H-UKR).',
      ),
    ),
    visitationDecisionDate: Type.Optional(date("Udlændingestyrelsen's visitation decision (H-REF, H-UKR)")),
    residencePermitDate: Type.Optional(
      date('Residence permit date (H-CPR; H-REF without a visitation date)'),
    ),
    cprRegistrationDate: Type.Optional(date('Registration in CPR in the municipality (H-CPR)')),
    applicationSubmittedInDenmark: Type.Optional(
      Type.Boolean({ description: 'H-CPR: residence application made in Denmark' }),
    ),
  },
  closed,
)

/** The obligated § 18 example as an application (also the tests' fixture). */
export const CREATE_APPLICATION_EXAMPLE = {
  externalReference: 'KK-2025-004711',
  receivedDate: '2025-03-03',
  plannedMoveDate: '2025-05-01',
  applicant: { cpr: '010190-1234', category: 'refugee', visitationDecisionDate: '2023-03-15' },
  fromMunicipality: '773',
  toMunicipality: '101',
  grounds: TAKEOVER_ASSESSMENT_REQUEST_EXAMPLES.obligated.grounds,
} as const

export const CreateApplicationBody = Type.Object(
  {
    externalReference: Type.String({
      minLength: 1,
      maxLength: 200,
      description: "The ERP/case system's own case id (sagsnummer)",
      examples: ['KK-2025-004711'],
    }),
    receivedDate: date('Date the receiving municipality received the application'),
    plannedMoveDate: Type.Optional(
      date('Planned move date, if known (the applicant need not have moved; G-NO-HOUSING-CONDITION)'),
    ),
    applicant: ApplicantInput,
    fromMunicipality: MunicipalityCode,
    toMunicipality: MunicipalityCode,
    grounds: TakeoverGroundsSchema,
  },
  {
    title: 'CreateTakeoverApplicationRequest',
    ...closed,
    description: 'A § 18 application, as the applicant made it to the receiving municipality (IL § 18)',
    examples: [CREATE_APPLICATION_EXAMPLE],
  },
)
export type CreateApplicationBody = Static<typeof CreateApplicationBody>

export const Condition = Type.Object(
  {
    type: Type.Enum(['housing', 'other'], {
      description: 'housing conditions are not allowed (G-NO-HOUSING-CONDITION)',
    }),
    description: Type.String({ minLength: 1, maxLength: 2000 }),
  },
  { ...closed, title: 'DecisionCondition' },
)

export const DecisionBody = Type.Object(
  {
    outcome: Type.Enum(DECISION_OUTCOMES),
    decisionDate: date('Date of the decision (not before the application was received)'),
    legalBasis: Type.Optional(
      Type.Enum(LEGAL_BASES, {
        description: 'For approvals: obligated (IL § 18 stk. 2) or voluntary (IL § 18 stk. 1, G-VOLUNTARY)',
      }),
    ),
    justification: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 10_000,
        description:
          'Required when refusing an application assessed as obligated (the refusal is then flagged)',
      }),
    ),
    conditions: Type.Optional(Type.Array(Condition, { maxItems: 20 })),
  },
  {
    title: 'DecisionRequest',
    ...closed,
    examples: [
      { outcome: 'approved', decisionDate: '2025-03-20', legalBasis: 'obligated' },
      {
        outcome: 'refused',
        decisionDate: '2025-03-20',
        justification: 'Familie og venner er ikke tilstrækkeligt (T-FAMILY-FRIENDS).',
      },
    ],
  },
)
export type DecisionBody = Static<typeof DecisionBody>

export const MoveBody = Type.Object(
  { moveDate: date('Date the person moved into the receiving municipality') },
  { ...closed, title: 'MoveRequest' },
)
export const WithdrawalBody = Type.Object(
  {
    withdrawnDate: date('Date the applicant withdrew the application'),
    reason: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { ...closed, title: 'WithdrawalRequest' },
)
export const AppealBody = Type.Object(
  { lodgedDate: date('Date the appeal to Ankestyrelsen was lodged') },
  { ...closed, title: 'AppealRequest' },
)
export const AppealDecisionBody = Type.Object(
  { outcome: Type.Enum(APPEAL_OUTCOMES), decisionDate: date("Date of Ankestyrelsen's decision") },
  { ...closed, title: 'AppealDecisionRequest' },
)

export const ApplicationIdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, closed)

export const ListQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(APPLICATION_STATUSES)),
    toMunicipality: Type.Optional(MunicipalityCode),
    fromMunicipality: Type.Optional(MunicipalityCode),
    receivedFrom: Type.Optional(date('Received on or after this date')),
    receivedTo: Type.Optional(date('Received on or before this date')),
    groundType: Type.Optional(Type.String({ description: 'Applications citing this ground type' })),
    externalReference: Type.Optional(Type.String({ maxLength: 200 })),
    samePersonAs: Type.Optional(
      Type.String({
        format: 'uuid',
        description:
          'The applications of the same person as this application (which the caller must see; 404 otherwise): the link in previousApplications.list',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    cursor: Type.Optional(Type.String({ maxLength: 200, description: 'nextCursor of the previous page' })),
  },
  closed,
)
export type ListQuery = Static<typeof ListQuery>

/** The `x-civilregistrationIdentifier` request header: a CPR number kept out of the URL (and the logs). */
export const CprNumberHeader = (description: string) =>
  Type.Optional(Type.String({ pattern: CPR_PATTERN, maxLength: 11, description, examples: ['010190-1234'] }))
