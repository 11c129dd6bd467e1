import { Type } from 'typebox'
import { IsoDate } from '../http/schemas.ts'
import { DEADLINE_STATES, DUTY_DEADLINE_IDS, MILESTONE_TYPES } from '../law/duties/index.ts'

const closed = { additionalProperties: false } as const

const MilestoneTypeSchema = Type.Enum(MILESTONE_TYPES, {
  description:
    'contract_signed (D-CONTRACT), contract_goal_stated (D-CONTRACT-GOAL), first_company_offer (D-FIRST-OFFER), readiness_assessed (D-VISITATION), contract_followed_up (D-FOLLOW-UP), health_assessment_offered (D-HEALTH), company_offer (D-SIX-WEEKS: a later company-based offer)',
})

export const MilestoneRequest = Type.Object(
  {
    type: MilestoneTypeSchema,
    date: Type.String({
      ...IsoDate,
      description: 'The day it happened: not before the takeover took effect, not in the future',
    }),
    note: Type.Optional(Type.String({ maxLength: 2000, description: 'Free text; never a CPR number' })),
    supersedes: Type.Optional(
      Type.String({
        format: 'uuid',
        description:
          'The milestone this one corrects (same type). Without it, a new milestone of a type that occurs once supersedes the current one of that type; company_offer milestones accumulate.',
      }),
    ),
  },
  { title: 'MilestoneRequest', ...closed, examples: [{ type: 'contract_signed', date: '2025-08-20' }] },
)

export const MilestoneSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    type: MilestoneTypeSchema,
    date: IsoDate,
    note: Type.Optional(Type.String()),
    recordedAt: Type.String({ format: 'date-time' }),
    recordedBy: Type.String({ description: 'Name of the API key that recorded it' }),
    supersedes: Type.Optional(
      Type.String({ format: 'uuid', description: 'The milestone this one corrects' }),
    ),
    superseded: Type.Boolean({ description: 'A later milestone corrects this one; it no longer counts' }),
  },
  { ...closed, title: 'Milestone' },
)

export const WorklistQuery = Type.Object(
  {
    state: Type.Optional(Type.Enum(DEADLINE_STATES, { description: 'The state today' })),
    deadline: Type.Optional(Type.Enum(DUTY_DEADLINE_IDS, { description: 'One rule id' })),
    dueBefore: Type.Optional(Type.String({ ...IsoDate, description: 'Due on or before this date' })),
    dueAfter: Type.Optional(Type.String({ ...IsoDate, description: 'Due on or after this date' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
    cursor: Type.Optional(Type.String({ maxLength: 300, description: '`next` of the previous page' })),
    format: Type.Optional(
      Type.Enum(['json', 'csv', 'csv-excel'], {
        description:
          'csv: the same columns as text/csv; csv-excel: `;`, decimal comma, UTF-8 BOM (Danish Excel)',
      }),
    ),
  },
  closed,
)

export const WorklistRow = Type.Object(
  {
    applicationId: Type.String({ format: 'uuid' }),
    externalReference: Type.String(),
    toMunicipality: Type.String(),
    deadlineId: Type.Enum(DUTY_DEADLINE_IDS),
    startDate: Type.String({ ...IsoDate, description: 'What the deadline runs from' }),
    dueDate: IsoDate,
    state: Type.Enum(DEADLINE_STATES, {
      description:
        'Today: met (on time) or met_late by a milestone, else open until and including the due date, overdue after it. D-UPSKILLING is a window: open while it runs, overdue once closed.',
    }),
    metOn: Type.Optional(IsoDate),
    milestoneId: Type.Optional(Type.String({ format: 'uuid' })),
    interpretation: Type.Boolean({
      description: 'True where the deadline rests on a choice the service makes (see GET /v1/rules)',
    }),
  },
  { ...closed, title: 'DeadlineWorklistRow' },
)

export const WORKLIST_COLUMNS = [
  'applicationId',
  'externalReference',
  'toMunicipality',
  'deadlineId',
  'startDate',
  'dueDate',
  'state',
  'metOn',
  'milestoneId',
  'interpretation',
] as const
