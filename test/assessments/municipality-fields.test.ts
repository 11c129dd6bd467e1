import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'

/**
 * rules.md § 6: every field that names a municipality, in every ground type and every endpoint, is one of
 * the 98 codes ('0101' = '101') or a 400 problem naming the field. The fields are found by walking the
 * OpenAPI document, so a field added later is checked without touching this test (an operation without
 * a baseline request below fails the test, asking for one).
 */
let t: TestApp
let document: OpenApi
beforeAll(async () => {
  t = await createTestApp()
  document = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json()
})
afterAll(() => t.close())

// biome-ignore lint/suspicious/noExplicitAny: a walk over plain JSON Schema
type Schema = Record<string, any>
interface OpenApi {
  paths: Record<string, Record<string, Schema>>
  components: { schemas: Record<string, Schema> }
}
/** A municipality-valued field: where it is, and how to put a value there. */
interface Field {
  operationId: string
  method: string
  path: string
  in: 'query' | 'body'
  pointer: string
  schema: Schema
  /** For a field of one ground type: that type (the body then carries one ground of it). */
  groundType?: string
}

const MUNICIPALITY = /municipality/i

function resolve(schema: Schema): Schema | undefined {
  return schema.$ref ? document.components.schemas[schema.$ref.split('/').pop()] : schema
}

function bodyFields(
  schema: Schema,
  pointer: string,
  found: Omit<Field, keyof Base>[],
  groundType?: string,
): void {
  const resolved = resolve(schema)
  if (!resolved) return
  for (const branch of [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.allOf ?? [])]) {
    const type = resolve(branch)?.properties?.type
    bodyFields(branch, pointer, found, type?.const ?? type?.enum?.[0] ?? groundType)
  }
  for (const [name, property] of Object.entries<Schema>(resolved.properties ?? {})) {
    if (MUNICIPALITY.test(name))
      found.push({ in: 'body', pointer: `${pointer}/${name}`, schema: property, groundType })
    bodyFields(property, `${pointer}/${name}`, found, groundType)
  }
  if (resolved.items) bodyFields(resolved.items, `${pointer}/0`, found, groundType)
}
type Base = Pick<Field, 'operationId' | 'method' | 'path'>

function municipalityFields(): Field[] {
  const fields: Field[] = []
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const base: Base = { operationId: operation.operationId, method: method.toUpperCase(), path }
      for (const parameter of operation.parameters ?? []) {
        if (MUNICIPALITY.test(parameter.name)) {
          fields.push({ ...base, in: 'query', pointer: `/${parameter.name}`, schema: parameter.schema })
        }
      }
      const body = operation.requestBody?.content?.['application/json']?.schema
      const found: Omit<Field, keyof Base>[] = []
      if (body) bodyFields(body, '', found)
      fields.push(...found.map((f) => ({ ...base, ...f })))
    }
  }
  return fields
}

const GROUND = { type: 'family_or_friends' }
/** One valid request per operation that has a municipality-valued field. */
const BASELINES: Record<string, Record<string, unknown>> = {
  assessTakeover: { fromMunicipality: '773', toMunicipality: '101', grounds: [GROUND] },
  createTakeoverApplication: {
    externalReference: 'MUNI-1',
    receivedDate: '2025-03-03',
    applicant: { cpr: '010190-1234', category: 'refugee', visitationDecisionDate: '2023-03-15' },
    fromMunicipality: '773',
    toMunicipality: '101',
    grounds: [GROUND],
  },
  createApiKey: { name: 'municipality-field-test', municipality: '101', scopes: ['applications:read'] },
}

function setAt(body: Record<string, unknown>, pointer: string, value: unknown): void {
  const parts = pointer.split('/').slice(1)
  let target = body as Record<string, unknown>
  for (const part of parts.slice(0, -1)) target = target[part] as Record<string, unknown>
  target[parts.at(-1)!] = value
}

function request(field: Field, value: string) {
  const url = field.path.replaceAll('{id}', '00000000-0000-4000-8000-000000000000')
  if (field.in === 'query') {
    return t.app.inject({
      method: field.method as 'GET',
      url: `${url}?${field.pointer.slice(1)}=${value}`,
      headers: BOOTSTRAP_AUTH,
    })
  }
  const baseline = BASELINES[field.operationId]
  if (!baseline) throw new Error(`add a baseline request for ${field.operationId} to this test`)
  const body = structuredClone(baseline)
  if (field.groundType) body.grounds = [{ type: field.groundType }]
  if (field.pointer === '/municipality') delete body.national
  setAt(body, field.pointer, value)
  return t.app.inject({ method: field.method as 'POST', url, headers: BOOTSTRAP_AUTH, payload: body })
}

describe('rules.md § 6: every municipality-valued field of the OpenAPI document', () => {
  it('finds the fields (grounds, applications, lists, statistics, API keys)', () => {
    const pointers = new Set(municipalityFields().map((f) => f.pointer))
    for (const expected of [
      '/toMunicipality',
      '/fromMunicipality',
      '/grounds/0/workplaceMunicipality',
      '/grounds/0/institutionMunicipality',
      '/grounds/0/spouseMunicipality',
      '/grounds/0/treatmentMunicipality',
      '/grounds/0/placementMunicipality',
      '/municipality',
    ]) {
      expect(pointers).toContain(expected)
    }
  })

  it('documents every one with the shared schema (3 digits, 0101 = 101)', () => {
    for (const field of municipalityFields()) {
      expect(field.schema.pattern, `${field.operationId} ${field.pointer}`).toBe('^0?[0-9]{3}$')
    }
  })

  it('rejects a code that is not one of the 98 with a 400 problem naming the field, everywhere', async () => {
    for (const field of municipalityFields()) {
      const res = await request(field, '999')
      const where = `${field.operationId} ${field.in} ${field.pointer}${field.groundType ? ` (${field.groundType})` : ''}`
      expect(res.statusCode, `${where}: ${res.body}`).toBe(400)
      expect(res.headers['content-type'], where).toMatch(/^application\/problem\+json/)
      const errors = res.json().errors as { pointer: string; message: string }[]
      expect(errors, where).toContainEqual(expect.objectContaining({ pointer: field.pointer }))
      const error = errors.find((e) => e.pointer === field.pointer)!
      expect(error.message, where).toContain('98 municipality codes')
    }
  })

  it('T-SPOUSE: spouseMunicipality 999 is a 400 whatever spouseCoveredByProgramme says', async () => {
    for (const covered of [true, false, undefined]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/takeover-assessments',
        headers: BOOTSTRAP_AUTH,
        payload: {
          fromMunicipality: '773',
          toMunicipality: '101',
          grounds: [
            {
              type: 'spouse',
              spouseMunicipality: '999',
              ...(covered === undefined ? {} : { spouseCoveredByProgramme: covered }),
            },
          ],
        },
      })
      expect(res.statusCode).toBe(400)
      expect(res.json().errors).toContainEqual(
        expect.objectContaining({ pointer: '/grounds/0/spouseMunicipality' }),
      )
    }
  })

  it('accepts every real code, also with a leading zero (0101 = 101)', async () => {
    for (const field of municipalityFields().filter((f) => f.operationId === 'assessTakeover')) {
      const res = await request(field, field.pointer === '/fromMunicipality' ? '0773' : '0101')
      expect(res.statusCode, `${field.pointer}: ${res.body}`).toBe(200)
    }
  })
})
