import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { principalOf } from '../http/auth.ts'
import { IdempotencyKey, IfNoneMatch, ifNoneMatchMatches, requestHeaders } from '../http/headers.ts'
import { hashIdempotencyKey, requestHash } from '../http/idempotency.ts'
import { languageOf } from '../http/language.ts'
import { HttpProblem } from '../http/problem.ts'
import { ProblemSchema } from '../http/swagger.ts'
import { etagOf } from './mapper.ts'
import { findApplication, listEvents, logAccess } from './repository.ts'
import { ApplicationIdParams, CprNumberHeader, CreateApplicationBody, ListQuery } from './request-schemas.ts'
import { ApplicationPage, ApplicationSchema, EventSchema } from './response-schemas.ts'
import { listForCaller } from './search.ts'
import {
  type ApplicationContext,
  createApplication,
  personHashOf,
  visibilityOf,
  withPrevious,
} from './service.ts'

const TAGS = ['Applications']

export const applicationRoutes: FastifyPluginAsyncTypebox<ApplicationContext> = async (app, context) => {
  const { db, config } = context

  app.post(
    '/v1/takeover-applications',
    {
      // Idempotency-Key honoured by the create itself, in its transaction (service.ts)
      config: { scopes: ['applications:write'], idempotent: 'own' },
      schema: {
        tags: TAGS,
        operationId: 'createTakeoverApplication',
        summary: 'Register a § 18 application',
        description:
          'Stores the application with its structured grounds, its § 18 assessment (as POST /v1/takeover-assessments, evaluated on the received date) and its dates (as POST /v1/handover-dates). Answers 201 with `Location` and `ETag`. The CPR number is validated and kept only as a keyed pseudonym: repeat applications by the same person are linked in `previousApplications` (G-REPEAT). Send `Idempotency-Key` to retry safely: the same key and body replay the first response; the same key with another body is 422. `externalReference` is unique per receiving municipality: a second application with it is 409 with the `Location` of the existing application. Only the receiving municipality (or a national key) registers.',
        headers: requestHeaders({ 'idempotency-key': IdempotencyKey }),
        body: CreateApplicationBody,
        response: { 201: ApplicationSchema, 409: ProblemSchema, 422: ProblemSchema },
        responseHeaders: { 201: ['Location', 'ETag', 'Idempotent-Replayed'], 409: ['Location'] },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request)
      const language = languageOf(request)
      const key = request.headers['idempotency-key']
      const result = await createApplication(
        context,
        principal,
        request.body,
        language,
        typeof key === 'string'
          ? {
              clientId: principal.keyId,
              key: hashIdempotencyKey(key),
              // the body's CPR enters the hash as its pseudonym only
              requestHash: requestHash({
                path: request.url,
                body: {
                  ...request.body,
                  applicant: {
                    ...request.body.applicant,
                    cpr: personHashOf(context, request.body.applicant.cpr, '/applicant/cpr'),
                  },
                },
              }),
              ttlHours: config.idempotencyTtlHours,
            }
          : undefined,
      )
      if (result.replayed) reply.header('idempotent-replayed', 'true')
      request.log.info({ applicationId: result.body.id, replayed: result.replayed }, 'application registered')
      return reply
        .code(201)
        .header('location', `/v1/takeover-applications/${result.body.id}`)
        .header('etag', etagOf(result.body))
        .send(result.body)
    },
  )

  app.get(
    '/v1/takeover-applications',
    {
      config: { scopes: ['applications:read'] },
      schema: {
        tags: TAGS,
        operationId: 'listTakeoverApplications',
        summary: 'List applications (filters, cursor pagination)',
        description:
          "Newest received first (received date, then id), stable across pages: pass `nextCursor` as `cursor` until it is null. A municipality's key sees the applications where it is the receiving or departure municipality. A person's applications: send their CPR number in the `x-civilregistrationIdentifier` header (never in the URL). Every application returned is written to the access log.",
        querystring: ListQuery,
        headers: requestHeaders({
          'x-civilregistrationidentifier': CprNumberHeader(
            "Only this person's applications (the CPR number is never put in the URL)",
          ),
        }),
        response: { 200: ApplicationPage, 404: ProblemSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request)
      const cpr = request.headers['x-civilregistrationidentifier']
      const personHash = cpr ? personHashOf(context, cpr, '/x-civilregistrationIdentifier') : undefined
      const page = await listForCaller(db, principal, request.query, personHash)
      await logAccess(
        db,
        page.rows.map((r) => ({
          application_id: r.id,
          person_hash: r.person_hash,
          action: 'list' as const,
          actor: principal.name,
          actor_municipality: principal.municipalityCode,
        })),
      )
      return {
        data: await withPrevious(db, page.rows, visibilityOf(principal), languageOf(request)),
        nextCursor: page.nextCursor,
      }
    },
  )

  app.get(
    '/v1/takeover-applications/:id',
    {
      config: { scopes: ['applications:read'] },
      schema: {
        tags: TAGS,
        operationId: 'getTakeoverApplication',
        summary: 'One application',
        description:
          "With `ETag`; send `If-None-Match` to poll cheaply (304 when unchanged). Applications outside the caller's municipality are 404, so that their existence does not leak. The read is written to the access log.",
        params: ApplicationIdParams,
        headers: requestHeaders({ 'if-none-match': IfNoneMatch }),
        response: {
          200: ApplicationSchema,
          304: Type.Null({ description: 'Not modified: your `If-None-Match` holds the current ETag' }),
          404: ProblemSchema,
        },
        responseHeaders: { 200: ['ETag'], 304: ['ETag'] },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request)
      const visibility = visibilityOf(principal)
      const row = await findApplication(db, request.params.id, visibility)
      if (!row) throw new HttpProblem(404, `No application ${request.params.id}.`)
      await logAccess(db, [
        {
          application_id: row.id,
          person_hash: row.person_hash,
          action: 'read',
          actor: principal.name,
          actor_municipality: principal.municipalityCode,
        },
      ])
      reply.header('etag', etagOf(row))
      if (ifNoneMatchMatches(request.headers['if-none-match'], etagOf(row))) return reply.code(304).send(null)
      const [body] = await withPrevious(db, [row], visibility, languageOf(request))
      return body!
    },
  )

  app.get(
    '/v1/takeover-applications/:id/events',
    {
      config: { scopes: ['applications:read'] },
      schema: {
        tags: TAGS,
        operationId: 'listTakeoverApplicationEvents',
        summary: 'The audit trail of an application',
        description:
          "Every change, oldest first: who (the API key's name and municipality), what, when, and the status before and after. Append-only: written in the same transaction as the change, never updated or deleted.",
        params: ApplicationIdParams,
        response: {
          200: Type.Object({ data: Type.Array(EventSchema) }, { title: 'ApplicationEventList' }),
          404: ProblemSchema,
        },
      },
    },
    async (request) => {
      const principal = principalOf(request)
      const row = await findApplication(db, request.params.id, visibilityOf(principal))
      if (!row) throw new HttpProblem(404, `No application ${request.params.id}.`)
      await logAccess(db, [
        {
          application_id: row.id,
          person_hash: row.person_hash,
          action: 'events',
          actor: principal.name,
          actor_municipality: principal.municipalityCode,
        },
      ])
      const events = await listEvents(db, row.id)
      return {
        data: events.map((e) => ({
          id: e.id,
          type: e.type,
          actor: e.actor,
          actorMunicipality: e.actor_municipality,
          occurredAt: e.occurred_at.toISOString(),
          statusBefore: e.status_before,
          statusAfter: e.status_after,
          details: e.details,
        })),
      }
    },
  )
}
