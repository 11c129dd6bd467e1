import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import {
  registerAjvFormats,
  type TypeBoxTypeProvider,
  TypeBoxValidatorCompiler,
} from '@fastify/type-provider-typebox'
import Fastify, { type FastifyInstance } from 'fastify'
import type { PgBoss } from 'pg-boss'
import type { DestinationStream } from 'pino'
import { apiKeyRoutes } from './apikeys/routes.ts'
import { accessLogRoutes } from './applications/access-log-routes.ts'
import { lifecycleRoutes } from './applications/lifecycle-routes.ts'
import { loadPseudonymiser } from './applications/pseudonym.ts'
import { applicationRoutes } from './applications/routes.ts'
import { assessmentRoutes } from './assessments/routes.ts'
import type { Config } from './config.ts'
import { danskbonusRoutes } from './danskbonus/routes.ts'
import { dashboardRoutes } from './dashboard/routes.ts'
import { type DatabaseHandle, openDatabase } from './db/database.ts'
import { assertMigrated, createMigrator } from './db/migrator.ts'
import { complianceRoutes } from './duties/compliance-routes.ts'
import { dutyRoutes } from './duties/routes.ts'
import { eventRoutes } from './events/routes.ts'
import { handoverRoutes } from './handover/routes.ts'
import { healthRoutes } from './health/routes.ts'
import { registerAuth } from './http/auth.ts'
import { purgeExpiredIdempotencyKeys } from './http/idempotency.ts'
import { registerInputHygiene, strictQuery } from './http/input-hygiene.ts'
import { loggerOptions, redactCpr } from './http/logging.ts'
import { frameworkErrorHandler, registerProblemHandlers } from './http/problem.ts'
import { registerProtection } from './http/protection.ts'
import { rootRoute } from './http/root.ts'
import { withLimits } from './http/schema-limits.ts'
import { registerDateFormat } from './http/schemas.ts'
import { registerSwagger } from './http/swagger.ts'
import { letterRoutes } from './letters/routes.ts'
import { municipalityRoutes } from './municipalities/routes.ts'
import { proportionalityRoutes } from './proportionality/routes.ts'
import { ruleRoutes } from './rules/routes.ts'
import { drainStatistics, startStatisticsRefresh } from './statistics/refresh.ts'
import { statisticsRoutes } from './statistics/routes.ts'
import { startDelivering } from './webhooks/deliver.ts'
import { startDispatching } from './webhooks/dispatch.ts'
import { startQueue } from './webhooks/queue.ts'
import { webhookRoutes } from './webhooks/routes.ts'

declare module 'fastify' {
  interface FastifyInstance {
    config: Readonly<Config>
    database: DatabaseHandle
  }
}

/** The package version, from src/ (../package.json) or from the compiled dist/src/ (../../package.json). */
export const VERSION: string = (() => {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      return JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')).version
    } catch {}
  }
  return '0.0.0'
})()

/** Client-supplied request ids are echoed only when harmless; anything else gets a fresh UUID. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/

export interface BuildOptions {
  /** Where logs go (tests capture them); stdout by default. */
  logStream?: DestinationStream
  /** An already open database (tests, scripts); otherwise one is opened from config and closed with the app. */
  database?: DatabaseHandle
}

/** The whole service as one Fastify instance: used by server.ts, the tests and the scripts alike. */
export async function buildApp(
  config: Readonly<Config>,
  options: BuildOptions = {},
): Promise<FastifyInstance> {
  registerAjvFormats()
  registerDateFormat()
  const app = Fastify({
    logger: loggerOptions(config.logLevel, options.logStream),
    bodyLimit: config.bodyLimitBytes,
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    connectionTimeout: config.requestTimeoutMs,
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id']
      // A CPR-shaped id would be logged and echoed: it is replaced like any other unfit id.
      return typeof given === 'string' && REQUEST_ID.test(given) && redactCpr(given) === given
        ? given
        : randomUUID()
    },
    frameworkErrors: frameworkErrorHandler,
    routerOptions: { ignoreTrailingSlash: true },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false } },
  }).withTypeProvider<TypeBoxTypeProvider>()
  app.setValidatorCompiler(strictQuery(TypeBoxValidatorCompiler))
  // The API speaks JSON only: any other body is a 415 problem rather than a string to validate.
  app.removeContentTypeParser('text/plain')
  registerInputHygiene(app)
  app.server.headersTimeout = config.headersTimeoutMs

  const database = options.database ?? (await openDatabase(config.database))
  if (!options.database) app.addHook('onClose', () => database.close())
  if (config.migrateOnStart) assertMigrated(await createMigrator(database.db).migrateToLatest())
  // Statistics may read from a replica (STATS_DATABASE_URL); everything else uses the main database.
  const statsDatabase = config.statsDatabaseUrl
    ? await openDatabase({ kind: 'postgres', url: config.statsDatabaseUrl, poolMax: 5 })
    : database
  if (statsDatabase !== database) app.addHook('onClose', () => statsDatabase.close())
  app.decorate('config', config)
  app.decorate('database', database)

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })
  registerProblemHandlers(app)
  const auth = registerAuth(app, database.db, config.authBootstrapKey)
  await registerProtection(app, config)
  app.addHook('onRoute', (route) => {
    if (route.schema) route.schema = withLimits(route.schema)
  })
  await registerSwagger(app, VERSION)

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
  await app.register(rootRoute, { version: VERSION })
  await app.register(healthRoutes, { database })
  await app.register(dashboardRoutes)
  await app.register(municipalityRoutes, { db: database.db })
  await app.register(ruleRoutes, {
    reasonableOneWayCommuteMinutes: config.reasonableOneWayCommuteMinutes,
    minimumObligingHoursPerWeek: config.minimumObligingHoursPerWeek,
  })
  await app.register(assessmentRoutes, {
    db: database.db,
    reasonableOneWayCommuteMinutes: config.reasonableOneWayCommuteMinutes,
    minimumObligingHoursPerWeek: config.minimumObligingHoursPerWeek,
  })
  await app.register(handoverRoutes)
  await app.register(danskbonusRoutes)
  const applications = {
    db: database.db,
    config,
    pseudonymise: await loadPseudonymiser(database.db, config.cprHashSecret),
  }
  await app.register(applicationRoutes, applications)
  await app.register(lifecycleRoutes, applications)
  await app.register(accessLogRoutes, applications)
  await app.register(apiKeyRoutes, { db: database.db, onRevoked: auth.forgetVerifiedKeys })
  await app.register(letterRoutes, applications)
  await app.register(proportionalityRoutes, applications)
  await app.register(eventRoutes, { db: database.db })
  await app.register(dutyRoutes, applications)
  await app.register(complianceRoutes, applications)
  // Webhooks (issue 16): the routes everywhere; the fan-out and the delivery workers on the pg-boss
  // queue where WEBHOOK_DELIVERY is on (each job is taken by one instance).
  let queue: PgBoss | undefined
  await app.register(webhookRoutes, { db: database.db, settings: config.webhooks, queue: () => queue })
  if (config.webhooks.delivery) {
    const boss = await startQueue(database, config.webhooks, app.log)
    queue = boss
    await startDelivering(database.db, boss, config.webhooks, app.log)
    const stopDispatching = startDispatching(database.db, boss, config.webhooks.dispatchIntervalMs, app.log)
    app.addHook('preClose', async () => {
      await stopDispatching()
      await boss.stop({ graceful: true, timeout: config.webhooks.timeoutMs + 1000 })
    })
  }
  // Expired idempotency keys are forgotten hourly; any instance may do it.
  const purge = setInterval(() => {
    purgeExpiredIdempotencyKeys(database.db).catch((err) => app.log.warn({ err }, 'idempotency purge failed'))
  }, 3_600_000).unref()
  app.addHook('onClose', async () => clearInterval(purge))
  // Statistics cubes follow the writes from a queue (migration 20261123170000): drained in the
  // background by every instance, and by a statistics read on the main database before it reads.
  const stopRefresh = startStatisticsRefresh(database.db, config.statsRefreshIntervalMs, app.log)
  app.addHook('preClose', stopRefresh)
  await app.register(statisticsRoutes, {
    db: statsDatabase.db,
    config,
    ...(statsDatabase === database
      ? { beforeRead: () => drainStatistics(database.db, { wait: true }).then(() => undefined) }
      : {}),
  })
  return app
}
