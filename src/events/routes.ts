import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.ts'
import { principalOf } from '../http/auth.ts'
import { eventFeed } from './feed.ts'
import { FeedPage, FeedQuery } from './schemas.ts'

/** The event feed (issue 16): what changed, for ERP and case systems that poll. */
export const eventRoutes: FastifyPluginAsyncTypebox<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get(
    '/v1/events',
    {
      config: { scopes: ['applications:read'] },
      schema: {
        tags: ['Events'],
        operationId: 'listEvents',
        summary: 'The event feed: every change to the applications you may see, oldest first',
        description:
          "CloudEvents 1.0 (JSON), one per change: created, decided, moved, withdrawn, appealed, appeal-decided, milestone-recorded, benefit-reduction recorded. A municipality's key sees the events of applications where it is the receiving or the departure municipality; a national key sees all. Keep the `next` cursor and call again with `after=<next>`: the feed never skips an event, also when transactions commit out of order (an event appears once every earlier-started transaction has ended). `wait` makes the call wait (long poll) until an event arrives or the seconds pass.",
        querystring: FeedQuery,
        response: { 200: FeedPage },
      },
    },
    async (request) => {
      const { after, limit = 100, type, wait = 0 } = request.query
      const abort = new AbortController()
      request.raw.once('close', () => abort.abort())
      return eventFeed(db, {
        after,
        limit,
        type,
        waitSeconds: wait,
        municipalityCode: principalOf(request).municipalityCode,
        signal: abort.signal,
      })
    },
  )
}
