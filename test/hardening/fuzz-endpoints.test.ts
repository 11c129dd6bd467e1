/**
 * Issue 8, item 1: every operation of GET /openapi.json fuzzed from its own schemas — valid and invalid
 * bodies, query strings, path parameters and headers, with several kinds of API key (and none, and
 * garbage) — asserting on every answer: no 5xx and no hang; problem+json with type, title and status
 * for every 4xx (validation errors with `errors[]` of `{ pointer, message }`); a schema-invalid request
 * from an authorised caller is a 400 validation problem; no change to the watched tables after a
 * rejected request; no CPR number from the request in the response body or the logs.
 *
 * FUZZ_RUNS=10 multiplies the runs (a soak); FUZZ_SEED replays a failure.
 */
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { registered, stepped } from '../applications/fixtures.ts'
import { BOOTSTRAP_AUTH, createTestApp } from '../helpers/app.ts'
import { keyHeader } from '../helpers/keys.ts'
import {
  acceptedBySchema,
  asJson,
  checkExchange,
  cprArb,
  type ExchangeExpectations,
  FUZZ_ENV,
  type FuzzRequest,
  fcParameters,
  type GenerateOptions,
  type JsonSchema,
  loadOperations,
  type Mutation,
  mutationArb,
  type Operation,
  parseQuery,
  pointerOf,
  REFERENCE_HINTS,
  runs,
  shedding,
  toHeaderValue,
  toQueryString,
  validArb,
} from './fuzz-helpers.ts'

const t = await createTestApp(FUZZ_ENV)
afterAll(async () => {
  if (shedding.count > 0)
    console.warn(`[fuzz] ${shedding.count} load-shedding 503s were retried (machine stalls)`)
  await t.close()
})
const operations = await loadOperations(t.app)

// Callers: the national bootstrap key (all scopes), a receiving municipality (København, 101) with the
// non-admin scopes, a read-only departure municipality (Aarhus, 751), no key, and garbage.
const auth = {
  national: BOOTSTRAP_AUTH.authorization,
  copenhagen: (await keyHeader(t.app, 'fuzz-101', '101')).authorization,
  aarhusReadOnly: (await keyHeader(t.app, 'fuzz-751', '751', ['applications:read'])).authorization,
}
const BOGUS_AUTHORIZATION = [
  'Basic dXNlcjpwYXNz',
  'Bearer',
  'Bearer ',
  'bearer test-bootstrap-key-0123456789abcdef',
  'Bearer  test-bootstrap-key-0123456789abcdef',
  'Bearer test-bootstrap-key-0123456789abcdeF',
  'Bearer test-bootstrap-key-0123456789abcdef ',
  'Token abc',
  'Digest username="x"',
  `Bearer ${'k'.repeat(201)}`,
  `Bearer ${'k'.repeat(10_000)}`,
  'Bearer ansvar_0000000000000000000000000000000000000000',
  'Bearer 010190-1234',
  'Bearer null',
]
const authorizationArb: fc.Arbitrary<{ value: string | undefined; national: boolean }> = fc.oneof(
  { weight: 8, arbitrary: fc.constant({ value: auth.national, national: true }) },
  { weight: 2, arbitrary: fc.constant({ value: auth.copenhagen, national: false }) },
  { weight: 1, arbitrary: fc.constant({ value: auth.aarhusReadOnly, national: false }) },
  { weight: 1, arbitrary: fc.constant({ value: undefined, national: false }) },
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        fc.constantFrom(...BOGUS_AUTHORIZATION),
        fc.string({ maxLength: 60 }).map((s) => `Bearer ${s}`),
      )
      .map((value) => ({ value: toHeaderValue(value), national: false })),
  },
)

// Applications in every state, so that path ids hit real rows (and every transition is tried on each).
const create = (overrides: Record<string, unknown>) => registered(t.app, overrides)
const step = (id: string, path: string, payload: object) => stepped(t.app, id, path, payload)
const received = await create({ externalReference: 'FUZZ-received' })
const approved = await create({ externalReference: 'FUZZ-approved' })
await step(approved, '/decision', {
  outcome: 'approved',
  decisionDate: '2025-03-20',
  legalBasis: 'obligated',
})
const refused = await create({ externalReference: 'FUZZ-refused', grounds: [{ type: 'loneliness' }] })
await step(refused, '/decision', { outcome: 'refused', decisionDate: '2025-03-20' })
const appealed = await create({ externalReference: 'FUZZ-appealed', grounds: [{ type: 'loneliness' }] })
await step(appealed, '/decision', { outcome: 'refused', decisionDate: '2025-03-20' })
await step(appealed, '/appeal', { lodgedDate: '2025-04-01' })
const withdrawn = await create({ externalReference: 'FUZZ-withdrawn' })
await step(withdrawn, '/withdrawal', { withdrawnDate: '2025-03-10' })
const elsewhere = await create({
  externalReference: 'FUZZ-elsewhere',
  fromMunicipality: '101',
  toMunicipality: '147',
})
const knownIds = [received, approved, refused, appealed, withdrawn, elsewhere]

/** Real municipality codes most of the time, CPR-shaped numbers, and the ids of stored applications. */
const generation: GenerateOptions = {
  ...REFERENCE_HINTS,
  propertyHints: {
    id: fc.constantFrom(...knownIds),
    applicationId: fc.constantFrom(...knownIds),
    linkedApplicationId: fc.constantFrom(...knownIds),
  },
}
/** Query strings and headers also carry CPR numbers in their free-text values: none may come back. */
const withCprs: GenerateOptions = { ...generation, freeText: cprArb }

/** Header noise that is valid for every route: request ids, languages, conditional requests. */
const noiseHeadersArb: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    'x-request-id': fc.oneof(fc.uuid(), fc.string({ maxLength: 80 }), fc.constant('a'.repeat(5_000))),
    'accept-language': fc.oneof(
      fc.constantFrom('en', 'da', 'en;q=0.1, da;q=0.9', 'en;q=abc', '*', 'xx-YY', 'en;q=1e309', ';;;,,,', ''),
      fc.string({ maxLength: 200 }),
      cprArb,
    ),
    'if-none-match': fc.oneof(
      fc.constantFrom('"v1"', '*', 'W/"v1"', '"v999999999999"'),
      fc.string({ maxLength: 40 }),
      cprArb,
    ),
    'x-fuzz': fc.oneof(fc.string({ maxLength: 100 }), cprArb),
    accept: fc.constantFrom(
      'application/json',
      'text/csv',
      'application/xml',
      '*/*',
      'application/problem+json',
      '',
    ),
  },
  { requiredKeys: [] },
)

type Part = 'params' | 'query' | 'headers' | 'body'

function hasInputs(schema: JsonSchema): boolean {
  return Object.keys(schema.properties ?? {}).length > 0
}

function partsOf(op: Operation): Part[] {
  const parts: Part[] = []
  if (hasInputs(op.params)) parts.push('params')
  if (hasInputs(op.query)) parts.push('query')
  if (hasInputs(op.headers)) parts.push('headers')
  if (op.body) parts.push('body')
  return parts
}

function schemaOf(op: Operation, part: Part): JsonSchema {
  return part === 'body' ? op.body! : op[part]
}

interface Generated {
  request: FuzzRequest
  expectations: ExchangeExpectations
}

/** Builds the request, then asks the oracle what the validator must say about each part. */
function buildRequest(
  op: Operation,
  values: Partial<Record<Part, unknown>>,
  authorization: { value: string | undefined; national: boolean },
  noise: Record<string, string>,
): Generated {
  const params = Object.fromEntries(
    Object.entries((values.params ?? {}) as Record<string, unknown>).map(([name, raw]) => [
      name,
      typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? ''),
    ]),
  )
  let emptyParam = false
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const text = params[name] ?? ''
    if (text === '') emptyParam = true
    return encodeURIComponent(text)
  })
  const search = toQueryString(values.query)
  const url = search ? `${path}?${search}` : path
  const headers: Record<string, string> = { ...noise }
  for (const [name, value] of Object.entries((values.headers ?? {}) as Record<string, unknown>)) {
    headers[name.toLowerCase()] = toHeaderValue(value)
  }
  if (authorization.value !== undefined) headers.authorization = authorization.value
  let payload: string | undefined
  if (op.body) {
    payload = JSON.stringify(values.body) ?? 'null'
    headers['content-type'] = 'application/json'
  }
  const verdicts: boolean[] = []
  // Only the template's names travel in the path: a generated extra key never reaches the server.
  const names = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!)
  const sentParams = Object.fromEntries(names.filter((n) => n in params).map((n) => [n, params[n]]))
  if (hasInputs(op.params)) verdicts.push(acceptedBySchema(op.params, sentParams, 'other'))
  if (hasInputs(op.query)) verdicts.push(acceptedBySchema(op.query, parseQuery(search), 'other'))
  if (hasInputs(op.headers)) verdicts.push(acceptedBySchema(op.headers, headers, 'other'))
  if (op.body) verdicts.push(acceptedBySchema(op.body, asJson(JSON.parse(payload!)), 'body'))
  const allValid = verdicts.every(Boolean)
  // The validator speaks only to an authorised caller (authentication and scopes come first), and only
  // when the route was found (an empty path segment is another route).
  const reachesValidator = !emptyParam && (!op.secured || authorization.national)
  return {
    request: { method: op.method, url, headers, ...(payload === undefined ? {} : { payload }) },
    expectations: { schemaInvalid: reachesValidator && !allValid },
  }
}

function requestArb(op: Operation, mode: 'valid' | 'invalid'): fc.Arbitrary<Generated> {
  const parts = partsOf(op)
  const optionsOf = (part: Part) => (part === 'body' ? generation : withCprs)
  const target: fc.Arbitrary<Part | null> =
    mode === 'invalid' && parts.length > 0 ? fc.constantFrom(...parts) : fc.constant(null)
  return target.chain((mutatedPart) => {
    const model: Partial<Record<Part, fc.Arbitrary<unknown>>> = {}
    for (const part of parts) {
      if (part !== mutatedPart) model[part] = validArb(schemaOf(op, part), optionsOf(part))
    }
    const mutation: fc.Arbitrary<Mutation | null> = mutatedPart
      ? mutationArb(schemaOf(op, mutatedPart), optionsOf(mutatedPart))
      : fc.constant(null)
    return fc
      .tuple(
        fc.record(model as Record<Part, fc.Arbitrary<unknown>>),
        mutation,
        authorizationArb,
        noiseHeadersArb,
      )
      .map(([values, change, authorization, noise]) => {
        const all: Partial<Record<Part, unknown>> = mutatedPart
          ? { ...values, [mutatedPart]: change!.value }
          : values
        const generated = buildRequest(op, all, authorization, noise)
        // Header names and path parameters are not JSON pointers into what the server parses; bodies
        // and query strings are.
        if (
          change &&
          (mutatedPart === 'body' || mutatedPart === 'query') &&
          generated.expectations.schemaInvalid
        ) {
          generated.expectations.mutatedPointer = pointerOf(
            change.path.slice(0, mutatedPart === 'query' ? 1 : undefined),
          )
        }
        return generated
      })
  })
}

const VALID_RUNS = runs(50)
const INVALID_RUNS = runs(80)

describe('fuzzing every operation of the OpenAPI document', () => {
  it('finds the operations (new routes are fuzzed without changes here)', () => {
    const names = operations.map((op) => op.name)
    expect(names).toEqual(
      expect.arrayContaining([
        'POST /v1/takeover-applications',
        'POST /v1/takeover-applications/{id}/decision',
        'POST /v1/takeover-assessments',
        'POST /v1/handover-dates',
        'POST /v1/benefit-reduction-assessments',
        'GET /v1/access-log',
      ]),
    )
    expect(operations.length).toBeGreaterThanOrEqual(19)
  })

  for (const op of operations) {
    describe(op.name, () => {
      it(`schema-valid input (${VALID_RUNS} runs): no 5xx, problems for 4xx, no change when rejected, no CPR echoed`, async () => {
        await fc.assert(
          fc.asyncProperty(requestArb(op, 'valid'), async ({ request, expectations }) => {
            await checkExchange(t.app, t.logs, request, expectations)
          }),
          fcParameters(VALID_RUNS),
        )
      }, 180_000)

      if (partsOf(op).length > 0) {
        it(`mutated input (${INVALID_RUNS} runs): a 400 validation problem pointing at the change, nothing stored`, async () => {
          await fc.assert(
            fc.asyncProperty(requestArb(op, 'invalid'), async ({ request, expectations }) => {
              await checkExchange(t.app, t.logs, request, expectations)
            }),
            fcParameters(INVALID_RUNS),
          )
        }, 180_000)
      }
    })
  }
})
