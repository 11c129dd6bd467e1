import { createRequire } from 'node:module'

/**
 * A typed wrapper around the part of autocannon the benchmarks use. autocannon ships no types and the
 * project has no @types package for it, so the shapes we rely on are declared here, once.
 */

export interface LoadRequest {
  method: string
  path: string
  headers: Record<string, string>
  body?: string
  /**
   * A new body and extra headers for every request sent (autocannon `setupRequest`): a create needs a
   * person and an Idempotency-Key of its own each time.
   */
  vary?: () => { body: string; headers: Record<string, string> }
}

interface LoadOptions {
  url: string
  requests: LoadRequest[]
  connections: number
  durationSeconds: number
  /** Requests per second over all connections (autocannon `overallRate`, `-R`); absent = as fast as possible. */
  overallRate?: number
  /** Replace `[<id>]` in bodies with a fresh id per request (for creates that must be unique). */
  idReplacement?: boolean
}

/** What one bounded load run measured, in the units the report prints. */
export interface LoadResult {
  durationSeconds: number
  requestsPerSecond: number
  totalResponses: number
  /** Mean response size (headers and body): a route that answers more bytes pays for writing them. */
  bytesPerResponse: number
  non2xx: number
  errors: number
  timeouts: number
  statusCounts: Record<string, number>
  /** Percentiles of our own sub-millisecond samples of 2xx responses (not corrected for coordinated omission). */
  latencyMs: { p50: number; p99: number; max: number }
  /** autocannon's whole-millisecond p99, corrected for coordinated omission when a rate is set. */
  correctedP99Ms: number
}

interface Histogram {
  average: number
  p50: number
  p99: number
  max: number
}

interface AutocannonResult {
  duration: number
  requests: Histogram & { total: number }
  throughput: Histogram & { total: number }
  latency: Histogram
  non2xx: number
  errors: number
  timeouts: number
  statusCodeStats: Record<string, { count: number }>
}

interface AutocannonInstance extends PromiseLike<AutocannonResult> {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void
  stop(): void
}

type Autocannon = (options: Record<string, unknown>) => AutocannonInstance

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

/** Grows as needed; a 10 s run at a few thousand req/s records tens of thousands of samples. */
class Samples {
  #values = new Float64Array(1 << 16)
  #length = 0

  add(value: number): void {
    if (this.#length === this.#values.length) {
      const bigger = new Float64Array(this.#values.length * 2)
      bigger.set(this.#values)
      this.#values = bigger
    }
    this.#values[this.#length++] = value
  }

  percentiles(): { p50: number; p99: number; max: number } {
    const sorted = this.#values.slice(0, this.#length).sort()
    const at = (q: number) =>
      sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0
    return { p50: at(0.5), p99: at(0.99), max: sorted.length ? sorted[sorted.length - 1]! : 0 }
  }
}

/** Runs one bounded load against one target; resolves when the duration has elapsed. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies = new Samples()
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    requests: options.requests.map(({ vary, ...request }) =>
      vary
        ? {
            ...request,
            setupRequest: (sent: LoadRequest) => {
              const { body, headers } = vary()
              return { ...sent, body, headers: { ...sent.headers, ...headers } }
            },
          }
        : request,
    ),
    // autocannon's own progress bars and tables would interleave with ours.
    renderProgressBar: false,
    renderResultsTable: false,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    ...(options.idReplacement ? { idReplacement: true } : {}),
  })
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) latencies.add(ms)
  })
  const result = await instance
  const statusCounts: Record<string, number> = {}
  for (const [status, { count }] of Object.entries(result.statusCodeStats)) statusCounts[status] = count
  return {
    durationSeconds: result.duration,
    requestsPerSecond: result.requests.average,
    totalResponses: result.requests.total,
    bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : 0,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCounts,
    latencyMs: latencies.percentiles(),
    correctedP99Ms: result.latency.p99,
  }
}

/**
 * Each request once, before measuring: a benchmark of 401s or 400s would measure nothing. Returns what
 * went wrong, or undefined when every answer was 2xx.
 */
export async function preflight(
  baseUrl: string,
  requests: readonly LoadRequest[],
): Promise<string | undefined> {
  for (const { vary, ...fixed } of requests) {
    const varied = vary?.()
    const request = varied
      ? { ...fixed, body: varied.body, headers: { ...fixed.headers, ...varied.headers } }
      : fixed
    const response = await fetch(`${baseUrl}${request.path}`, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
    })
    const text = await response.text()
    if (!response.ok)
      return `${request.method} ${request.path} answered ${response.status}: ${text.slice(0, 500)}`
  }
  return undefined
}
