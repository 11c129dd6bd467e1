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
import type { Config } from './config.ts'
import { danskbonusRoutes } from './danskbonus/routes.ts'
import { dashboardRoutes } from './dashboard/routes.ts'
import { type DatabaseHandle, openDatabases } from './db/database.ts'
import { assertMigrated, createMigrator } from './db/migrator.ts'
import { complianceRoutes } from './duties/compliance-routes.ts'
import { dutyRoutes } from './duties/routes.ts'
import { eventRoutes } from './events/routes.ts'
import { handoverRoutes } from './handover/routes.ts'
import { healthRoutes } from './health/routes.ts'
import { registerAuth } from './http/auth.ts'
import { clientErrorHandler } from './http/client-errors.ts'
import { purgeExpiredIdempotencyKeys } from './http/idempotency.ts'
import { registerIdempotency } from './http/idempotent-routes.ts'
import { registerInputHygiene, strictQuery } from './http/input-hygiene.ts'
import { loggerOptions, redactCpr } from './http/logging.ts'
import { frameworkErrorHandler, HttpProblem, registerProblemHandlers } from './http/problem.ts'
import { registerProtection, registerSecurityHeaders, SECURITY_HEADER_LINES } from './http/protection.ts'
import { rootRoute } from './http/root.ts'
import { withLimits } from './http/schema-limits.ts'
import { registerDateFormat } from './http/schemas.ts'
import { registerSwagger } from './http/swagger.ts'
import { letterRoutes } from './letters/routes.ts'
import { municipalityRoutes } from './municipalities/routes.ts'
import { proportionalityRoutes } from './proportionality/routes.ts'
import { ruleRoutes } from './rule-catalogue/routes.ts'
import { drainStatistics, startStatisticsRefresh } from './statistics/refresh.ts'
import { statisticsRoutes } from './statistics/routes.ts'
import { assessmentRoutes } from './takeover-assessments/routes.ts'
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
const VERSION: string = (() => {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      return JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')).version
    } catch {}
  }
  return '0.0.0'
})()

/** Client-supplied request ids are echoed only when harmless; anything else gets a fresh UUID. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/

interface BuildOptions {
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
    clientErrorHandler: clientErrorHandler(SECURITY_HEADER_LINES),
    // a request arriving while the app closes gets the 503 problem of the hook below, not Fastify's JSON
    return503OnClosing: false,
    http: {
      headersTimeout: config.headersTimeoutMs,
      // Node checks header and request timeouts on this interval (30 s by default): slow clients are
      // cut within about a second of HEADERS_TIMEOUT_MS (issue 13, item 10)
      connectionsCheckingInterval: Math.min(1_000, config.headersTimeoutMs),
    },
    routerOptions: { ignoreTrailingSlash: true },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false } },
  }).withTypeProvider<TypeBoxTypeProvider>()
  app.setValidatorCompiler(strictQuery(TypeBoxValidatorCompiler))
  // The API speaks JSON only: any other body is a 415 problem rather than a string to validate.
  app.removeContentTypeParser('text/plain')
  registerInputHygiene(app)

  // Statistics may read from a replica (STATS_DATABASE_URL); everything else uses the main database.
  const databases = await openDatabases(
    config,
    async (handle) => assertMigrated(await createMigrator(handle.db).migrateToLatest()),
    options.database,
  )
  app.addHook('onClose', () => databases.close())
  const { main: database, stats: statsDatabase } = databases
  app.decorate('config', config)
  app.decorate('database', database)

  registerSecurityHeaders(app)
  let closing = false
  app.addHook('preClose', async () => {
    closing = true
  })
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id)
    if (closing) {
      reply.header('connection', 'close').header('retry-after', '5')
      throw new HttpProblem(503, 'This instance is shutting down; retry (another instance will answer).', {
        slug: 'shutting-down',
      })
    }
  })
  registerProblemHandlers(app)
  const auth = registerAuth(app, database.db, {
    bootstrapKey: config.authBootstrapKey,
    failuresPerMinute: config.authFailuresPerMinute,
  })
  await registerProtection(app, config)
  registerIdempotency(app, database.db, config.idempotencyTtlHours)
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
  // The drain is statistics work: on the statistics pool (its statement timeout) when that is the main
  // database, else on the main pool (a replica cannot be written).
  const drainDb = databases.statsReadMain ? statsDatabase.db : database.db
  const stopRefresh = startStatisticsRefresh(drainDb, config.statsRefreshIntervalMs, app.log)
  app.addHook('preClose', stopRefresh)
  await app.register(statisticsRoutes, {
    db: statsDatabase.db,
    config,
    ...(databases.statsReadMain
      ? { beforeRead: () => drainStatistics(drainDb, { wait: true }).then(() => undefined) }
      : {}),
  })
  return app
}
