import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { DatabaseHandle } from '../db/database.ts'
import { HttpProblem } from '../http/problem.ts'
import { ProblemSchema } from '../http/swagger.ts'

const Status = Type.Object(
  { status: Type.String(), database: Type.Optional(Type.String()) },
  { title: 'HealthStatus' },
)

/** `/health/live` says the process runs; `/health/ready` also that the database answers (lokalise template). */
export const healthRoutes: FastifyPluginAsyncTypebox<{ database: DatabaseHandle }> = async (
  app,
  { database },
) => {
  app.get(
    '/health/live',
    {
      schema: {
        tags: ['Health'],
        operationId: 'getLiveness',
        summary: 'Liveness',
        description:
          '200 while the process runs; does not touch the database (for restart decisions). Neither rate-limited nor shed under load: a busy instance is alive.',
        response: { 200: Status },
      },
      // A loaded instance must not look dead (that would restart it); readiness reports the load instead.
      config: { rateLimit: false, pressureHandler: () => undefined },
      logLevel: 'warn',
    },
    async () => ({ status: 'live' }),
  )
  app.get(
    '/health/ready',
    {
      schema: {
        tags: ['Health'],
        operationId: 'getReadiness',
        summary: 'Readiness',
        description:
          '200 when the database answers within 2 s, 503 problem while it does not; recovers by itself when the database returns (for load balancers).',
        response: { 200: Status, 503: ProblemSchema },
      },
      config: { rateLimit: false },
      logLevel: 'warn',
    },
    async () => {
      try {
        await database.ping()
      } catch {
        throw new HttpProblem(503, 'The database does not answer.', { slug: 'not-ready' })
      }
      return { status: 'ready', database: database.kind }
    },
  )
}
