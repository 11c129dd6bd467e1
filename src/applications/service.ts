import { randomUUID } from 'node:crypto'
import type { Kysely, Transaction } from 'kysely'
import type { Config } from '../config.ts'
import type { Database } from '../db/schema.ts'
import { ContradictoryInput, Duplicate, Forbidden, InvalidInput } from '../errors.ts'
import { outboxRow } from '../events/cloud-event.ts'
import type { Principal } from '../http/auth.ts'
import {
  claimKey,
  type IdempotencyKey,
  type IdempotentResult,
  KEY_TAKEN,
  replayOf,
  storedKey,
} from '../http/idempotency.ts'
import { parseCpr } from '../law/cpr-number.ts'
import { normaliseMunicipalityCode } from '../law/municipalities.ts'
import type { Language } from '../law/rule-definition.ts'
import type { TakeoverAssessmentRequest } from '../law/takeover/index.ts'
import { assessWithLinks } from '../takeover-assessments/service.ts'
import type { ApplicationRow, NewApplicationRow } from './application.table.ts'
import { applicationDates } from './application-dates.ts'
import { previousApplications, type StoredAssessment, toApplication } from './mapper.ts'
import type { Pseudonymiser } from './pseudonym.ts'
import {
  applicationsOfPersons,
  type CreatedEvent,
  insertNewApplication,
  type Visibility,
} from './repository.ts'
import type { CreateApplicationBody } from './request-schemas.ts'
import type { ApplicationBody } from './response-schemas.ts'

export interface ApplicationContext {
  db: Kysely<Database>
  config: Readonly<Config>
  pseudonymise: Pseudonymiser
}

export const visibilityOf = (principal: Principal): Visibility => ({
  municipalityCode: principal.municipalityCode,
})

export function municipality(code: string, pointer: string): string {
  const normalised = normaliseMunicipalityCode(code)
  if (!normalised) throw new InvalidInput(pointer, `${code} is not one of the 98 municipality codes`)
  return normalised
}

/** The pseudonym of a CPR number from a body field or the x-civilregistrationIdentifier header. */
export function personHashOf(context: ApplicationContext, cpr: string, pointer: string): string {
  const parsed = parseCpr(cpr)
  if (!parsed.ok) throw new InvalidInput(pointer, parsed.reason)
  return context.pseudonymise(parsed.cpr)
}

/** Earlier applications of each row's person, visible to the caller (G-REPEAT), in one query. */
export async function withPrevious(
  db: Kysely<Database> | Transaction<Database>,
  rows: readonly ApplicationRow[],
  visibility: Visibility,
  language: Language,
): Promise<ApplicationBody[]> {
  const related = await applicationsOfPersons(
    db,
    rows.map((r) => r.person_hash),
    visibility,
  )
  return rows.map((row) => {
    const previous = related
      .filter((r) => r.person_hash === row.person_hash && r.id !== row.id)
      .filter(
        (r) =>
          r.received_date < row.received_date ||
          (r.received_date === row.received_date && r.created_at < row.created_at),
      )
      .map((r) => r.id)
    return toApplication(row, language, previous)
  })
}

/** A new application's row as Kysely inserts it, and its JSON columns as values (for the answer). */
export interface NewApplication {
  row: NewApplicationRow
  values: Pick<ApplicationRow, 'grounds' | 'assessment' | 'handover_dates'>
}

/**
 * Validates a new application and works out the row to store: its assessment (both languages, evaluated
 * on the received date) and its dates. Reads only (a linked spouse application, T-SPOUSE-BOTH). Only the
 * receiving municipality (or a national key) registers.
 */
export async function newApplication(
  context: ApplicationContext,
  db: Kysely<Database> | Transaction<Database>,
  principal: Principal,
  body: CreateApplicationBody,
): Promise<NewApplication> {
  const toMunicipality = municipality(body.toMunicipality, '/toMunicipality')
  const fromMunicipality = municipality(body.fromMunicipality, '/fromMunicipality')
  if (principal.municipalityCode && principal.municipalityCode !== toMunicipality) {
    throw new Forbidden('Only the receiving municipality registers an application made to it.', {
      code: 'not-receiving-municipality',
    })
  }
  if (fromMunicipality === toMunicipality) {
    throw new ContradictoryInput(
      '/toMunicipality',
      'fromMunicipality and toMunicipality are the same: no takeover is needed',
    )
  }
  const personHash = personHashOf(context, body.applicant.cpr, '/applicant/cpr')
  const { cpr: _cpr, ...applicant } = body.applicant
  const dates = applicationDates(applicant, body.receivedDate, targetDays(context.config, toMunicipality))
  const request: TakeoverAssessmentRequest = {
    fromMunicipality,
    toMunicipality,
    applicant: { category: applicant.category, responsibilityDate: dates.responsibilityDate.date },
    grounds: body.grounds,
  }
  const assess = (lang: Language) =>
    assessWithLinks(
      {
        db,
        principal,
        language: lang,
        reasonableOneWayCommuteMinutes: context.config.reasonableOneWayCommuteMinutes,
        minimumObligingHoursPerWeek: context.config.minimumObligingHoursPerWeek,
        asOfPointer: '/receivedDate',
      },
      request,
      body.receivedDate,
    )
  const assessment: StoredAssessment = { da: await assess('da'), en: await assess('en') }
  const row: NewApplicationRow = {
    external_reference: body.externalReference,
    person_hash: personHash,
    category: applicant.category,
    from_municipality: fromMunicipality,
    to_municipality: toMunicipality,
    received_date: body.receivedDate,
    planned_move_date: body.plannedMoveDate ?? null,
    responsibility_date: dates.responsibilityDate.date,
    visitation_decision_date: applicant.visitationDecisionDate ?? null,
    residence_permit_date: applicant.residencePermitDate ?? null,
    cpr_registration_date: applicant.cprRegistrationDate ?? null,
    grounds: JSON.stringify(body.grounds),
    ground_types: [...new Set(body.grounds.map((g) => g.type))].sort(),
    assessment: JSON.stringify(assessment),
    assessment_outcome: assessment.da.outcome,
    handover_dates: JSON.stringify(dates),
    created_by: principal.name,
  }
  return { row, values: { grounds: body.grounds, assessment, handover_dates: dates } }
}

const createdEvent = (principal: Principal, row: NewApplicationRow): CreatedEvent => ({
  type: 'created',
  actor: principal.name,
  actor_municipality: principal.municipalityCode,
  details: { assessmentOutcome: row.assessment_outcome, groundTypes: row.ground_types },
})

/**
 * Validates and stores a new application with its assessment (both languages) and dates, its
 * `created` event and its links to the person's earlier applications, in one statement (atomic on its
 * own, no transaction needed); with an Idempotency-Key the same statement claims the key with the
 * answer. The answer is built before the write (so the id is chosen here); the statement adds what only
 * it knows: the clock (createdAt) and the earlier applications. It is the row a read returns (tested).
 */
async function storeApplication(
  context: ApplicationContext,
  principal: Principal,
  body: CreateApplicationBody,
  language: Language,
  key: IdempotencyKey | undefined,
): Promise<ApplicationBody> {
  const { row, values } = await newApplication(context, context.db, principal, body)
  const inserted = { ...row, id: randomUUID() }
  const unknownYet = new Date(0) // createdAt and previous applications: the statement's
  const stored = newRowAsStored({ ...inserted, created_at: unknownYet, updated_at: unknownYet }, values)
  const answer = toApplication(stored, language, [])
  const event = createdEvent(principal, row)
  const written = await insertNewApplication(
    context.db,
    inserted,
    event,
    outboxRow('created', stored, event.details),
    visibilityOf(principal),
    answer,
    key && claimKey(key, { status: 201, resourceId: inserted.id }),
  )
  const createdAt = written.now.toISOString()
  return {
    ...answer,
    previousApplications: previousApplications(inserted.id, written.previousIds),
    createdAt,
    updatedAt: createdAt,
  }
}

/** The unique index on (to_municipality, external_reference): migration 20261127120200. */
const NATURAL_KEY = 'takeover_application_natural_key'

function isNaturalKeyConflict(error: unknown): boolean {
  const { code, constraint, message } = error as { code?: unknown; constraint?: unknown; message?: unknown }
  return code === '23505' && (constraint === NATURAL_KEY || String(message).includes(NATURAL_KEY))
}

/**
 * `externalReference` is unique per receiving municipality (issue 13, item 11): a second create is 409
 * with the existing application's Location. The caller sees it: only the receiving municipality (or a
 * national key) creates.
 */
async function duplicateReference(context: ApplicationContext, body: CreateApplicationBody): Promise<never> {
  const existing = await context.db
    .selectFrom('takeover_application')
    .select('id')
    .where('to_municipality', '=', municipality(body.toMunicipality, '/toMunicipality'))
    .where('external_reference', '=', body.externalReference)
    .executeTakeFirstOrThrow()
  throw new Duplicate(
    `The receiving municipality already has an application with this externalReference: ${existing.id}.`,
    `/v1/takeover-applications/${existing.id}`,
    { code: 'duplicate-external-reference', existingApplicationId: existing.id },
  )
}

export async function createApplication(
  context: ApplicationContext,
  principal: Principal,
  body: CreateApplicationBody,
  language: Language,
): Promise<ApplicationBody> {
  try {
    return await storeApplication(context, principal, body, language, undefined)
  } catch (error) {
    if (isNaturalKeyConflict(error)) return duplicateReference(context, body)
    throw error
  }
}

/**
 * A create with an Idempotency-Key, in one statement and no transaction: it stores the application
 * and claims the key with the answer, or fails as a whole when the key is taken (a retry, or a
 * concurrent request with the same key that committed first), which is then replayed.
 */
export async function createApplicationOnce(
  context: ApplicationContext,
  principal: Principal,
  body: CreateApplicationBody,
  language: Language,
  key: IdempotencyKey,
): Promise<IdempotentResult<ApplicationBody>> {
  try {
    const answer = await storeApplication(context, principal, body, language, key)
    return { status: 201, body: answer, resourceId: answer.id, replayed: false }
  } catch (error) {
    // a retry of a create that committed meets its key or its reference first: either way, replay it
    const conflict = isNaturalKeyConflict(error)
    const stored =
      conflict || (error as { code?: unknown }).code === KEY_TAKEN
        ? await storedKey(context.db, key)
        : undefined
    if (stored) return replayOf(stored, key.requestHash)
    if (conflict) return duplicateReference(context, body)
    throw error
  }
}

/** The row as the database stores a new application: its defaults, as the table declares them. */
function newRowAsStored(
  row: NewApplicationRow & { id: string; created_at: Date; updated_at: Date },
  values: NewApplication['values'],
): ApplicationRow {
  return {
    ...row,
    ...values,
    planned_move_date: row.planned_move_date ?? null,
    responsibility_date: row.responsibility_date ?? null,
    visitation_decision_date: row.visitation_decision_date ?? null,
    residence_permit_date: row.residence_permit_date ?? null,
    cpr_registration_date: row.cpr_registration_date ?? null,
    status: 'received',
    decision_outcome: null,
    decision_date: null,
    decision_legal_basis: null,
    decision_justification: null,
    decision_conditions: null,
    refused_although_obligated: false,
    move_date: null,
    takeover_effective_date: null,
    withdrawn_date: null,
    appeal_lodged_date: null,
    appeal_outcome: null,
    appeal_decision_date: null,
    version: 1,
  }
}

/** D-PROCESSING: the municipality's own target, else the default (interpretation; config). */
export function targetDays(config: Readonly<Config>, municipalityCode: string): number {
  return config.processingTargetDaysByMunicipality[municipalityCode] ?? config.processingTargetDays
}
