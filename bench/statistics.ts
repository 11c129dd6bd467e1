/**
 * Statistics benchmark (issue 7): every statistics endpoint at 1,000,000 applications in PostgreSQL.
 *
 *   node bench/statistics.ts [--database-url postgres://postgres@127.0.0.1:5432/ansvar_bench]
 *     [--applications 1000000] [--duration 10] [--connections 1,4] [--explain] [--only <regex>]
 *
 * Creates the database if missing and seeds it (`npm run seed -- --reset`) when it holds fewer
 * applications than asked; starts the app in this process with buildApp + listen on 127.0.0.1 (an
 * ephemeral port); runs autocannon for a bounded time per scenario and connection count, against
 * 127.0.0.1 only; prints a Markdown table (median and p99 latency, req/s) and, with --explain, the
 * EXPLAIN ANALYZE plans of the main queries, as recorded in bench/statistics.md.
 */
import { execFile, execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import { parseArgs, promisify } from 'node:util'
import { CompiledQuery, sql } from 'kysely'
import pg from 'pg'
import { generateApiKey } from '../src/apikeys/keys.ts'
import { insertApiKey } from '../src/apikeys/repository.ts'
import { buildApp } from '../src/app.ts'
import { loadConfig } from '../src/config.ts'
import type { StatisticsQuery } from '../src/statistics/model.ts'
import { planQuery } from '../src/statistics/plan.ts'
import { REPORTS } from '../src/statistics/reports.ts'
import { WORK_MEM } from '../src/statistics/repository.ts'
import { cubeQuery, liveQuery } from '../src/statistics/sql.ts'

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/ansvar_bench' },
    applications: { type: 'string', default: '1000000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '1,4' },
    explain: { type: 'boolean', default: false },
    /** Only the scenarios whose name matches (a regular expression), e.g. `--only 'processing|to ×'`. */
    only: { type: 'string' },
  },
})
const databaseUrl = values['database-url']
const url = new URL(databaseUrl)
if (!['127.0.0.1', 'localhost'].includes(url.hostname))
  throw new Error('The benchmark only runs against 127.0.0.1')
const applications = Number(values.applications)
const duration = Number(values.duration)
const connectionCounts = values.connections.split(',').map(Number)

interface AutocannonResult {
  requests: { average: number; total: number }
  latency: { p50: number; p99: number }
  non2xx: number
  errors: number
}

/**
 * autocannon in its own process: in this one, the load generator would compete with the server for
 * the event loop and inflate the latencies it measures. (PostgreSQL, server and load share 2 cores.)
 */
async function load(target: string, authorization: string, connections: number): Promise<AutocannonResult> {
  const cli = createRequire(import.meta.url).resolve('autocannon/autocannon.js')
  const args = [
    cli,
    '-j',
    '-n',
    '-c',
    String(connections),
    '-d',
    String(duration),
    '-H',
    `authorization=${authorization}`,
    target,
  ]
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 1 << 24 })
  return JSON.parse(stdout) as AutocannonResult
}

async function prepareDatabase(): Promise<void> {
  const admin = new URL(databaseUrl)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  const name = url.pathname.slice(1)
  const exists = await client.query('select 1 from pg_database where datname = $1', [name])
  if (exists.rowCount === 0) await client.query(`create database "${name.replaceAll('"', '')}"`)
  await client.end()
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  const count = await db
    .query('select count(*)::int as n from takeover_application')
    .then((r) => r.rows[0].n as number)
    .catch(() => 0)
  await db.end()
  if (count >= applications) return
  process.stderr.write(`seeding ${applications} applications into ${name} (takes minutes) …\n`)
  execFileSync(process.execPath, ['scripts/seed.ts', '--applications', String(applications), '--reset'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: 'inherit',
  })
}

/** The dashboards' questions; `key` picks the caller. */
const SCENARIOS: { name: string; path: string; key: 'national' | 'copenhagen' }[] = [
  { name: 'applications per year', path: '/v1/statistics/takeover-applications', key: 'national' },
  {
    name: 'approval rate per ground per year',
    path: '/v1/statistics/takeover-applications?groupBy=period,groundType',
    key: 'national',
  },
  {
    name: 'applications per receiving municipality per year',
    path: '/v1/statistics/takeover-applications?groupBy=period,toMunicipality',
    key: 'national',
  },
  {
    name: 'seed 000: Copenhagen since June 2017',
    path: '/v1/statistics/takeover-applications?from=2017-06-01&to=2021-08-31&toMunicipality=101&groupBy=',
    key: 'national',
  },
  {
    name: 'seed 000: … citing LGBT+ discrimination',
    path: '/v1/statistics/takeover-applications?from=2017-06-01&to=2021-08-31&toMunicipality=101&groupBy=&lgbtqRelated=true',
    key: 'national',
  },
  {
    name: 'Copenhagen key, own figures per month',
    path: '/v1/statistics/takeover-applications?interval=month&groupBy=period,outcome',
    key: 'copenhagen',
  },
  {
    name: 'Copenhagen key, national per municipality (all suppressed)',
    path: '/v1/statistics/takeover-applications?scope=national&groupBy=toMunicipality',
    key: 'copenhagen',
  },
  {
    name: 'per category × assessment outcome per year',
    path: '/v1/statistics/takeover-applications?groupBy=period,assessmentOutcome,category',
    key: 'national',
  },
  {
    name: 'processing times per year (override 101=21)',
    path: '/v1/statistics/processing-times',
    key: 'national',
  },
  {
    name: 'processing times per quarter by outcome',
    path: '/v1/statistics/processing-times?groupBy=period,outcome&interval=quarter',
    key: 'national',
  },
  {
    name: 'processing times per receiving municipality',
    path: '/v1/statistics/processing-times?groupBy=period,toMunicipality',
    key: 'national',
  },
  {
    name: 'processing times per ground per quarter',
    path: '/v1/statistics/processing-times?groupBy=period,groundType&interval=quarter&from=2024-01-01',
    key: 'national',
  },
  { name: 'appeals per year by outcome', path: '/v1/statistics/appeals', key: 'national' },
  { name: 'benefit reductions per year', path: '/v1/statistics/benefit-reductions', key: 'national' },
  {
    name: 'benefit reductions per receiving municipality',
    path: '/v1/statistics/benefit-reductions?groupBy=toMunicipality',
    key: 'national',
  },
  {
    name: 'to × from municipality, 2024',
    path: '/v1/statistics/takeover-applications?groupBy=toMunicipality,fromMunicipality&from=2024-01-01&to=2024-12-31',
    key: 'national',
  },
]

const query = (overrides: Partial<StatisticsQuery>): StatisticsQuery => ({
  kind: 'application',
  fromMonth: undefined,
  toMonth: '2026-11-01',
  interval: 'year',
  groupBy: ['period'],
  filters: {},
  ownMunicipality: undefined,
  targetOverrides: ['101'],
  ...overrides,
})

/** The main queries as the app builds them, for EXPLAIN ANALYZE. */
const EXPLAINED: { name: string; report: keyof typeof REPORTS; query: StatisticsQuery }[] = [
  { name: 'applications per year (national cube)', report: 'takeover-applications', query: query({}) },
  {
    name: 'approval rate per ground per year (national cube)',
    report: 'takeover-applications',
    query: query({ groupBy: ['period', 'groundType'] }),
  },
  {
    name: 'per receiving municipality per year (municipality cube, role index)',
    report: 'takeover-applications',
    query: query({ groupBy: ['period', 'toMunicipality'] }),
  },
  {
    name: 'Copenhagen own scope per month (municipality cube)',
    report: 'takeover-applications',
    query: query({ interval: 'month', groupBy: ['period', 'outcome'], ownMunicipality: '101' }),
  },
  {
    name: 'processing times per year (days cube, national rows)',
    report: 'processing-times',
    query: query({ kind: 'decision' }),
  },
  { name: 'appeals per year (national cube)', report: 'appeals', query: query({ kind: 'appeal' }) },
  {
    name: 'processing times per receiving municipality per year (days cube, year rows in index order)',
    report: 'processing-times',
    query: query({ kind: 'decision', groupBy: ['period', 'toMunicipality'] }),
  },
  {
    name: 'processing times per ground per quarter from 2024 (days cube; the override correction not shown)',
    report: 'processing-times',
    query: query({
      kind: 'decision',
      fromMonth: '2024-01-01',
      interval: 'quarter',
      groupBy: ['period', 'groundType'],
    }),
  },
  {
    name: 'to × from municipality, 2024 (pair cube, year grain)',
    report: 'takeover-applications',
    query: query({
      fromMonth: '2024-01-01',
      toMonth: '2024-12-01',
      groupBy: ['toMunicipality', 'fromMunicipality'],
    }),
  },
]

await prepareDatabase()
const bootstrap = randomBytes(24).toString('hex')
const config = loadConfig({
  DATABASE_URL: databaseUrl,
  AUTH_BOOTSTRAP_KEY: bootstrap,
  LOG_LEVEL: 'warn',
  HOST: '127.0.0.1',
  PORT: '0',
  PROCESSING_TARGET_DAYS_BY_MUNICIPALITY: '101=21',
  // The benchmark measures the statistics, not the per-key rate limit.
  RATE_LIMIT_PER_MINUTE: '10000000',
})
const app = await buildApp(config)
await app.listen({ host: '127.0.0.1', port: 0 })
const address = app.server.address()
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
const generated = generateApiKey()
await insertApiKey(app.database.db, {
  name: `bench-101-${randomBytes(4).toString('hex')}`,
  key_hash: generated.hash,
  key_prefix: generated.prefix,
  municipality_code: '101',
  scopes: ['statistics:read'],
})
const keys = { national: `Bearer ${bootstrap}`, copenhagen: `Bearer ${generated.key}` }

const lines = [
  `| scenario | request | connections | median ms | p99 ms | req/s |`,
  `|---|---|---:|---:|---:|---:|`,
]
try {
  const only = values.only === undefined ? undefined : new RegExp(values.only)
  for (const scenario of SCENARIOS.filter(({ name }) => only?.test(name) ?? true)) {
    const headers = { authorization: keys[scenario.key] }
    const probe = await fetch(`${base}${scenario.path}`, { headers })
    if (probe.status !== 200) {
      // e.g. a 503 from load shedding: when one answer holds the event loop for a whole sample interval,
      // @fastify/under-pressure reads the loop's delay as infinite. Say so and go on with the next one.
      lines.push(`| ${scenario.name} | ${scenario.path.split('/').at(-1)} | – | ${probe.status} | | |`)
      process.stderr.write(`${lines.at(-1)}\n${await probe.text()}\n`)
      continue
    }
    const rows = ((await probe.json()) as { data: unknown[] }).data.length
    for (const connections of connectionCounts) {
      const result = await load(`${base}${scenario.path}`, headers.authorization, connections)
      if (result.non2xx > 0 || result.errors > 0)
        throw new Error(`${scenario.name}: ${result.non2xx} non-2xx`)
      lines.push(
        `| ${scenario.name} (${rows} rows) | ${scenario.path.split('/').at(-1)} | ${connections} | ${result.latency.p50} | ${result.latency.p99} | ${result.requests.average.toFixed(0)} |`,
      )
      process.stderr.write(`${lines.at(-1)}\n`)
    }
  }
  process.stdout.write(`\n${lines.join('\n')}\n`)
  if (values.explain) {
    for (const { name, report, query: q } of EXPLAINED) {
      const plan = planQuery(q, false)
      // as for a national key: with the record keys of the cell key method
      const spec = { ...REPORTS[report].spec, keys: true }
      const compiled = (plan.source.table === 'live' ? liveQuery(q, spec) : cubeQuery(q, plan, spec)).compile(
        app.database.db,
      )
      const explained = await app.database.db.transaction().execute(async (trx) => {
        await sql`select set_config('jit', 'off', true), set_config('work_mem', ${WORK_MEM}, true)`.execute(
          trx,
        )
        return trx.executeQuery<{ 'QUERY PLAN': string }>(
          CompiledQuery.raw(`explain (analyze, buffers) ${compiled.sql}`, [...compiled.parameters]),
        )
      })
      const text = explained.rows.map((r) => r['QUERY PLAN']).join('\n')
      process.stdout.write(
        `\n### ${name}\n\n\`\`\`\n${compiled.sql.replace(/\s+/g, ' ').trim()}\n\n${text}\n\`\`\`\n`,
      )
    }
  }
} finally {
  await app.close()
}
