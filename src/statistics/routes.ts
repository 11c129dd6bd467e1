import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Kysely } from 'kysely'
import type { Config } from '../config.ts'
import type { Database } from '../db/schema.ts'

export interface StatisticsOptions {
  /** The statistics database: STATS_DATABASE_URL (a read replica) or the main one. */
  db: Kysely<Database>
  config: Readonly<Config>
}

/** GET /v1/statistics/… (issue 7). */
export const statisticsRoutes: FastifyPluginAsyncTypebox<StatisticsOptions> = async () => {}
