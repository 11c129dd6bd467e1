import { type Static, Type } from 'typebox'
import { ApplicantCategory, IsoDate, LegalSourceSchema } from '../http/schemas.ts'
import { DUTY_DEADLINE_IDS } from '../law/duties/index.ts'
import { TakeoverGroundSchema } from '../takeover-assessments/ground-schemas.ts'
import { TakeoverAssessmentResponseSchema } from '../takeover-assessments/schemas.ts'
import { APPEAL_OUTCOMES, APPLICATION_STATUSES, DECISION_OUTCOMES, LEGAL_BASES } from './lifecycle.ts'
import { Condition } from './request-schemas.ts'

/** What the API answers about an application: the application, its dates, its audit events. */
const closed = { additionalProperties: false } as const

const RuleDateSchema = Type.Object(
  { date: IsoDate, ruleId: Type.String(), legalSources: Type.Array(LegalSourceSchema) },
  { ...closed, title: 'RuleDate' },
)

export const ApplicationDatesSchema = Type.Object(
  {
    responsibilityDate: Type.Object(
      {
        date: IsoDate,
        ruleId: Type.Union([Type.String(), Type.Null()], {
          description: 'null when the date was given, not computed',
        }),
        source: Type.Enum(['given', 'computed']),
      },
      closed,
    ),
    integrationPeriodEndDate: IsoDate,
    freeMovementFromDate: IsoDate,
    processingTargetDate: RuleDateSchema,
    takeoverEffectiveDate: Type.Union([RuleDateSchema, Type.Null()], {
      description: 'H-TAKEOVER: from the move-in date, or from the approval if the person had already moved',
    }),
    contractDeadline: Type.Union([RuleDateSchema, Type.Null()], {
      description: 'D-CONTRACT: the receiving municipality makes the contract within 1 month of the takeover',
    }),
  },
  { ...closed, title: 'ApplicationDates' },
)

/** The stored dates, and the receiving municipality's deadlines computed on read from the effective date. */
const ApplicationDatesWithDeadlines = Type.Object(
  {
    ...ApplicationDatesSchema.properties,
    deadlines: Type.Array(
      Type.Object(
        {
          id: Type.Enum(DUTY_DEADLINE_IDS),
          date: IsoDate,
          startsFrom: Type.Literal('takeover_effective_date'),
          interpretation: Type.Boolean({
            description: 'True where the deadline rests on a choice the service makes (GET /v1/rules)',
          }),
          legalSources: Type.Array(LegalSourceSchema),
        },
        closed,
      ),
      {
        description:
          "The receiving municipality's deadlines from the takeover's effective date (D-CONTRACT, D-FIRST-OFFER, D-VISITATION, D-HEALTH, D-UPSKILLING); empty until the takeover has an effective date. Their states, and the deadlines that follow milestones, are in GET /v1/deadlines.",
      },
    ),
  },
  closed,
)

export const ApplicationSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    externalReference: Type.String(),
    status: Type.Enum(APPLICATION_STATUSES),
    receivedDate: IsoDate,
    plannedMoveDate: Type.Union([IsoDate, Type.Null()]),
    fromMunicipality: Type.String(),
    toMunicipality: Type.String(),
    applicant: Type.Object(
      {
        category: ApplicantCategory,
        responsibilityDate: Type.Union([IsoDate, Type.Null()]),
        visitationDecisionDate: Type.Union([IsoDate, Type.Null()]),
        residencePermitDate: Type.Union([IsoDate, Type.Null()]),
        cprRegistrationDate: Type.Union([IsoDate, Type.Null()]),
      },
      { ...closed, description: 'The applicant, without the CPR number' },
    ),
    grounds: Type.Array(TakeoverGroundSchema),
    assessment: TakeoverAssessmentResponseSchema,
    dates: ApplicationDatesWithDeadlines,
    decision: Type.Union([
      Type.Object(
        {
          outcome: Type.Enum(DECISION_OUTCOMES),
          decisionDate: IsoDate,
          legalBasis: Type.Union([Type.Enum(LEGAL_BASES), Type.Null()]),
          justification: Type.Union([Type.String(), Type.Null()]),
          conditions: Type.Array(Condition),
          refusedAlthoughObligated: Type.Boolean({
            description: 'Flag: refused although the assessment found an obligation (IL § 18 stk. 2)',
          }),
        },
        closed,
      ),
      Type.Null(),
    ]),
    moveDate: Type.Union([IsoDate, Type.Null()]),
    withdrawnDate: Type.Union([IsoDate, Type.Null()]),
    appeal: Type.Union([
      Type.Object(
        {
          lodgedDate: IsoDate,
          outcome: Type.Union([Type.Enum(APPEAL_OUTCOMES), Type.Null()]),
          decisionDate: Type.Union([IsoDate, Type.Null()]),
        },
        closed,
      ),
      Type.Null(),
    ]),
    previousApplications: Type.Object(
      {
        count: Type.Integer({
          minimum: 0,
          description: 'Earlier applications by the same person visible to the caller (G-REPEAT)',
        }),
        ids: Type.Array(Type.String({ format: 'uuid' }), {
          maxItems: 20,
          description: 'The first 20 of them, oldest first',
        }),
        list: Type.Optional(
          Type.String({
            description:
              "When there are more than 20: the list of the person's applications visible to the caller (GET, paginated)",
            examples: ['/v1/takeover-applications?samePersonAs=3f0c2a9e-8d1b-4c57-9e2f-1a6b7c8d9e0f'],
          }),
        ),
      },
      closed,
    ),
    version: Type.Integer({
      minimum: 1,
      description: 'Incremented on every change; the ETag is "v<version>"',
    }),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  {
    title: 'TakeoverApplication',
    ...closed,
    description: 'A § 18 takeover application (the CPR number is never returned)',
  },
)
export type ApplicationBody = Static<typeof ApplicationSchema>

export const ApplicationPage = Type.Object(
  { data: Type.Array(ApplicationSchema), nextCursor: Type.Union([Type.String(), Type.Null()]) },
  { ...closed, title: 'TakeoverApplicationPage' },
)

export const EventSchema = Type.Object(
  {
    id: Type.Integer({ minimum: 1 }),
    type: Type.String(),
    actor: Type.String({ description: 'Name of the API key that made the change' }),
    actorMunicipality: Type.Union([Type.String(), Type.Null()]),
    occurredAt: Type.String({ format: 'date-time' }),
    statusBefore: Type.Union([Type.String(), Type.Null()]),
    statusAfter: Type.Union([Type.String(), Type.Null()]),
    details: Type.Object(
      {},
      {
        additionalProperties: true,
        description: 'What changed: the fields the event recorded (per event type)',
      },
    ),
  },
  { ...closed, title: 'ApplicationEvent' },
)
