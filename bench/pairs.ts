import { randomBytes, randomInt } from 'node:crypto'
import { CREATE_APPLICATION_EXAMPLE } from '../src/applications/request-schemas.ts'
import { HANDOVER_DATES_REQUEST_EXAMPLES } from '../src/handover/schemas.ts'
import { BENEFIT_REDUCTION_EXAMPLES } from '../src/law/proportionality/index.ts'
import { TAKEOVER_ASSESSMENT_REQUEST_EXAMPLES } from '../src/takeover-assessments/schemas.ts'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/**
 * One benchmark: a route of the service and, usually, the ceiling route it is compared with in the same
 * run (an echo of the same validated body, or later a raw INSERT of the same row). Both targets get the
 * same requests, headers and API key, so the ratio isolates what the route does beyond the stack.
 */
export interface BenchPair {
  /** Short name, used by `--only` and in the report. */
  name: string
  method: HttpMethod
  path: string
  /** JSON bodies; each connection cycles through them, so several realistic shapes are measured. */
  bodies?: readonly unknown[]
  /** Extra request headers (the API key and content type are always sent). */
  headers?: Readonly<Record<string, string>>
  /**
   * Replace `[<id>]` anywhere in the request (body or a header such as `idempotency-key`) with a fresh
   * id per request (autocannon `idReplacement`), for creates that must be unique.
   */
  idReplacement?: boolean
  /**
   * Per request: a changed body and extra headers, from the body being sent (e.g. a new applicant and
   * Idempotency-Key for every create; a benchmark of one person's thousandth application would measure
   * the repeat-applicant links, not a create).
   */
  freshen?: (body: unknown) => { body: unknown; headers?: Record<string, string> }
  /** The ceiling route on the same app, registered by bench/server.ts; absent = the route runs alone. */
  echoPath?: string
  /** With `--replay`: the route's own answers replayed without computing them (bench/server.ts). */
  replayPath?: string
  /** Target in throughput mode: this route's req/s at least this share of the echo route's. */
  minRatio?: number
  /** Target in `--rate` mode: this route's p99 latency below this many milliseconds. */
  maxP99Ms?: number
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/**
 * A random valid CPR number: a real date of birth 1900–1999 (serials 0000–3999 are that century) and a
 * random serial, so that ~134 million persons are drawn from and two requests rarely share one.
 */
function randomCpr(): string {
  const day = randomInt(1, 29)
  return `${pad(day, 2)}${pad(randomInt(1, 13), 2)}${pad(randomInt(0, 100), 2)}-${pad(randomInt(0, 4000), 4)}`
}

/** The Swagger example as another person's application, with its own Idempotency-Key or without one. */
const newApplicant =
  (withKey: boolean) =>
  (body: unknown): { body: unknown; headers: Record<string, string> } => {
    const example = body as typeof CREATE_APPLICATION_EXAMPLE
    const id = randomBytes(12).toString('base64url')
    return {
      body: {
        ...example,
        externalReference: `BENCH-${id}`,
        applicant: { ...example.applicant, cpr: randomCpr() },
      },
      headers: withKey ? { 'idempotency-key': id } : {},
    }
  }

/**
 * Only the examples that need no stored data: one naming an `applicationId` would be 404 without a seeded,
 * refused application, and a benchmark of 404s measures nothing.
 */
const statelessReductionExamples = Object.values(BENEFIT_REDUCTION_EXAMPLES).filter(
  (example) => !('applicationId' in example),
)

/**
 * The compute endpoints are stateless: with the bootstrap key (no key lookup) they never touch the
 * database, so the embedded PGlite serves them as well as PostgreSQL.
 */
export const PAIRS: readonly BenchPair[] = [
  {
    name: 'takeover-assessments',
    method: 'POST',
    path: '/v1/takeover-assessments',
    bodies: Object.values(TAKEOVER_ASSESSMENT_REQUEST_EXAMPLES),
    echoPath: '/bench/echo/takeover-assessments',
    replayPath: '/bench/replay/takeover-assessments',
    minRatio: 0.7,
  },
  {
    name: 'handover-dates',
    method: 'POST',
    path: '/v1/handover-dates',
    bodies: HANDOVER_DATES_REQUEST_EXAMPLES,
    echoPath: '/bench/echo/handover-dates',
    replayPath: '/bench/replay/handover-dates',
    minRatio: 0.7,
  },
  {
    name: 'benefit-reduction-assessments',
    method: 'POST',
    path: '/v1/benefit-reduction-assessments',
    bodies: statelessReductionExamples,
    echoPath: '/bench/echo/benefit-reduction-assessments',
    replayPath: '/bench/replay/benefit-reduction-assessments',
    minRatio: 0.7,
  },
  // The creates write: run them against PostgreSQL (`--database-url`, a database of its own); they also
  // run on the in-memory PGlite, whose single connection serialises the transactions.
  {
    // As an ERP integration sends it (README): with an Idempotency-Key, so a retry cannot register twice.
    name: 'application-create',
    method: 'POST',
    path: '/v1/takeover-applications',
    bodies: [CREATE_APPLICATION_EXAMPLE],
    freshen: newApplicant(true),
    echoPath: '/bench/raw-insert/takeover-applications',
    minRatio: 0.5,
    maxP99Ms: 25,
  },
  {
    name: 'application-create-no-key',
    method: 'POST',
    path: '/v1/takeover-applications',
    bodies: [CREATE_APPLICATION_EXAMPLE],
    freshen: newApplicant(false),
    echoPath: '/bench/raw-insert/takeover-applications',
    minRatio: 0.5,
    maxP99Ms: 25,
  },
]
