import { writeFile } from 'node:fs/promises'
import { Session } from 'node:inspector/promises'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import pino from 'pino'
import type { TSchema } from 'typebox'
import { buildApp } from '../src/app.ts'
import type { NewApplicationRow } from '../src/applications/application.table.ts'
import { loadPseudonymiser } from '../src/applications/pseudonym.ts'
import { CreateApplicationBody } from '../src/applications/request-schemas.ts'
import { type ApplicationContext, newApplication, personHashOf } from '../src/applications/service.ts'
import { loadConfig } from '../src/config.ts'
import { HandoverDatesRequest, HandoverDatesResponse } from '../src/handover/schemas.ts'
import { principalOf } from '../src/http/auth.ts'
import {
  BenefitReductionAssessmentRequest,
  BenefitReductionAssessmentResponse,
} from '../src/proportionality/schemas.ts'
import {
  TakeoverAssessmentRequestSchema,
  TakeoverAssessmentResponseSchema,
} from '../src/takeover-assessments/schemas.ts'
import { MEMORY_REPORT_INTERVAL_MS, type RunnerMessage, type ServerMessage } from './protocol.ts'

/**
 * The service as production builds it (buildApp + loadConfig, info logging serialised to a real
 * destination), plus ceiling routes, in a process of its own so that the load generator does not share
 * its event loop. Started by bench/run.ts over IPC; alone (`node bench/server.ts`) it prints its port and
 * serves until Ctrl-C, for profiling by hand with `node --cpu-prof bench/server.ts`.
 */

/**
 * A ceiling route: what the stack costs for a payload without the route's own work. It has the same body
 * schema (so the same parsing and validation), the same auth (`scopes: []`) and the same hooks and logging.
 */
interface CeilingRoute {
  path: string
  /** Registered only when this route exists, so a pair whose endpoint is not built yet is skipped. */
  computePath: string
  body: TSchema
  /** The route's work on the validated body; default: none, the body is returned (an echo). */
  handle?: (app: FastifyInstance, request: FastifyRequest, reply: FastifyReply) => Promise<unknown>
  /**
   * A second ceiling, for `--replay`: the same validated body answered with the route's own answer to it,
   * computed once and then replayed through the route's response schema. It prices the bigger answer
   * (serialisation, bytes on the socket, log) apart from the computation.
   */
  replay?: { path: string; response: TSchema }
}

const CEILING_ROUTES: readonly CeilingRoute[] = [
  {
    path: '/bench/echo/takeover-assessments',
    computePath: '/v1/takeover-assessments',
    body: TakeoverAssessmentRequestSchema,
    replay: { path: '/bench/replay/takeover-assessments', response: TakeoverAssessmentResponseSchema },
  },
  {
    path: '/bench/echo/handover-dates',
    computePath: '/v1/handover-dates',
    body: HandoverDatesRequest,
    replay: { path: '/bench/replay/handover-dates', response: HandoverDatesResponse },
  },
  {
    path: '/bench/echo/benefit-reduction-assessments',
    computePath: '/v1/benefit-reduction-assessments',
    body: BenefitReductionAssessmentRequest,
    replay: {
      path: '/bench/replay/benefit-reduction-assessments',
      response: BenefitReductionAssessmentResponse,
    },
  },
  {
    path: '/bench/raw-insert/takeover-applications',
    computePath: '/v1/takeover-applications',
    body: CreateApplicationBody,
    handle: rawInsert,
  },
]

/** Distinct bodies remembered per ceiling route: the benchmark sends a handful of examples. */
const REMEMBERED_MAX = 100

let applications: Promise<ApplicationContext> | undefined
/** Rows as create would write them, per body apart from the person and the case id (their assessment and dates). */
const rowTemplates = new Map<string, Promise<NewApplicationRow>>()

/**
 * The ceiling of `POST /v1/takeover-applications`: the same validated body and the same row, written
 * by one raw INSERT through the same pool, answering 201 with its id. What create does beyond it: the
 * § 18 assessment in two languages and the dates (worked out here once per distinct body, not per
 * request), the transaction, the Idempotency-Key rows, the `created` event, the repeat-applicant query
 * and the full answer.
 */
async function rawInsert(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  const { db } = app.database
  applications ??= loadPseudonymiser(db, app.config.cprHashSecret).then((pseudonymise) => ({
    db,
    config: app.config,
    pseudonymise,
  }))
  const context = await applications
  const body = request.body as CreateApplicationBody
  const { cpr, ...applicant } = body.applicant
  const key = JSON.stringify({ ...body, externalReference: '', applicant })
  let template = rowTemplates.get(key)
  if (template === undefined) {
    template = newApplication(context, db, principalOf(request), body)
    if (rowTemplates.size < REMEMBERED_MAX) rowTemplates.set(key, template)
  }
  const row: NewApplicationRow = {
    ...(await template),
    external_reference: body.externalReference,
    person_hash: personHashOf(context, cpr, '/applicant/cpr'),
  }
  const { id } = await db
    .insertInto('takeover_application')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow()
  return reply.code(201).send({ id })
}

function registerCeilingRoutes(app: FastifyInstance): string[] {
  const registered: string[] = []
  for (const route of CEILING_ROUTES) {
    if (!app.hasRoute({ method: 'POST', url: route.computePath })) continue
    const handle = route.handle
    app.post(
      route.path,
      // No response schema: the echo is serialised by JSON.stringify, so the ceiling does not depend on
      // how fast-json-stringify handles the request schema's unions.
      { config: { scopes: [] }, schema: { hide: true, body: route.body } },
      async (request, reply) => (handle ? handle(app, request, reply) : request.body),
    )
    registered.push(route.path)
    if (route.replay) {
      registerReplay(app, route.computePath, route.body, route.replay)
      registered.push(route.replay.path)
    }
  }
  return registered
}

function registerReplay(
  app: FastifyInstance,
  computePath: string,
  body: TSchema,
  replay: { path: string; response: TSchema },
): void {
  const answers = new Map<string, unknown>()
  app.post(
    replay.path,
    { config: { scopes: [] }, schema: { hide: true, body, response: { 200: replay.response } } },
    async (request) => {
      // Keyed by the body as parsed: one JSON.stringify, about what the echo pays to answer it.
      const key = JSON.stringify(request.body)
      const known = answers.get(key)
      if (known !== undefined) return known
      const { authorization, 'accept-language': language } = request.headers
      const response = await app.inject({
        method: 'POST',
        url: computePath,
        headers: {
          'content-type': 'application/json',
          ...(authorization ? { authorization } : {}),
          ...(language ? { 'accept-language': language } : {}),
        },
        payload: key,
      })
      if (response.statusCode !== 200) throw new Error(`${computePath} answered ${response.statusCode}`)
      const answer: unknown = response.json()
      if (answers.size < REMEMBERED_MAX) answers.set(key, answer)
      return answer
    },
  )
}

function send(message: ServerMessage): void {
  process.send?.(message)
}

/** CPU profiles of chosen windows (one target's run), rather than of the whole process as --cpu-prof gives. */
function profiler(): { start(): Promise<void>; stop(file: string): Promise<void> } {
  const session = new Session()
  session.connect()
  return {
    async start() {
      await session.post('Profiler.enable')
      await session.post('Profiler.start')
    },
    async stop(file) {
      const { profile } = await session.post('Profiler.stop')
      await writeFile(file, JSON.stringify(profile))
      await session.post('Profiler.disable')
      send({ type: 'profile-written', file })
    },
  }
}

async function main(): Promise<void> {
  // Production logging: info level, every request and response line serialised and written (async, as
  // pino writes to stdout in production) to a file, /dev/null by default.
  const logStream = pino.destination({ dest: process.env.BENCH_LOG_FILE || '/dev/null', sync: false })
  const app = await buildApp(loadConfig(), { logStream })
  const ceilingPaths = registerCeilingRoutes(app)
  await app.listen({ host: '127.0.0.1', port: 0 })
  const address = app.server.address()
  if (address === null || typeof address === 'string') throw new Error('expected a TCP address')

  const memory = setInterval(() => {
    const { rss, heapUsed } = process.memoryUsage()
    send({ type: 'memory', rssBytes: rss, heapUsedBytes: heapUsed })
  }, MEMORY_REPORT_INTERVAL_MS)
  const cpu = profiler()

  let stopping: Promise<void> | undefined
  function stop(): Promise<void> {
    stopping ??= (async () => {
      clearInterval(memory)
      await app.close()
      // maxRSS (KiB) is the kernel's peak for the whole life of the process: it catches a spike between
      // two memory reports.
      send({ type: 'stopped', maxRssBytes: process.resourceUsage().maxRSS * 1024 })
      process.disconnect?.()
    })()
    return stopping
  }

  if (process.send) {
    process.on('message', (message: RunnerMessage) => {
      const done =
        message.type === 'profile-start'
          ? cpu.start()
          : message.type === 'profile-stop'
            ? cpu.stop(message.file)
            : stop()
      done.catch((err: unknown) => {
        app.log.error({ err }, 'bench server command failed')
        process.exitCode = 1
      })
    })
    // The runner died without saying stop: do not linger as an orphan holding a port.
    process.on('disconnect', () => void stop())
    send({ type: 'listening', port: address.port, ceilingPaths })
  } else {
    process.stdout.write(
      `listening on http://127.0.0.1:${address.port} (ceilings: ${ceilingPaths.join(', ')})\n`,
    )
    process.once('SIGINT', () => void stop())
  }
}

await main()
