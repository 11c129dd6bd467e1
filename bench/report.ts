import type { LoadResult } from './load.ts'

/** One measured target (a route of the service or its ceiling route) as the report shows it. */
export interface ResultRow {
  pair: string
  /** `compute` (the service's route), `echo` (its ceiling) or `replay` (its answers without computing them). */
  role: 'compute' | 'echo' | 'replay'
  method: string
  path: string
  result: LoadResult
  /** Highest RSS and V8 heap the server reported during this target's warm-up and run. */
  peak: { rssBytes: number; heapUsedBytes: number }
  /** Throughput mode: this row's req/s ÷ the echo's; on the compute and replay rows. */
  ratio?: number
  /** With several rounds: every round's ratio, to show how much the machine's noise moved it. */
  roundRatios?: number[]
  /** What the row was held to and whether it met it, e.g. `≥ 70 % of echo: yes`. */
  target?: string
}

interface ReportContext {
  date: string
  command: string
  machine: string
  code: string
  node: string
  load: string
  database: string
  mode: string
  /** Each pair's server: its kernel maxRSS over its whole life, start-up included. */
  serverMaxRss: { pair: string; bytes: number }[]
  rssLimitBytes: number
  skipped: string[]
  problems: string[]
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const ms = (value: number) => `${value.toFixed(2)} ms`

function errorsCell(result: LoadResult): string {
  const codes = Object.entries(result.statusCounts)
    .filter(([status]) => !status.startsWith('2'))
    .map(([status, count]) => `${count}×${status}`)
  const failures = result.errors ? [`${result.errors} errors (${result.timeouts} timeouts)`] : []
  return [String(result.non2xx), ...codes.map((c) => `(${c})`), ...failures].join(' ')
}

const percent = (ratio: number) => `${(ratio * 100).toFixed(0)} %`

function ratioCell(row: ResultRow): string {
  if (row.ratio === undefined) return ''
  if (!row.roundRatios) return percent(row.ratio)
  return `${percent(row.ratio)} (rounds: ${row.roundRatios.map(percent).join(', ')})`
}

export function formatTable(rows: readonly ResultRow[], fixedRate: boolean): string {
  const header = fixedRate
    ? '| benchmark | route | req/s | p50 | p99 | p99 corrected | bytes/resp | non-2xx | peak RSS (heap) | target |'
    : '| benchmark | route | req/s (mean) | p50 | p99 | bytes/resp | non-2xx | peak RSS (heap) | ÷ echo | target |'
  const lines = [header, `|${' --- |'.repeat(2)}${' ---: |'.repeat(header.split('|').length - 4)}`]
  for (const row of rows) {
    const r = row.result
    const cells = [
      row.role === 'compute' ? row.pair : `${row.pair} (${row.role})`,
      `\`${row.method} ${row.path}\``,
      r.requestsPerSecond.toFixed(0),
      ms(r.latencyMs.p50),
      ms(r.latencyMs.p99),
      ...(fixedRate ? [`${r.correctedP99Ms} ms`] : []),
      r.bytesPerResponse.toFixed(0),
      errorsCell(r),
      `${mb(row.peak.rssBytes)} (${mb(row.peak.heapUsedBytes)})`,
      ...(fixedRate ? [] : [ratioCell(row)]),
      row.target ?? '',
    ]
    lines.push(`| ${cells.join(' | ')} |`)
  }
  return lines.join('\n')
}

export function formatReport(context: ReportContext, rows: readonly ResultRow[], fixedRate: boolean): string {
  const lines = [
    `# Benchmark results, ${context.date}`,
    '',
    `- Command: \`${context.command}\``,
    `- Machine: ${context.machine}`,
    `- Code: ${context.code}`,
    `- Node: ${context.node}`,
    `- Load: ${context.load}`,
    `- Database: ${context.database}`,
    `- Mode: ${context.mode}`,
    '',
    formatTable(rows, fixedRate),
    '',
    'p50/p99: our sub-millisecond samples of 2xx responses, as the client saw them.',
  ]
  if (fixedRate) {
    lines.push(
      "p99 corrected: autocannon's whole-millisecond p99 corrected for coordinated omission (requests the client could not send on time count as late).",
    )
  }
  if (context.serverMaxRss.length > 0) {
    const peaks = context.serverMaxRss.map(({ pair, bytes }) => {
      const within = bytes < context.rssLimitBytes ? 'within' : 'OVER'
      return `${pair} ${mb(bytes)} (${within})`
    })
    lines.push(
      '',
      `Server peak RSS over its whole life, start-up included (kernel maxRSS, one server per pair; target < ${mb(context.rssLimitBytes)}): ${peaks.join(', ')}.`,
    )
  }
  for (const skipped of context.skipped) lines.push('', `Skipped: ${skipped}`)
  for (const problem of context.problems) lines.push('', `**Invalid:** ${problem}`)
  return `${lines.join('\n')}\n`
}
