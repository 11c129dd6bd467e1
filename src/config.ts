import { type TSchema, Type } from 'typebox'
import { Value } from 'typebox/value'
import { normaliseMunicipalityCode } from './law/municipalities.ts'

/**
 * Every setting comes from the environment and is validated here, once, at start. Nothing else reads
 * process.env. Each entry documents itself: the README table and .env.example list the same variables
 * (a test keeps them in step).
 */
const Bool = Type.Enum(['true', 'false'])
const Digits = Type.String({ pattern: '^[0-9]+$' })

interface Variable {
  /** Applied when the variable is unset or empty; absent = optional without a default. */
  default?: string
  description: string
  schema: TSchema
}

/** The single list of settings: the README table and .env.example are checked against it by a test. */
export const ENV_VARIABLES = {
  PORT: { default: '3000', description: 'TCP port the HTTP server listens on', schema: Digits },
  HOST: {
    default: '127.0.0.1',
    description: 'Interface to bind; 0.0.0.0 in a container',
    schema: Type.String({ minLength: 1 }),
  },
  DATABASE_URL: {
    description: 'PostgreSQL connection string (postgres://…); unset = embedded PostgreSQL (PGlite)',
    schema: Type.String({ pattern: '^postgres(ql)?://' }),
  },
  DB_POOL_MAX: {
    default: '10',
    description: 'Connections in the pg pool (DATABASE_URL only)',
    schema: Digits,
  },
  DB_STATEMENT_TIMEOUT_MS: {
    default: '5000',
    description:
      'Longest a database statement may run before it is cancelled and the request answered 503 with Retry-After; 0 = no limit (DATABASE_URL only: PGlite runs one statement at a time)',
    schema: Digits,
  },
  DB_LOCK_TIMEOUT_MS: {
    default: '2000',
    description:
      'Longest a statement waits for a row or table lock held by another session before 503 with Retry-After; 0 = no limit (DATABASE_URL only)',
    schema: Digits,
  },
  STATS_STATEMENT_TIMEOUT_MS: {
    default: '30000',
    description:
      'Statement timeout of the statistics queries, on their own pool (DATABASE_URL or STATS_DATABASE_URL); 0 = no limit',
    schema: Digits,
  },
  PGLITE_DIR: {
    default: './data/pglite',
    description:
      'Folder of the embedded database when DATABASE_URL is unset, or memory:// for a throwaway one',
    schema: Type.String({ minLength: 1 }),
  },
  MIGRATE_ON_START: {
    default: 'true',
    description: 'Run pending migrations at start (true/false)',
    schema: Bool,
  },
  AUTH_BOOTSTRAP_KEY: {
    description:
      'A national admin API key accepted without a database row, for first start and tests (≥ 24 characters)',
    schema: Type.String({ minLength: 24 }),
  },
  LOG_LEVEL: {
    default: 'info',
    description: 'pino level: fatal, error, warn, info, debug, trace or silent',
    schema: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  },
  BODY_LIMIT_BYTES: {
    default: '262144',
    description: 'Largest accepted request body in bytes',
    schema: Digits,
  },
  REQUEST_TIMEOUT_MS: {
    default: '30000',
    description: 'Time allowed to receive a whole request',
    schema: Digits,
  },
  KEEP_ALIVE_TIMEOUT_MS: {
    default: '72000',
    description: 'Idle keep-alive connection timeout',
    schema: Digits,
  },
  HEADERS_TIMEOUT_MS: {
    default: '20000',
    description: 'Time allowed to receive the request headers',
    schema: Digits,
  },
  SHUTDOWN_GRACE_MS: {
    default: '10000',
    description: 'On SIGTERM/SIGINT, time to finish in-flight requests before exiting',
    schema: Digits,
  },
  TRUST_PROXY: {
    default: 'false',
    description: 'Trust X-Forwarded-* headers from a reverse proxy (true/false)',
    schema: Bool,
  },
  REASONABLE_ONE_WAY_COMMUTE_MINUTES: {
    default: '90',
    description:
      'Interpretation: a one-way public-transport commute longer than this is unreasonable (§ 18 grounds)',
    schema: Digits,
  },
  MINIMUM_OBLIGING_HOURS_PER_WEEK: {
    default: '0',
    description:
      'Interpretation (T-EMP): fewest hours a week with which an ordinary permanent job can oblige a takeover; 0 = any part-time job can (AST I-4-03)',
    schema: Digits,
  },
  RATE_LIMIT_PER_MINUTE: {
    default: '1200',
    description: 'Requests per minute per API key (per client address before authentication), per instance',
    schema: Digits,
  },
  AUTH_FAILURES_PER_MINUTE: {
    default: '60',
    description:
      'Failed authentications per client address and minute before 429 (checked before the key is looked up), per instance',
    schema: Digits,
  },
  MAX_EVENT_LOOP_DELAY_MS: {
    default: '1000',
    description:
      'Shed load with 503 when the event loop lags more than this; 0 = off (the heap limit still sheds)',
    schema: Digits,
  },
  MAX_HEAP_USED_MB: {
    default: '768',
    description:
      'Shed load with 503 when the V8 heap grows beyond this (or beyond 90 % of the heap limit, --max-old-space-size, when lower)',
    schema: Digits,
  },
  CPR_HASH_SECRET: {
    description:
      'Secret key of the HMAC that pseudonymises CPR numbers (≥ 32 characters). Unset: one is generated and kept in the database (weaker; set it in production)',
    schema: Type.String({ minLength: 32 }),
  },
  IDEMPOTENCY_TTL_HOURS: {
    default: '24',
    description: 'How long an Idempotency-Key is remembered and its first response replayed',
    schema: Digits,
  },
  STATS_DATABASE_URL: {
    description:
      'Optional PostgreSQL connection string for the statistics queries (a read replica); unset = the main database',
    schema: Type.String({ pattern: '^postgres(ql)?://' }),
  },
  STATS_REFRESH_INTERVAL_MS: {
    default: '1000',
    description:
      'How often each instance applies queued application changes to the statistics cubes; 0 = only when statistics are read from the main database (a replica then lags until another instance drains)',
    schema: Digits,
  },
  STATS_SUPPRESSION_THRESHOLD: {
    default: '5',
    description: 'Counts below this on sensitive dimensions are suppressed (null) in statistics',
    schema: Digits,
  },
  STATS_PERTURBATION: {
    default: 'cell-key',
    description:
      'Statistics answered to anyone but the data owner (national keys, scope=national) are perturbed by the cell key method (README); off only where every national key may see exact figures',
    schema: Type.Enum(['cell-key', 'off']),
  },
  PROCESSING_TARGET_DAYS: {
    default: '30',
    description: 'Interpretation (D-PROCESSING): default processing-time target in days, for tracking only',
    schema: Digits,
  },
  PROCESSING_TARGET_DAYS_BY_MUNICIPALITY: {
    default: '',
    description: 'Per-municipality processing targets overriding the default, e.g. `101=21,751=45`',
    schema: Type.String({ pattern: '^([0-9]{3,4}=[0-9]{1,3}(,[0-9]{3,4}=[0-9]{1,3})*)?$' }),
  },
  WEBHOOK_DELIVERY: {
    default: 'true',
    description:
      'Deliver webhooks from this instance (true/false): fan-out and delivery workers on the pg-boss queue',
    schema: Bool,
  },
  WEBHOOK_ALLOWED_HOSTS: {
    default: '',
    description:
      'Comma-separated host names or addresses webhooks may reach over http or at private addresses (e.g. an internal ERP); all others must be https on a public address',
    schema: Type.String({ pattern: '^[A-Za-z0-9.:_-]*(,[A-Za-z0-9.:_-]+)*$' }),
  },
  WEBHOOK_TIMEOUT_MS: {
    default: '5000',
    description: 'Time a webhook receiver has to answer one delivery',
    schema: Digits,
  },
  WEBHOOK_RETRY_DELAY_SECONDS: {
    default: '5',
    description: 'First retry delay of a failed delivery; each retry doubles it, with jitter',
    schema: Digits,
  },
  WEBHOOK_RETRY_DELAY_MAX_SECONDS: {
    default: '3600',
    description: 'Longest delay between two attempts of a delivery',
    schema: Digits,
  },
  WEBHOOK_RETRY_WINDOW_SECONDS: {
    default: '86400',
    description: 'How long a failing delivery is retried before it is dead-lettered (status failed)',
    schema: Digits,
  },
  WEBHOOK_QUEUE_MONITOR_SECONDS: {
    default: '60',
    description:
      'How often the job queue looks for deliveries whose instance died mid-attempt (they are retried once their time, 3 × WEBHOOK_TIMEOUT_MS but ≥ 10 s, is up)',
    schema: Digits,
  },
  WEBHOOK_DISPATCH_INTERVAL_MS: {
    default: '250',
    description: 'How often each instance turns new outbox events into webhook deliveries',
    schema: Digits,
  },
} as const satisfies Record<string, Variable>

type VariableName = keyof typeof ENV_VARIABLES

export interface Config {
  port: number
  host: string
  database: { kind: 'postgres'; url: string; poolMax: number } | { kind: 'pglite'; dir: string }
  migrateOnStart: boolean
  /** Statement and lock timeouts of the main pool, and the statistics pool's statement timeout (ms; 0 = none). */
  databaseTimeouts: { statementMs: number; lockMs: number; statsStatementMs: number }
  authBootstrapKey: string | undefined
  logLevel: string
  bodyLimitBytes: number
  requestTimeoutMs: number
  keepAliveTimeoutMs: number
  headersTimeoutMs: number
  shutdownGraceMs: number
  trustProxy: boolean
  reasonableOneWayCommuteMinutes: number
  /** T-EMP interpretation (issue 14): fewest weekly hours with which an ordinary permanent job obliges. */
  minimumObligingHoursPerWeek: number
  cprHashSecret: string | undefined
  rateLimitPerMinute: number
  authFailuresPerMinute: number
  maxEventLoopDelayMs: number
  maxHeapUsedMb: number
  idempotencyTtlHours: number
  statsRefreshIntervalMs: number
  statsDatabaseUrl: string | undefined
  statsSuppressionThreshold: number
  /** The cell key method on figures answered to anyone but the data owner (src/statistics/perturbation.ts). */
  statsPerturbation: 'cell-key' | 'off'
  processingTargetDays: number
  /** Municipality code → processing target in days (D-PROCESSING). */
  processingTargetDaysByMunicipality: Readonly<Record<string, number>>
  webhooks: {
    delivery: boolean
    allowedHosts: readonly string[]
    timeoutMs: number
    retryDelaySeconds: number
    retryDelayMaxSeconds: number
    retryWindowSeconds: number
    dispatchIntervalMs: number
    queueMonitorSeconds: number
  }
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

function integer(env: Record<string, string>, name: VariableName, min: number, max: number): number {
  const value = Number(env[name])
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${env[name]}"`)
  }
  return value
}

function parseTargets(value: string): Record<string, number> {
  const targets: Record<string, number> = {}
  for (const pair of value.split(',').filter(Boolean)) {
    const [code, days] = pair.split('=') as [string, string]
    const normalised = normaliseMunicipalityCode(code)
    if (!normalised)
      throw new ConfigError(`PROCESSING_TARGET_DAYS_BY_MUNICIPALITY names an unknown municipality ${code}`)
    targets[normalised] = Number(days)
  }
  return Object.freeze(targets)
}

/** Parse and validate the environment. Throws ConfigError naming the offending variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const env: Record<string, string> = {}
  for (const [name, variable] of Object.entries(ENV_VARIABLES) as [VariableName, Variable][]) {
    const value = source[name] === '' ? undefined : source[name]
    const effective = value ?? variable.default
    if (effective === undefined) continue
    if (!Value.Check(variable.schema, effective)) {
      const reason = Value.Errors(variable.schema, effective)[0]?.message ?? 'invalid'
      throw new ConfigError(`${name} is invalid: ${reason} (got "${effective}")`)
    }
    env[name] = effective
  }
  const databaseUrl = env.DATABASE_URL
  return Object.freeze({
    port: integer(env, 'PORT', 0, 65_535),
    host: env.HOST!,
    database: databaseUrl
      ? { kind: 'postgres' as const, url: databaseUrl, poolMax: integer(env, 'DB_POOL_MAX', 1, 200) }
      : { kind: 'pglite' as const, dir: env.PGLITE_DIR! },
    migrateOnStart: env.MIGRATE_ON_START === 'true',
    databaseTimeouts: {
      statementMs: integer(env, 'DB_STATEMENT_TIMEOUT_MS', 0, 3_600_000),
      lockMs: integer(env, 'DB_LOCK_TIMEOUT_MS', 0, 3_600_000),
      statsStatementMs: integer(env, 'STATS_STATEMENT_TIMEOUT_MS', 0, 3_600_000),
    },
    authBootstrapKey: env.AUTH_BOOTSTRAP_KEY,
    logLevel: env.LOG_LEVEL!,
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1024, 10_485_760),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 1000, 300_000),
    keepAliveTimeoutMs: integer(env, 'KEEP_ALIVE_TIMEOUT_MS', 1000, 300_000),
    headersTimeoutMs: integer(env, 'HEADERS_TIMEOUT_MS', 1000, 300_000),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 100, 120_000),
    trustProxy: env.TRUST_PROXY === 'true',
    reasonableOneWayCommuteMinutes: integer(env, 'REASONABLE_ONE_WAY_COMMUTE_MINUTES', 1, 600),
    minimumObligingHoursPerWeek: integer(env, 'MINIMUM_OBLIGING_HOURS_PER_WEEK', 0, 168),
    cprHashSecret: env.CPR_HASH_SECRET,
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 1, 10_000_000),
    authFailuresPerMinute: integer(env, 'AUTH_FAILURES_PER_MINUTE', 1, 10_000_000),
    maxEventLoopDelayMs: integer(env, 'MAX_EVENT_LOOP_DELAY_MS', 0, 60_000),
    maxHeapUsedMb: integer(env, 'MAX_HEAP_USED_MB', 64, 65_536),
    idempotencyTtlHours: integer(env, 'IDEMPOTENCY_TTL_HOURS', 1, 24 * 365),
    statsRefreshIntervalMs: integer(env, 'STATS_REFRESH_INTERVAL_MS', 0, 3_600_000),
    statsDatabaseUrl: env.STATS_DATABASE_URL,
    statsSuppressionThreshold: integer(env, 'STATS_SUPPRESSION_THRESHOLD', 1, 1000),
    statsPerturbation: env.STATS_PERTURBATION as 'cell-key' | 'off',
    processingTargetDays: integer(env, 'PROCESSING_TARGET_DAYS', 1, 365),
    processingTargetDaysByMunicipality: parseTargets(env.PROCESSING_TARGET_DAYS_BY_MUNICIPALITY ?? ''),
    webhooks: Object.freeze({
      delivery: env.WEBHOOK_DELIVERY === 'true',
      allowedHosts: Object.freeze(
        (env.WEBHOOK_ALLOWED_HOSTS ?? '')
          .split(',')
          .filter(Boolean)
          .map((host) => host.toLowerCase()),
      ),
      timeoutMs: integer(env, 'WEBHOOK_TIMEOUT_MS', 100, 60_000),
      retryDelaySeconds: integer(env, 'WEBHOOK_RETRY_DELAY_SECONDS', 1, 3600),
      retryDelayMaxSeconds: integer(env, 'WEBHOOK_RETRY_DELAY_MAX_SECONDS', 1, 86_400),
      retryWindowSeconds: integer(env, 'WEBHOOK_RETRY_WINDOW_SECONDS', 1, 7 * 86_400),
      dispatchIntervalMs: integer(env, 'WEBHOOK_DISPATCH_INTERVAL_MS', 10, 60_000),
      queueMonitorSeconds: integer(env, 'WEBHOOK_QUEUE_MONITOR_SECONDS', 1, 3600),
    }),
  })
}
