import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, loadavg, totalmem } from 'node:os'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { type LoadRequest, type LoadResult, preflight, runLoad } from './load.ts'
import { parseOptions } from './options.ts'
import type { BenchPair } from './pairs.ts'
import { summariseProfileFile } from './profile-summary.ts'
import { formatReport, formatTable, type ResultRow } from './report.ts'
import { type PeakMemory, type ServerProcess, startServer } from './server-process.ts'

/**
 * `npm run bench [-- options]`: each pair's route and its ceiling route, one after the other against one
 * server in a child process on 127.0.0.1, bounded in time; a markdown table to bench/results/latest.md.
 */

const options = parseOptions(process.argv.slice(2))
const { durationSeconds: duration, warmupSeconds: warmup, connections, rate, rounds, profile } = options
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url))
/** Issue 8: RSS below 200 MB throughout. */
const RSS_LIMIT_BYTES = 200 * 1024 * 1024

// A fresh key per run: the bootstrap key is accepted without a database row, so no request of the
// benchmark touches the database unless its route does.
const apiKey = randomBytes(24).toString('base64url')
const baseHeaders = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }

function requestsOf(pair: BenchPair, path: string): LoadRequest[] {
  const headers = { ...baseHeaders, ...pair.headers }
  const bodies = pair.bodies ?? [undefined]
  const { freshen } = pair
  return bodies.map((body) => ({
    method: pair.method,
    path,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ...(freshen
      ? {
          vary: () => {
            const fresh = freshen(body)
            return { body: JSON.stringify(fresh.body), headers: fresh.headers ?? {} }
          },
        }
      : {}),
  }))
}

interface Measured {
  result: LoadResult
  peak: PeakMemory
}

/**
 * Before each measured route on PostgreSQL: VACUUM ANALYZE, as autovacuum would keep the tables in
 * production (it is off on this machine's server: without statistics the planner guessed, and without
 * vacuum the statistics queue's dead rows piled up, so every route ran slower than the last).
 */
async function tidyDatabase(): Promise<void> {
  if (!options.databaseUrl) return
  const client = new pg.Client({ connectionString: options.databaseUrl })
  await client.connect()
  try {
    await client.query('vacuum analyze')
  } finally {
    await client.end()
  }
}

async function measure(
  server: ServerProcess,
  pair: BenchPair,
  role: ResultRow['role'],
  path: string,
): Promise<Measured> {
  const requests = requestsOf(pair, path)
  const load = (seconds: number) =>
    runLoad({
      url: server.url,
      requests,
      connections,
      durationSeconds: seconds,
      ...(rate ? { overallRate: rate } : {}),
      ...(pair.idReplacement ? { idReplacement: true } : {}),
    })
  await tidyDatabase()
  server.takePeakMemory()
  if (warmup > 0) await load(warmup)
  let result: LoadResult | undefined
  const run = async () => {
    result = await load(duration)
  }
  if (profile) await server.profile(`${RESULTS_DIR}${pair.name}-${role}.cpuprofile`, run)
  else await run()
  process.stdout.write(
    `  ${role.padEnd(7)} ${path}: ${result!.requestsPerSecond.toFixed(0)} req/s, p99 ${result!.latencyMs.p99.toFixed(2)} ms, non-2xx ${result!.non2xx}\n`,
  )
  return { result: result!, peak: server.takePeakMemory() }
}

/** One round of a pair: its ceiling routes (when there are), then the route itself. */
interface Round {
  echo?: Measured
  replay?: Measured
  compute: Measured
}

const ratioOf = (round: Round) =>
  round.echo ? round.compute.result.requestsPerSecond / round.echo.result.requestsPerSecond : undefined

/**
 * With several rounds the median round stands for the pair, both of its rows from that same round: by
 * the compute/echo ratio in throughput mode (what the target is about), else by the route's p99 at a
 * fixed rate, or its throughput. One round disturbed by other work on the machine cannot decide.
 */
function medianRound(all: Round[]): Round {
  const score = (round: Round) =>
    rate ? round.compute.result.latencyMs.p99 : (ratioOf(round) ?? round.compute.result.requestsPerSecond)
  const sorted = [...all].sort((a, b) => score(a) - score(b))
  return sorted[Math.floor((sorted.length - 1) / 2)]!
}

function invalid(row: ResultRow): string | undefined {
  const r = row.result
  if (r.non2xx === 0 && r.errors === 0) return undefined
  return `${row.pair} ${row.role}: ${r.non2xx} non-2xx ${JSON.stringify(r.statusCounts)}, ${r.errors} errors`
}

async function benchPair(server: ServerProcess, pair: BenchPair): Promise<ResultRow[]> {
  const registered = (path: string | undefined) =>
    path !== undefined && server.ceilingPaths.includes(path) ? path : undefined
  const echoPath = registered(pair.echoPath)
  const replayPath = options.replay ? registered(pair.replayPath) : undefined
  const all: Round[] = []
  for (let round = 1; round <= rounds; round++) {
    process.stdout.write(`${pair.name}${rounds > 1 ? `, round ${round} of ${rounds}` : ''}\n`)
    const echo = echoPath ? await measure(server, pair, 'echo', echoPath) : undefined
    const replay = replayPath ? await measure(server, pair, 'replay', replayPath) : undefined
    const compute = await measure(server, pair, 'compute', pair.path)
    all.push({ ...(echo ? { echo } : {}), ...(replay ? { replay } : {}), compute })
  }
  const chosen = medianRound(all)
  const row = (role: ResultRow['role'], path: string, measured: Measured): ResultRow => ({
    pair: pair.name,
    role,
    method: pair.method,
    path,
    ...measured,
  })
  const echo = echoPath && chosen.echo ? row('echo', echoPath, chosen.echo) : undefined
  const replay = replayPath && chosen.replay ? row('replay', replayPath, chosen.replay) : undefined
  const compute = row('compute', pair.path, chosen.compute)
  const rows = [echo, replay, compute].filter((r) => r !== undefined)
  if (replay && echo && !rate) {
    replay.ratio = replay.result.requestsPerSecond / echo.result.requestsPerSecond
  }
  if (rate) {
    if (pair.maxP99Ms !== undefined) {
      const met = compute.result.latencyMs.p99 < pair.maxP99Ms
      compute.target = `p99 < ${pair.maxP99Ms} ms: ${met ? 'yes' : 'NO'}`
    }
  } else if (echo) {
    compute.ratio = ratioOf(chosen)!
    if (rounds > 1) compute.roundRatios = all.map((round) => ratioOf(round)!)
    if (pair.minRatio !== undefined) {
      const met = compute.ratio >= pair.minRatio
      compute.target = `≥ ${(pair.minRatio * 100).toFixed(0)} % of echo: ${met ? 'yes' : 'NO'}`
    }
  }
  return rows
}

/** Which code was measured: the commit, and whether the working tree differed from it (read-only git). */
function codeVersion(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: 'pipe' }).trim()
    const dirty = git('status', '--porcelain', '--untracked-files=no') !== ''
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes' : ''}`
  } catch {
    return 'unknown (not a git checkout)'
  }
}

// Production logging at info (the server writes it to BENCH_LOG_FILE, /dev/null by default).
const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  LOG_LEVEL: 'info',
  AUTH_BOOTSTRAP_KEY: apiKey,
  DATABASE_URL: options.databaseUrl ?? '',
  // A throwaway embedded database: the stateless endpoints touch it only at start.
  PGLITE_DIR: 'memory://',
  BENCH_LOG_FILE: options.logFile ?? '',
  // The per-key rate limit stays registered (its bookkeeping is production cost) but is set out of
  // reach: one key sending thousands of requests a second is the benchmark, not abuse.
  RATE_LIMIT_PER_MINUTE: '10000000',
}

interface Outcome {
  rows: ResultRow[]
  skipped: string[]
  problems: string[]
  serverMaxRss: { pair: string; bytes: number }[]
}

/**
 * One server per pair: what a pair leaves behind (garbage, native memory) cannot slow the next pair's
 * routes, and each pair's peak RSS is its own. Within a pair the routes share the server, as asked.
 */
async function runPair(pair: BenchPair, outcome: Outcome): Promise<void> {
  const server = await startServer({ execArgv: options.nodeOptions, env: serverEnv })
  try {
    const missing = await preflight(server.url, requestsOf(pair, pair.path))
    if (missing?.includes(' answered 404: ') && missing.includes('No route')) {
      outcome.skipped.push(`${pair.name}: \`${pair.method} ${pair.path}\` does not exist yet`)
      return
    }
    const hasCeiling = pair.echoPath !== undefined && server.ceilingPaths.includes(pair.echoPath)
    if (pair.echoPath && !hasCeiling) {
      outcome.skipped.push(
        `${pair.name}: no ceiling route ${pair.echoPath} in bench/server.ts, measured alone`,
      )
    }
    // The replay route computes its answers on first use; this also checks that it can.
    const hasReplay = options.replay && pair.replayPath && server.ceilingPaths.includes(pair.replayPath)
    const failed =
      missing ??
      (hasCeiling ? await preflight(server.url, requestsOf(pair, pair.echoPath!)) : undefined) ??
      (hasReplay ? await preflight(server.url, requestsOf(pair, pair.replayPath!)) : undefined)
    if (failed) {
      outcome.problems.push(`${pair.name}: preflight failed, not measured: ${failed}`)
      return
    }
    outcome.rows.push(...(await benchPair(server, pair)))
  } finally {
    const bytes = await server.stop()
    if (bytes !== undefined) outcome.serverMaxRss.push({ pair: pair.name, bytes })
  }
}

async function main(): Promise<number> {
  await mkdir(RESULTS_DIR, { recursive: true })
  const loadBefore = loadavg()[0]!
  const outcome: Outcome = { rows: [], skipped: [], problems: [], serverMaxRss: [] }
  for (const pair of options.pairs) await runPair(pair, outcome)
  const { rows, skipped, problems } = outcome
  problems.push(...rows.flatMap((row) => invalid(row) ?? []))

  const cpu = cpus()
  const report = formatReport(
    {
      date: new Date().toISOString(),
      command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(
        ' ',
      ),
      machine: `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${process.platform}/${process.arch}`,
      code: codeVersion(),
      node: `${process.version}${options.nodeOptions.length ? ` (server: ${options.nodeOptions.join(' ')})` : ''}`,
      // Other work on the machine skews a 2-core benchmark: the 1-minute load average says how much.
      load: `1-min load average ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after`,
      database: options.databaseUrl ? 'PostgreSQL (--database-url)' : 'PGlite in memory (embedded)',
      mode: [
        rate ? `fixed rate ${rate} req/s` : 'throughput',
        `${connections} connections, ${warmup} s warm-up + ${duration} s per route`,
        ...(rounds > 1 ? [`median of ${rounds} rounds`] : []),
        ...(options.replay ? ['with replay routes'] : []),
        ...(profile ? ['CPU profiler ON (numbers not representative)'] : []),
      ].join(', '),
      serverMaxRss: outcome.serverMaxRss,
      rssLimitBytes: RSS_LIMIT_BYTES,
      skipped,
      problems,
    },
    rows,
    rate !== undefined,
  )
  await writeFile(options.out, report)
  process.stdout.write(`\n${formatTable(rows, rate !== undefined)}\n\n`)
  for (const line of [...skipped.map((s) => `Skipped: ${s}`), ...problems.map((p) => `INVALID: ${p}`)]) {
    process.stdout.write(`${line}\n`)
  }
  if (profile) {
    for (const row of rows) {
      const file = `${RESULTS_DIR}${row.pair}-${row.role}.cpuprofile`
      const summary = await summariseProfileFile(file, 15)
      await writeFile(file.replace(/\.cpuprofile$/, '.md'), summary)
      process.stdout.write(`\n${summary}`)
    }
  }
  const out = relative(process.cwd(), options.out)
  process.stdout.write(
    `\nWritten to ${out}; copy the table into bench/README.md with the date and machine.\n`,
  )
  return problems.length > 0 ? 1 : 0
}

process.exitCode = await main()
