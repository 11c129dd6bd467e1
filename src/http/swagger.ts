import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { SCOPES } from '../apikeys/scopes.ts'
import { withIntegerFormats, withLimits } from './schema-limits.ts'

export const ProblemSchema = Type.Object(
  {
    type: Type.String({
      description: 'URI identifying the problem type',
      examples: ['urn:ansvar:problem:validation'],
    }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          pointer: Type.String({
            description: 'JSON pointer to the field',
            examples: ['/grounds/0/oneWayCommuteMinutes'],
          }),
          message: Type.String(),
          in: Type.Optional(Type.String({ description: 'querystring, params or headers when not the body' })),
        }),
      ),
    ),
  },
  { description: 'RFC 9457 problem details', additionalProperties: true },
)

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
})

export const TAGS = [
  { name: 'Reference data', description: 'Municipalities and the rule catalogue' },
  {
    name: 'Assessments',
    description: '§ 18 decision support: is the receiving municipality obligated to take over?',
  },
  {
    name: 'Dates',
    description: 'Handover of responsibility, integration period and deadlines on the Danish calendar',
  },
  {
    name: 'Applications',
    description: 'Takeover applications as a system of record: lifecycle and audit trail',
  },
  {
    name: 'Proportionality',
    description: '§ 32 benefit reduction after a refused takeover: decision support',
  },
  {
    name: 'Statistics',
    description: 'Aggregate figures for dashboards (JSON and CSV), small counts suppressed',
  },
  {
    name: 'Duties',
    description: 'After a takeover: milestones, the deadline worklist and compliance (IL §§ 16-19)',
  },
  { name: 'Danskbonus', description: 'IL § 22 danskbonus (lump sum): decision support' },
  {
    name: 'Events',
    description: 'What changed: a CloudEvents feed and signed webhooks for ERP and case systems',
  },
  { name: 'API keys', description: 'Create, list and revoke API keys while the server runs (admin scope)' },
  { name: 'Health', description: 'Liveness and readiness probes' },
]

const RATE_LIMIT_HEADERS = {
  'RateLimit-Limit': {
    description: 'Requests allowed per window for this key',
    schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 10_000_000 },
  },
  'RateLimit-Remaining': {
    description: 'Requests left in the window',
    schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 10_000_000 },
  },
  'RateLimit-Reset': {
    description: 'Seconds until the window resets',
    schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 3600 },
  },
}

const RETRY_AFTER = {
  description: 'Seconds to wait before retrying',
  schema: { type: 'integer', format: 'int32', minimum: 0, maximum: 3600 },
}

interface OpenApiResponse {
  headers?: Record<string, unknown>
}
interface OpenApiDocument {
  paths?: Record<string, Record<string, { responses?: Record<string, OpenApiResponse> }>>
}

/** Rate-limited routes (all but the health probes) answer 2xx and 4xx with the IETF RateLimit headers. */
function withRateLimitHeaders<T extends OpenApiDocument>(document: T): T {
  for (const [path, operations] of Object.entries(document.paths ?? {})) {
    if (path.startsWith('/health/')) continue
    for (const operation of Object.values(operations)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (/^[24]/.test(status)) response.headers = { ...RATE_LIMIT_HEADERS, ...response.headers }
        if (status === '429' || status === '503')
          response.headers = { ...response.headers, 'Retry-After': RETRY_AFTER }
      }
    }
  }
  return document
}

export async function registerSwagger(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Ansvar API',
        version,
        description:
          'Decision support and system of record for takeovers of the integration responsibility between Danish municipalities (integrationsloven § 18), handover dates (§ 4), benefit-reduction proportionality (§ 32) and statistics. Every computed answer cites its rule ids and legal sources; it supports, never replaces, the caseworker’s decision.',
        license: { name: 'MIT', identifier: 'MIT' },
        contact: { name: 'Ansvar maintainers' },
      },
      servers: [
        {
          url: '/',
          description: 'This server: production, staging or a local instance, as deployed',
          'x-internal': false,
        } as { url: string; description: string },
      ],
      tags: TAGS,
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            description: `API key: printed at the first start of a local instance, made with POST /v1/api-keys or \`npm run apikey -- create\`. Scopes: ${SCOPES.join(', ')}.`,
          },
        },
        schemas: { Problem: withLimits(ProblemSchema) },
      },
    },
    // Secured routes get their security requirement and 401/403 responses from config.scopes, and every
    // route its 4xx/5xx problem responses, so that no route can forget to declare them.
    transform: ({ schema, url, route }) => {
      // biome-ignore lint/suspicious/noExplicitAny: the OpenAPI route schema is plain JSON here
      const transformed: any = { ...schema }
      const responses = { ...(transformed.response ?? {}) }
      const hasInput = Boolean(transformed.body || transformed.querystring || transformed.params)
      if (hasInput)
        responses[400] ??= problemResponse('Invalid request: the problem lists each field by JSON pointer')
      if (route.config?.scopes) {
        transformed.security = [{ bearerAuth: [] }]
        responses[401] ??= problemResponse('Missing, unknown or revoked API key')
        responses[403] ??= problemResponse(
          'The key lacks a required scope or is bound to another municipality',
        )
        responses[429] ??= problemResponse('Rate limit exceeded for this key')
      }
      responses[500] ??= problemResponse('Unexpected error; no details are disclosed')
      transformed.response = responses
      return { schema: transformed, url }
    },
    transformObject: (documentObject) => {
      const document =
        'openapiObject' in documentObject ? documentObject.openapiObject : documentObject.swaggerObject
      return withRateLimitHeaders(withIntegerFormats(document) as OpenApiDocument)
    },
  })
  await app.register(swaggerUi, {
    // Swagger UI's assets come from this server only (matches the CSP of src/http/protection.ts).
    staticCSP: true,
    routePrefix: '/docs',
    uiConfig: { persistAuthorization: true, docExpansion: 'list', deepLinking: true },
  })
}
