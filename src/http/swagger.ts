import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { SCOPES } from '../apikeys/scopes.ts'
import { finishDocument, problemExample, transformRouteSchema } from './openapi-document.ts'
import { withIntegerFormats, withLimits } from './schema-limits.ts'

export const ProblemSchema = Type.Object(
  {
    type: Type.String({
      description: 'URI identifying the problem type',
      examples: ['urn:ansvar:problem:validation'],
    }),
    title: Type.String({
      description: 'Short summary of the problem type; the same for every problem of a type',
    }),
    status: Type.Integer({ minimum: 400, maximum: 599, description: 'The HTTP status code' }),
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
  {
    title: 'Problem',
    description: 'RFC 9457 problem details',
    additionalProperties: true,
    examples: [problemExample(400), problemExample(404)],
  },
)

const TAGS = [
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

/** The top bar's logo: the service's name, white on Swagger UI's dark bar. */
const DOCS_LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="180" height="40" viewBox="0 0 180 40" role="img" aria-label="Ansvar API"><title>Ansvar API</title><text x="0" y="29" font-family="Helvetica, Arial, sans-serif" font-size="26" font-weight="700" fill="#ffffff">Ansvar API</text></svg>`

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
    // Central declarations (problem+json errors, response headers, named schemas): openapi-document.ts.
    transform: ({ schema, url, route }) => ({
      schema: transformRouteSchema(schema as Record<string, unknown>, route) as typeof schema,
      url,
    }),
    transformObject: (documentObject) => {
      const document =
        'openapiObject' in documentObject ? documentObject.openapiObject : documentObject.swaggerObject
      return finishDocument(withIntegerFormats(document) as Record<string, unknown>)
    },
  })
  await app.register(swaggerUi, {
    // The CSP of src/http/protection.ts covers Swagger UI too (assets from this server only); the
    // plugin's own would add upgrade-insecure-requests on plain HTTP and leave a blank page.
    staticCSP: false,
    routePrefix: '/docs',
    // The service's name in the top bar and the tab, instead of Fastify's logo and "Swagger UI".
    logo: { type: 'image/svg+xml', content: DOCS_LOGO, href: '/docs', target: '_self' },
    theme: { title: 'Ansvar API – documentation' },
    uiConfig: { persistAuthorization: true, docExpansion: 'list', deepLinking: true },
  })
}
