import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Kysely } from 'kysely'
import { type Static, Type } from 'typebox'
import type { Database } from '../db/schema.ts'
import { InvalidInput } from '../errors.ts'
import { type Principal, principalOf } from '../http/auth.ts'
import { HttpProblem } from '../http/problem.ts'
import { municipalityCodeSchema } from '../http/schemas.ts'
import { ProblemSchema } from '../http/swagger.ts'
import { normaliseMunicipalityCode } from '../law/municipalities.ts'
import type { ApiKeyRow } from './api-key.table.ts'
import { listApiKeysPage, revokeApiKeyById } from './repository.ts'
import { SCOPES } from './scopes.ts'
import { createApiKey } from './service.ts'

// A scope named twice is harmless: the service keeps each once.
const Scopes = Type.Array(Type.Enum(SCOPES), { minItems: 1, maxItems: 20 })

const CreateApiKeyBody = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: 100,
      pattern: '^[^\\s].*[^\\s]$|^[^\\s]$',
      description: 'Unique among the active keys; the audit trail records it as "who"',
      examples: ['kk-erp'],
    }),
    municipality: Type.Optional(
      municipalityCodeSchema('The municipality the key acts for; instead of national'),
    ),
    national: Type.Optional(
      Type.Literal(true, { description: 'A national key (all municipalities); instead of municipality' }),
    ),
    scopes: Scopes,
  },
  {
    title: 'CreateApiKeyRequest',
    additionalProperties: false,
    examples: [{ name: 'kk-erp', municipality: '101', scopes: ['applications:read', 'applications:write'] }],
  },
)

const ApiKeyFields = {
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  municipality: Type.Union([Type.String({ examples: ['101'] }), Type.Null()], {
    description: 'Null for a national key',
  }),
  scopes: Type.Array(Type.Enum(SCOPES)),
  prefix: Type.String({ description: 'The key starts with ansvar_<prefix>_, to recognise it' }),
  createdAt: Type.String({ format: 'date-time' }),
  createdBy: Type.String({ description: "Who created it: an admin key's name, or the CLI" }),
}

const CreatedApiKey = Type.Object(
  {
    ...ApiKeyFields,
    key: Type.String({ description: 'The key itself, shown only in this answer: store it now' }),
  },
  {
    title: 'CreatedApiKey',
    additionalProperties: false,
    description: 'The new key, with the secret shown this once',
  },
)

const ApiKey = Type.Object(
  {
    ...ApiKeyFields,
    revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    revokedBy: Type.Union([Type.String(), Type.Null()]),
  },
  { title: 'ApiKey', additionalProperties: false },
)

function toApiKey(row: ApiKeyRow): Static<typeof ApiKey> {
  return {
    id: row.id,
    name: row.name,
    municipality: row.municipality_code,
    scopes: row.scopes,
    prefix: row.key_prefix,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    revokedBy: row.revoked_by,
  }
}

/** A municipality's admin key manages its own municipality's keys only; a national one manages all. */
function municipalityFor(principal: Principal, body: Static<typeof CreateApiKeyBody>): string | null {
  if (body.national === true && body.municipality !== undefined) {
    throw new InvalidInput('/national', 'Give either municipality or national: true, not both')
  }
  if (body.national !== true && body.municipality === undefined) {
    throw new InvalidInput('/municipality', 'Give the municipality the key acts for, or national: true')
  }
  const municipality = body.municipality === undefined ? null : normaliseMunicipalityCode(body.municipality)
  if (municipality === undefined) {
    throw new InvalidInput('/municipality', `${body.municipality} is not one of the 98 municipality codes`)
  }
  if (principal.municipalityCode && municipality !== principal.municipalityCode) {
    throw new HttpProblem(
      403,
      `A key of municipality ${principal.municipalityCode} creates keys for that municipality only.`,
      { slug: 'other-municipality' },
    )
  }
  return municipality
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** The cursor is the last key's id, opaque to clients. */
function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8')
  if (!UUID.test(id)) throw new InvalidInput('/cursor', 'cursor is not a nextCursor this service gave out')
  return id
}

/** Keys while the server runs (issue 12): the CLI cannot open an embedded database the server holds. */
export const apiKeyRoutes: FastifyPluginAsyncTypebox<{
  db: Kysely<Database>
  /** Called after a revocation so that this instance stops accepting the key at once. */
  onRevoked: () => void
}> = async (app, { db, onRevoked }) => {
  app.post(
    '/v1/api-keys',
    {
      config: { scopes: ['admin'] },
      schema: {
        tags: ['API keys'],
        operationId: 'createApiKey',
        summary: 'Create an API key (the key is shown once)',
        description:
          'Creates a key for one municipality (`municipality`) or a national one (`national: true`) with the given scopes. The answer is the only place the key appears: the service keeps its SHA-256 hash. Who created it (the calling key’s name) and when are recorded. A municipality’s admin key creates keys for its own municipality only.',
        body: CreateApiKeyBody,
        response: {
          201: CreatedApiKey,
          409: ProblemSchema,
        },
        responseHeaders: { 201: ['Cache-Control'] },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request)
      const municipality = municipalityFor(principal, request.body)
      const { row, key } = await createApiKey(
        db,
        { name: request.body.name, municipalityCode: municipality, scopes: request.body.scopes },
        principal.name,
      )
      request.log.info({ keyId: row.id, keyName: row.name, by: principal.name }, 'api key created')
      const { revokedAt: _a, revokedBy: _b, ...fields } = toApiKey(row)
      return reply
        .code(201)
        .header('cache-control', 'no-store')
        .send({ ...fields, key })
    },
  )

  app.get(
    '/v1/api-keys',
    {
      config: { scopes: ['admin'] },
      schema: {
        tags: ['API keys'],
        operationId: 'listApiKeys',
        summary: 'List API keys (never the key or its hash)',
        description:
          'Active and revoked keys in creation order, with who created and revoked them and when. A municipality’s admin key sees its own municipality’s keys.',
        querystring: Type.Object(
          {
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
            cursor: Type.Optional(
              Type.String({ maxLength: 200, description: 'nextCursor of the previous page' }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object(
            { data: Type.Array(ApiKey), nextCursor: Type.Union([Type.String(), Type.Null()]) },
            { additionalProperties: false, title: 'ApiKeyPage' },
          ),
        },
      },
    },
    async (request) => {
      const principal = principalOf(request)
      const { limit = 100, cursor } = request.query
      const rows = await listApiKeysPage(db, {
        limit: limit + 1,
        ...(principal.municipalityCode ? { municipalityCode: principal.municipalityCode } : {}),
        ...(cursor ? { afterId: decodeCursor(cursor) } : {}),
      })
      const page = rows.slice(0, limit)
      const last = page.at(-1)
      const nextCursor = rows.length > limit && last ? Buffer.from(last.id).toString('base64url') : null
      return { data: page.map(toApiKey), nextCursor }
    },
  )

  app.delete(
    '/v1/api-keys/:id',
    {
      config: { scopes: ['admin'] },
      schema: {
        tags: ['API keys'],
        operationId: 'revokeApiKey',
        summary: 'Revoke an API key',
        description:
          'The key stops working at once on this instance and within 10 seconds on the others. Who revoked it and when are recorded; revoking a revoked key again changes nothing (204).',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        response: {
          204: Type.Null({ description: 'Revoked' }),
          404: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request)
      const row = await revokeApiKeyById(
        db,
        request.params.id,
        principal.name,
        principal.municipalityCode ?? undefined,
      )
      if (!row) throw new HttpProblem(404, 'No API key with this id.', { slug: 'not-found' })
      onRevoked()
      request.log.info({ keyId: row.id, keyName: row.name, by: principal.name }, 'api key revoked')
      return reply.code(204).send(null)
    },
  )
}
