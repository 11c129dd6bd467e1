import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { SCOPES } from '../apikeys/scopes.ts'

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
  { name: 'Health', description: 'Liveness and readiness probes' },
]

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
      servers: [{ url: '/', description: 'This server' }],
      tags: TAGS,
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            description: `API key from \`npm run apikey -- create\`. Scopes: ${SCOPES.join(', ')}.`,
          },
        },
        schemas: { Problem: ProblemSchema },
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
  })
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { persistAuthorization: true, docExpansion: 'list', deepLinking: true },
  })
}
