import type { Kysely, Transaction } from 'kysely'
import type { Config } from '../config.ts'
import type { Database } from '../db/schema.ts'
import { ContradictoryInput, Duplicate, Forbidden, InvalidInput } from '../errors.ts'
import { outboxRow } from '../events/cloud-event.ts'
import { insertOutboxEvent } from '../events/repository.ts'
import type { Principal } from '../http/auth.ts'
import {
  claimKey,
  type IdempotencyKey,
  type IdempotentResult,
  replayOrWait,
  storeAnswer,
  WAIT_FOR_CONCURRENT_MS,
} from '../http/idempotency.ts'
import { parseCpr } from '../law/cpr-number.ts'
import { normaliseMunicipalityCode } from '../law/municipalities.ts'
import type { Language } from '../law/rule-definition.ts'
import type { TakeoverAssessmentRequest } from '../law/takeover/index.ts'
import { evaluateWithLinks } from '../takeover-assessments/service.ts'
import type { ApplicationRow, NewApplicationRow } from './application.table.ts'
import { applicationDates } from './application-dates.ts'
import { type StoredAssessment, toApplication } from './mapper.ts'
import type { Pseudonymiser } from './pseudonym.ts'
import { applicationsOfPersons, insertApplication, insertEvent, type Visibility } from './repository.ts'
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

/**
 * Validates a new application and works out the row to store: its assessment (language-neutral findings,
 * evaluated once on the received date) and its dates. Reads only (a linked spouse application, T-SPOUSE-BOTH). Only the
 * receiving municipality (or a national key) registers.
 */
export async function newApplication(
  context: ApplicationContext,
  db: Kysely<Database> | Transaction<Database>,
  principal: Principal,
  body: CreateApplicationBody,
): Promise<NewApplicationRow> {
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
  // Evaluated once, in no language (one linked-spouse query); a read renders it in the reader's language.
  const assessment: StoredAssessment = await evaluateWithLinks(
    {
      db,
      principal,
      reasonableOneWayCommuteMinutes: context.config.reasonableOneWayCommuteMinutes,
      minimumObligingHoursPerWeek: context.config.minimumObligingHoursPerWeek,
      asOfPointer: '/receivedDate',
    },
    request,
    body.receivedDate,
  )
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
    assessment_outcome: assessment.outcome,
    handover_dates: JSON.stringify(dates),
    created_by: principal.name,
  }
  return row
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

/**
 * Validates and stores a new application with its assessment and dates, in one transaction: claim the
 * Idempotency-Key (if any), insert the application, its `created` event and its outbox event, build
 * the answer from the stored row, store the answer on the key, commit. When the key is taken (a retry,
 * or a concurrent request with the same key that committed first) the transaction writes nothing and
 * the first answer is replayed.
 */
export async function createApplication(
  context: ApplicationContext,
  principal: Principal,
  body: CreateApplicationBody,
  language: Language,
  key?: IdempotencyKey,
): Promise<IdempotentResult<ApplicationBody>> {
  const row = await newApplication(context, context.db, principal, body)
  const deadline = Date.now() + WAIT_FOR_CONCURRENT_MS
  for (;;) {
    let created: ApplicationBody | undefined
    try {
      created = await context.db.transaction().execute(async (trx) => {
        if (key && !(await claimKey(trx, key))) return undefined // taken: leave, nothing written
        const answer = await storeApplication(trx, principal, row, language)
        if (key)
          await storeAnswer(trx, key, { status: 201, body: JSON.stringify(answer), resourceId: answer.id })
        return answer
      })
    } catch (error) {
      if (isNaturalKeyConflict(error)) return duplicateReference(context, body)
      throw error
    }
    if (created) return { status: 201, body: created, resourceId: created.id, headers: {}, replayed: false }
    // the key was taken: replay its answer (or claim again, if it was freed meanwhile)
    const replay = await replayOrWait<ApplicationBody>(context.db, key!, deadline)
    if (replay) return replay
  }
}

/**
 * The application, its `created` audit event and its outbox event (issue 16); the answer is the
 * stored row with the person's earlier applications (G-REPEAT), as a read returns it.
 */
async function storeApplication(
  trx: Transaction<Database>,
  principal: Principal,
  row: NewApplicationRow,
  language: Language,
): Promise<ApplicationBody> {
  const stored = await insertApplication(trx, row)
  const details = { assessmentOutcome: row.assessment_outcome, groundTypes: row.ground_types }
  await insertEvent(trx, {
    application_id: stored.id,
    type: 'created',
    actor: principal.name,
    actor_municipality: principal.municipalityCode,
    status_before: null,
    status_after: stored.status,
    details,
  })
  await insertOutboxEvent(trx, outboxRow('created', stored, details))
  const [answer] = await withPrevious(trx, [stored], visibilityOf(principal), language)
  return answer!
}

/** D-PROCESSING: the municipality's own target, else the default (interpretation; config). */
export function targetDays(config: Readonly<Config>, municipalityCode: string): number {
  return config.processingTargetDaysByMunicipality[municipalityCode] ?? config.processingTargetDays
}
