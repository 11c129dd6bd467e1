import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'

const Links = Type.Object(
  {
    name: Type.String({ examples: ['Ansvar'] }),
    version: Type.String(),
    docs: Type.String({ description: 'Swagger UI', examples: ['/docs'] }),
    openapi: Type.String({ description: 'The OpenAPI 3.1 document', examples: ['/openapi.json'] }),
    health: Type.String({ description: 'Readiness probe', examples: ['/health/ready'] }),
  },
  { title: 'ServiceIndex', additionalProperties: false },
)

/** `GET /` points to the documentation: a browser is sent to Swagger UI, any other client gets links. */
export const rootRoute: FastifyPluginAsyncTypebox<{ version: string }> = async (app, { version }) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['Health'],
        operationId: 'getServiceIndex',
        summary: 'Where to start: links to the documentation',
        description:
          'A browser (Accept: text/html) is redirected to Swagger UI at /docs; other clients get the links as JSON. No key needed.',
        querystring: Type.Object({}, { additionalProperties: false }),
        response: {
          200: Links,
          302: Type.Null({ description: 'To /docs, for a browser' }),
        },
        responseHeaders: { 302: ['Location'] },
      },
    },
    async (request, reply) => {
      // Browsers ask for text/html first; curl and API clients send */* or application/json.
      if (/^\s*text\/html/.test(request.headers.accept ?? '')) {
        return reply.redirect('/docs', 302)
      }
      return {
        name: 'Ansvar',
        version,
        docs: '/docs',
        openapi: '/openapi.json',
        health: '/health/ready',
      }
    },
  )
}
