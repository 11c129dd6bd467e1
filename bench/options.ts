import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { type BenchPair, PAIRS } from './pairs.ts'

/** The command line of `npm run bench`, validated once; a wrong flag stops before any server starts. */

/** The Node flags `npm start` and the Dockerfile run the service with (a test keeps the three equal). */
export const PRODUCTION_NODE_OPTIONS = ['--max-semi-space-size=2', '--max-old-space-size=256'] as const

const USAGE = `npm run bench -- [options]
  --duration <s>         measured seconds per route (default 10)
  --warmup <s>           unmeasured seconds before each, 0 for none (default 3)
  --connections <n>      concurrent connections (default 10)
  --rate <n>             fixed rate in requests/s over all connections (autocannon -R): latency mode
  --only <name>          run only this pair (repeatable): ${PAIRS.map((p) => p.name).join(', ')}
  --rounds <n>           alternate echo and route n times; the median round is reported (default 1)
  --replay               also measure each route's own answers replayed without computing them
  --profile              CPU-profile each measured run into bench/results/<pair>-<role>.cpuprofile
  --database-url <url>   PostgreSQL on 127.0.0.1 instead of the in-memory PGlite; migrated on start, so a
                         database of its own (e.g. postgres://postgres@127.0.0.1:5432/ansvar_bench_http)
  --log-file <path>      where the server's info logs go (default /dev/null)
  --node-option=<flag>   a Node flag for the server process (repeatable); replaces the production flags
                         (${PRODUCTION_NODE_OPTIONS.join(' ')}, as npm start and the Dockerfile), e.g. --node-option=--max-semi-space-size=16
  --out <file>           the report (default bench/results/latest.md)`

interface BenchOptions {
  durationSeconds: number
  warmupSeconds: number
  connections: number
  /** Fixed-rate (latency) mode when set. */
  rate: number | undefined
  rounds: number
  pairs: readonly BenchPair[]
  /** Also measure the replay ceiling: the route's answer without its computation. */
  replay: boolean
  profile: boolean
  databaseUrl: string | undefined
  logFile: string | undefined
  nodeOptions: string[]
  out: string
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return '(not a URL)'
  }
}

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`)
  process.exit(64) // EX_USAGE
}

function positive(name: string, value: string | undefined, allowZero = false): number {
  const number = Number(value)
  if (!Number.isFinite(number) || number < 0 || (number === 0 && !allowZero)) {
    fail(`--${name} must be a positive number, got "${value}"`)
  }
  return number
}

export function parseOptions(args: string[]): BenchOptions {
  let values: ReturnType<typeof parse>['values']
  try {
    values = parse(args).values
  } catch (error) {
    fail((error as Error).message)
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    process.exit(0)
  }
  const databaseUrl = values['database-url']
  // The server migrates the database it is given: never one on another machine, by a slip of the flag.
  if (databaseUrl !== undefined && !LOCAL_HOSTS.has(hostOf(databaseUrl))) {
    fail(
      `--database-url must name a database on 127.0.0.1 (the server migrates it), got ${hostOf(databaseUrl)}`,
    )
  }
  const unknown = (values.only ?? []).filter((name) => !PAIRS.some((p) => p.name === name))
  if (unknown.length > 0) fail(`unknown pair ${unknown.join(', ')}`)
  return {
    durationSeconds: positive('duration', values.duration),
    warmupSeconds: positive('warmup', values.warmup, true),
    connections: Math.round(positive('connections', values.connections)),
    rate: values.rate === undefined ? undefined : positive('rate', values.rate),
    rounds: Math.round(positive('rounds', values.rounds)),
    pairs: PAIRS.filter((p) => !values.only || values.only.includes(p.name)),
    replay: values.replay,
    profile: values.profile,
    databaseUrl,
    logFile: values['log-file'],
    nodeOptions: values['node-option'] ?? [...PRODUCTION_NODE_OPTIONS],
    out: values.out,
  }
}

function parse(args: string[]) {
  return parseArgs({
    args,
    options: {
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '10' },
      rate: { type: 'string' },
      only: { type: 'string', multiple: true },
      rounds: { type: 'string', default: '1' },
      replay: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      'database-url': { type: 'string' },
      'log-file': { type: 'string' },
      'node-option': { type: 'string', multiple: true },
      out: { type: 'string', default: fileURLToPath(new URL('./results/latest.md', import.meta.url)) },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
}
