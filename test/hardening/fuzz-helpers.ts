/**
 * Property-based fuzzing of the HTTP API from its own OpenAPI document (issue 8, item 1).
 *
 * - `operationsOf` lists every route, method and input schema of `GET /openapi.json`, so new routes are
 *   fuzzed without touching the tests.
 * - `validArb` turns a (plain JSON Schema / OpenAPI 3.1) schema into a fast-check arbitrary of valid
 *   values; `mutationArb` mutates valid values (drop a required field, add an unknown one, change a type,
 *   put a value out of range, break a format or pattern).
 * - `acceptedBySchema` is the oracle: the same TypeBox check (with query/params/header conversion) that
 *   the app's validator compiler runs, on the JSON the server actually receives.
 * - `checkExchange` asserts what must hold for every request: no 5xx, no hang, problem+json for every
 *   4xx, no database change after a rejected request, no CPR number from the request in the response
 *   body or the logs.
 */

import fc from 'fast-check'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { sql } from 'kysely'
import { type TSchema, Type } from 'typebox'
import { Value } from 'typebox/value'
import { expect } from 'vitest'
import { MUNICIPALITY_CODE_PATTERN } from '../../src/http/schemas.ts'
import { MUNICIPALITIES } from '../../src/law/municipalities.ts'

// ---------------------------------------------------------------------------------------------------
// The OpenAPI document

export interface JsonSchema {
  $ref?: string
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  items?: JsonSchema
  minItems?: number
  maxItems?: number
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  enum?: unknown[]
  const?: unknown
  format?: string
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  multipleOf?: number
  [keyword: string]: unknown
}

interface OpenApiParameter {
  in: 'path' | 'query' | 'header' | 'cookie'
  name: string
  required?: boolean
  schema?: JsonSchema
}

interface OpenApiOperation {
  operationId?: string
  parameters?: OpenApiParameter[]
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> }
  security?: unknown[]
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>
  components?: { schemas?: Record<string, JsonSchema> }
}

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const
export type HttpMethod = Uppercase<(typeof HTTP_METHODS)[number]>

/** One route and method with its input schemas, dereferenced. */
export interface Operation {
  method: HttpMethod
  /** The OpenAPI path template, e.g. `/v1/takeover-applications/{id}/decision`. */
  path: string
  name: string
  secured: boolean
  /** application/json request body, if the operation takes one. */
  body: JsonSchema | undefined
  /** Object schemas assembled from the parameters (empty objects when there are none). */
  params: JsonSchema
  query: JsonSchema
  headers: JsonSchema
}

/** Replaces every `$ref` to `#/components/schemas/…` by a copy of its target (cycles cut at depth 32). */
function deref(schema: JsonSchema, doc: OpenApiDocument, depth = 0): JsonSchema {
  if (depth > 32) return {}
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '')
    const target = doc.components?.schemas?.[name]
    if (!target) throw new Error(`Unresolvable $ref ${schema.$ref}`)
    return deref(target, doc, depth + 1)
  }
  const out: JsonSchema = {}
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'examples' || key === 'example' || key === 'description') continue
    if (key === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, JsonSchema>).map(([k, v]) => [k, deref(v, doc, depth + 1)]),
      )
    } else if ((key === 'anyOf' || key === 'oneOf' || key === 'allOf') && Array.isArray(value)) {
      out[key] = (value as JsonSchema[]).map((v) => deref(v, doc, depth + 1))
    } else if ((key === 'items' || key === 'additionalProperties') && value && typeof value === 'object') {
      out[key] = deref(value as JsonSchema, doc, depth + 1)
    } else {
      out[key] = value
    }
  }
  return out
}

/**
 * A long poll (`GET /v1/events?wait=`) waits by design, up to 30 s: the fuzzer keeps it to a second so
 * that waiting as documented is not taken for a hang (INJECT_TIMEOUT_MS).
 */
function fuzzable(parameter: OpenApiParameter, schema: JsonSchema): JsonSchema {
  return parameter.in === 'query' && parameter.name === 'wait' ? { ...schema, maximum: 1 } : schema
}

function parameterObject(parameters: OpenApiParameter[], where: string, doc: OpenApiDocument): JsonSchema {
  // Header names are case-insensitive (the document spells them If-Match; Node hands them over in lower case).
  const mine = parameters
    .filter((p) => p.in === where)
    .map((p) => (where === 'header' ? { ...p, name: p.name.toLowerCase() } : p))
  return {
    type: 'object',
    properties: Object.fromEntries(mine.map((p) => [p.name, fuzzable(p, deref(p.schema ?? {}, doc))])),
    required: mine.filter((p) => p.required).map((p) => p.name),
    // Header objects allow any other header; query strings and path parameters are closed.
    additionalProperties: where === 'header',
  }
}

/** Every operation of the document, in document order. */
function operationsOf(doc: OpenApiDocument): Operation[] {
  const operations: Operation[] = []
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method]
      if (!op) continue
      const parameters = op.parameters ?? []
      const json = op.requestBody?.content?.['application/json']?.schema
      operations.push({
        method: method.toUpperCase() as HttpMethod,
        path,
        name: `${method.toUpperCase()} ${path}`,
        secured: Array.isArray(op.security) && op.security.length > 0,
        body: json ? deref(json, doc) : undefined,
        params: parameterObject(parameters, 'path', doc),
        query: parameterObject(parameters, 'query', doc),
        headers: parameterObject(parameters, 'header', doc),
      })
    }
  }
  return operations
}

// ---------------------------------------------------------------------------------------------------
// CPR numbers

/** DDMMYY-SSSS shaped like a real CPR number (a real date; century digit and check digit random). */
export const cprArb: fc.Arbitrary<string> = fc
  .record({
    date: fc.date({ min: new Date('1920-01-01'), max: new Date('2024-12-31'), noInvalidDate: true }),
    serial: fc.integer({ min: 0, max: 9999 }),
    hyphen: fc.boolean(),
  })
  .map(({ date, serial, hyphen }) => {
    const iso = date.toISOString()
    const ddmmyy = `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(2, 4)}`
    return `${ddmmyy}${hyphen ? '-' : ''}${String(serial).padStart(4, '0')}`
  })

/**
 * A CPR number as the service's log scrubber sees it (DDMMYY, optional hyphen or space, 4 digits), but
 * standing alone: digits inside a UUID or a hex string (…-e1110000000a) are not a CPR number.
 */
const CPR_LIKE = /(?<![0-9A-Za-z])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[- ]?\d{4}(?![0-9A-Za-z])/g

/** Every CPR-like number in a piece of text. */
function cprsIn(text: string): string[] {
  return [...new Set(text.match(CPR_LIKE) ?? [])]
}

// ---------------------------------------------------------------------------------------------------
// Valid values from a schema

export interface GenerateOptions {
  /** Extra generators for strings with a given pattern (e.g. real municipality codes). */
  patternHints?: Record<string, fc.Arbitrary<string>>
  /** Extra generators for properties with a given name (e.g. ids of stored applications). */
  propertyHints?: Record<string, fc.Arbitrary<unknown>>
  /** Longest free-text string generated in the common case (boundaries are generated as well). */
  textLength?: number
  /** Mixed into strings without pattern or format (e.g. CPR numbers for query strings and headers). */
  freeText?: fc.Arbitrary<string>
  /** Tame values only: dates 1990–2040 and printable ASCII text (bases for targeted tests). */
  tame?: boolean
}

/** Strings that have broken parsers, databases and log pipelines before. */
const NASTY_STRINGS = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '\u202e\u0041\u0042',
  '\ufeff',
  '\u2028\u2029',
  '😀👨‍👩‍👧',
  'e\u0301',
  "' OR '1'='1' --",
  '"; drop table takeover_application; --',
  '<script>alert(1)</script>',
  '%00%0d%0a',
  '../../../etc/passwd',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j-style lookup, literally
  '${jndi:ldap://example.invalid/a}',
  '{{7*7}}',
  '\\',
  '\r\nx-injected: 1',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  ' ',
  '\t',
]

function fitLength(value: string, min: number, max: number): string {
  const chars = [...value]
  if (chars.length > max) return chars.slice(0, max).join('')
  return chars.length < min ? value + 'x'.repeat(min - chars.length) : value
}

function isoDateArb(): fc.Arbitrary<string> {
  // Mostly plausible years; sometimes the extremes the service's date format allows (1900–2199).
  const year = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1990, max: 2040 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1900, max: 2199 }) },
    { weight: 2, arbitrary: fc.constantFrom(1900, 2000, 2100, 2199) },
  )
  return fc
    .record({ year, month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map(({ year, month, day }) => {
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
      const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31
      const d = Math.min(day, days)
      return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`
    })
}

function stringArb(schema: JsonSchema, options: GenerateOptions): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0
  const max = schema.maxLength ?? 100_000
  const withinLength = (arb: fc.Arbitrary<string>) => arb.filter((s) => s.length >= min && s.length <= max)
  const hint = schema.pattern ? options.patternHints?.[schema.pattern] : undefined
  let base: fc.Arbitrary<string>
  switch (schema.format) {
    case 'date':
      base = options.tame
        ? fc
            .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10))
        : isoDateArb()
      break
    case 'date-time':
      base = fc
        .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString())
      break
    case 'uuid':
      base = fc.oneof(
        { weight: 4, arbitrary: fc.uuid() },
        { weight: 1, arbitrary: fc.uuid().map((u) => u.toUpperCase()) },
      )
      break
    case 'uri':
      base = fc.webUrl()
      break
    case 'email':
      base = fc.emailAddress()
      break
    default:
      if (schema.pattern) {
        base = withinLength(fc.stringMatching(new RegExp(schema.pattern)))
      } else {
        const short = Math.max(min, Math.min(max, options.textLength ?? 40))
        if (options.tame) {
          base = fc
            .stringMatching(/^[A-Za-z0-9 .-]+$/, { size: 'small' })
            .map((s) => fitLength(s, min, Math.min(max, 40)))
          break
        }
        const choices: fc.WeightedArbitrary<string>[] = [
          { weight: 6, arbitrary: fc.string({ minLength: min, maxLength: short }) },
          { weight: 2, arbitrary: fc.string({ minLength: min, maxLength: short, unit: 'binary' }) },
          { weight: 2, arbitrary: fc.constantFrom(...NASTY_STRINGS).map((s) => fitLength(s, min, max)) },
          // boundary lengths: exactly minLength and exactly maxLength (when bounded sensibly)
          {
            weight: 1,
            arbitrary: fc
              .constantFrom(min, Math.min(max, 20_000))
              .map((n) => fitLength('é'.repeat(n), min, max)),
          },
        ]
        if (options.freeText) choices.push({ weight: 3, arbitrary: withinLength(options.freeText) })
        base = fc.oneof(...choices)
      }
  }
  // The shared municipality schema accepts only the 98 codes (a refinement the JSON does not show):
  // random 3-digit strings are not schema-valid there, so only the hint generates them.
  if (hint && schema.pattern === MUNICIPALITY_CODE_PATTERN) return hint
  return hint ? fc.oneof({ weight: 3, arbitrary: hint }, { weight: 1, arbitrary: base }) : base
}

function numberArb(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum : undefined)
  const high = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum : undefined)
  const inRange = (n: number) =>
    (schema.exclusiveMinimum === undefined || n > schema.exclusiveMinimum) &&
    (schema.exclusiveMaximum === undefined || n < schema.exclusiveMaximum) &&
    (schema.multipleOf === undefined || Number.isInteger(n / schema.multipleOf))
  const ints = fc.integer({
    min: Math.ceil(Math.max(low ?? Number.MIN_SAFE_INTEGER, Number.MIN_SAFE_INTEGER)),
    max: Math.floor(Math.min(high ?? Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)),
  })
  const boundaries = [low, high].filter(
    (n): n is number => n !== undefined && (!integer || Number.isInteger(n)),
  )
  const candidates: fc.Arbitrary<number>[] = [ints]
  if (boundaries.length > 0) candidates.push(fc.constantFrom(...boundaries))
  if (!integer) {
    candidates.push(
      fc.double({ min: low ?? -1e308, max: high ?? 1e308, noNaN: true, noDefaultInfinity: true }),
    )
  }
  return fc.oneof(...candidates).filter(inRange)
}

/** A fast-check arbitrary of values valid against `schema` (already dereferenced). */
export function validArb(
  schema: JsonSchema,
  options: GenerateOptions = {},
  depth = 0,
): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const)
  if (schema.enum) return fc.constantFrom(...schema.enum)
  const branches = schema.anyOf ?? schema.oneOf
  if (branches) return fc.oneof(...branches.map((b) => validArb(b, options, depth + 1)))
  if (schema.allOf) return validArb(mergeAllOf(schema.allOf), options, depth + 1)
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => validArb({ ...schema, type }, options, depth + 1)))
  }
  switch (schema.type) {
    case 'object': {
      const properties = schema.properties ?? {}
      const required = (schema.required ?? []).filter((name) => name in properties)
      const model: Record<string, fc.Arbitrary<unknown>> = {}
      for (const [name, property] of Object.entries(properties)) {
        // Deep optional structure is cut off to keep values bounded.
        if (depth > 8 && !required.includes(name)) continue
        const hint = options.propertyHints?.[name]
        const generated = validArb(property, options, depth + 1)
        model[name] = hint
          ? fc.oneof({ weight: 3, arbitrary: hint }, { weight: 1, arbitrary: generated })
          : generated
      }
      const record = fc.record(model, { requiredKeys: required })
      const extra = schema.additionalProperties
      if (extra && typeof extra === 'object') {
        return fc
          .tuple(
            record,
            fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), validArb(extra, options, depth + 1), {
              maxKeys: 3,
            }),
          )
          .map(([known, more]) => ({
            ...Object.fromEntries(Object.entries(more).filter(([k]) => !(k in properties))),
            ...known,
          }))
      }
      return record
    }
    case 'array': {
      const items = validArb(schema.items ?? {}, options, depth + 1)
      const minLength = schema.minItems ?? 0
      const maxLength = schema.maxItems ?? 1000
      const small = fc.array(items, { minLength, maxLength: Math.max(minLength, Math.min(maxLength, 3)) })
      if (maxLength > 50) return small
      return fc.oneof(
        { weight: 6, arbitrary: small },
        { weight: 1, arbitrary: fc.array(items, { minLength: maxLength, maxLength }) },
      )
    }
    case 'string':
      return stringArb(schema, options)
    case 'integer':
      return numberArb(schema, true)
    case 'number':
      return numberArb(schema, false)
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}

function mergeAllOf(parts: JsonSchema[]): JsonSchema {
  const merged: JsonSchema = { type: 'object', properties: {}, required: [] }
  for (const part of parts) {
    Object.assign(merged, { ...part, properties: { ...merged.properties, ...part.properties } })
    merged.required = [...new Set([...(merged.required ?? []), ...(part.required ?? [])])]
  }
  return merged
}

// ---------------------------------------------------------------------------------------------------
// Invalid values: mutations of valid ones

export type Path = (string | number)[]

interface Site {
  path: Path
  schema: JsonSchema
  value: unknown
}

/** The JSON the server receives: what JSON.stringify makes of a generated value. */
export function asJson(value: unknown): unknown {
  const text = JSON.stringify(value)
  return text === undefined ? undefined : JSON.parse(text)
}

/** Every node of `value` with the schema that governs it (for a union, the first branch it satisfies). */
function sitesOf(schema: JsonSchema, value: unknown, path: Path = [], depth = 0): Site[] {
  if (depth > 12) return []
  const branches = schema.anyOf ?? schema.oneOf
  if (branches) {
    const branch = branches.find((b) => Value.Check(b as TSchema, value)) ?? branches[0]
    return branch ? sitesOf(branch, value, path, depth + 1) : [{ path, schema, value }]
  }
  const sites: Site[] = [{ path, schema, value }]
  if (schema.type === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [name, child] of Object.entries(value as Record<string, unknown>)) {
      const property = schema.properties?.[name]
      if (property) sites.push(...sitesOf(property, child, [...path, name], depth + 1))
    }
  } else if (schema.type === 'array' && Array.isArray(value) && schema.items) {
    value.forEach((item, i) => {
      sites.push(...sitesOf(schema.items!, item, [...path, i], depth + 1))
    })
  }
  return sites
}

export function setAt(root: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement
  const copy = structuredClone(root) as Record<string | number, unknown>
  let node = copy
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  node[path.at(-1)!] = replacement
  return copy
}

/** An object with an own enumerable property `key`, even for `__proto__`. */
export function withOwnProperty(
  object: Record<string, unknown>,
  key: string,
  value: unknown,
): Record<string, unknown> {
  const copy = { ...object }
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true })
  return copy
}

/** A JSON pointer (RFC 6901) to `path`. */
export function pointerOf(path: Path): string {
  return path.map((p) => `/${String(p).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')
}

export interface FieldSite extends Site {
  /** A valid value of the whole schema in which this node occurs at `path`. */
  base: unknown
}

/**
 * Every distinct node of a schema (each property, each union branch, each array item) with a valid
 * document that contains it, found by sampling valid values with a fixed seed (deterministic).
 */
export function fieldSites(schema: JsonSchema, options: GenerateOptions = {}, samples = 300): FieldSite[] {
  const ids = new WeakMap<JsonSchema, number>()
  let next = 0
  const idOf = (s: JsonSchema) => {
    if (!ids.has(s)) ids.set(s, ++next)
    return ids.get(s)!
  }
  const found = new Map<string, FieldSite>()
  const values = fc.sample(validArb(schema, { ...options, textLength: 8, tame: true }), {
    numRuns: samples,
    seed: 4711,
  })
  for (const generated of values) {
    const value = asJson(generated)
    if (!acceptedBySchema(schema, value, 'body') || JSON.stringify(value).length > 20_000) continue
    for (const site of sitesOf(schema, value)) {
      // The first item of an array stands for all of them.
      if (site.path.some((segment) => typeof segment === 'number' && segment > 0)) continue
      const key = `${pointerOf(site.path)} ${idOf(site.schema)}`
      if (!found.has(key)) found.set(key, { ...site, base: value })
    }
  }
  return [...found.values()]
}

export const BAD_DATES = [
  '2025-02-30',
  '2025-02-29',
  '2023-02-29',
  '2025-13-01',
  '2025-00-10',
  '2025-04-31',
  '0000-00-00',
  '2025-1-1',
  '20250101',
  '25-01-01',
  '2025/01/01',
  '2025-01-01T00:00:00Z',
  ' 2025-01-01',
  '2025-01-01 ',
  '１２３４-０１-０１',
  '+002025-01-01',
  '-2025-01-01',
  '10000-01-01',
  '0000-01-01',
  '1899-12-31',
  '2200-01-01',
  '9999-12-31',
  '',
]

const BAD_UUIDS = [
  'not-a-uuid',
  '00000000-0000-0000-0000-00000000000',
  '00000000-0000-0000-0000-0000000000000',
  'g0000000-0000-0000-0000-000000000000',
  '{00000000-0000-0000-0000-000000000000}',
  'urn:uuid:00000000-0000-0000-0000-000000000000',
  '00000000000000000000000000000000',
  '',
]

const WRONG_TYPES: unknown[] = [null, true, false, 0, -1, 1.5, '', 'x', '1', [], [null], {}, { a: 1 }]
const HUGE_NUMBERS = [1e308, -1e308, 2 ** 53 + 2, -(2 ** 53) - 2, 2 ** 31, -(2 ** 31) - 1, 5e-324, -0.000001]

function mutationsOf(site: Site): fc.Arbitrary<unknown> {
  const { schema, value } = site
  const out: fc.Arbitrary<unknown>[] = [fc.constantFrom(...WRONG_TYPES)]
  if (schema.enum || 'const' in schema) {
    const allowed = schema.enum ?? [schema.const]
    out.push(
      fc.constantFrom(
        ...allowed.map((a) => (typeof a === 'string' ? `${a.toUpperCase()}_` : `${String(a)}x`)),
        'unknown',
      ),
    )
  }
  if (schema.type === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Record<string, unknown>
    const present = (schema.required ?? []).filter((name) => name in object)
    if (present.length > 0) {
      out.push(
        fc
          .constantFrom(...present)
          .map((name) => Object.fromEntries(Object.entries(object).filter(([k]) => k !== name))),
      )
    }
    if (schema.additionalProperties === false) {
      const key = fc.oneof(
        fc.constantFrom(
          'unknownField',
          '__proto__',
          'constructor',
          'prototype',
          'id',
          'status',
          'version',
          '',
        ),
        fc.string({ minLength: 1, maxLength: 12 }),
      )
      out.push(
        fc
          .tuple(key, fc.jsonValue({ maxDepth: 2 }))
          .filter(([k]) => !(k in (schema.properties ?? {})))
          .map(([k, v]) => withOwnProperty(object, k, v)),
      )
    }
  }
  if (schema.type === 'array' && Array.isArray(value)) {
    if (schema.maxItems !== undefined && schema.maxItems <= 1000) {
      const filler = value[0] ?? null
      out.push(
        fc.constant([...value, ...Array.from({ length: schema.maxItems + 1 - value.length }, () => filler)]),
      )
    }
    if ((schema.minItems ?? 0) > 0) out.push(fc.constant([]))
    out.push(fc.constant({ ...value }))
  }
  if (schema.type === 'string' && typeof value === 'string') {
    if (schema.maxLength !== undefined)
      out.push(fc.constant(value + 'x'.repeat(schema.maxLength + 1 - value.length)))
    if ((schema.minLength ?? 0) > 0) out.push(fc.constant(''))
    if (schema.format === 'date') out.push(fc.constantFrom(...BAD_DATES))
    if (schema.format === 'uuid') out.push(fc.constantFrom(...BAD_UUIDS), cprArb)
    if (schema.format === 'date-time')
      out.push(fc.constantFrom('2025-01-01', '2025-02-30T00:00:00Z', 'yesterday'))
    if (schema.pattern) {
      out.push(
        fc.constantFrom(`x${value}`, `${value} `, ` ${value}`, `${value}\n`, value.replace(/\d/, 'x')),
        cprArb,
        fc.string({ maxLength: 20 }).filter((s) => !new RegExp(schema.pattern!).test(s)),
      )
    }
  }
  if ((schema.type === 'integer' || schema.type === 'number') && typeof value === 'number') {
    const beyond: number[] = [...HUGE_NUMBERS]
    if (schema.maximum !== undefined) beyond.push(schema.maximum + 1, schema.maximum + 0.5)
    if (schema.minimum !== undefined) beyond.push(schema.minimum - 1, schema.minimum - 0.5)
    if (schema.type === 'integer') beyond.push(value + 0.5, value - 0.25)
    out.push(fc.constantFrom(...beyond), fc.constant(String(value)))
  }
  if (schema.type === 'boolean') out.push(fc.constantFrom('true', 'false', 1, 0, 'yes'))
  return fc.oneof(...out)
}

export interface Mutation {
  value: unknown
  /** Where the mutation is: the node replaced (a dropped or added field is a change of its object). */
  path: Path
}

/**
 * Values that are probably invalid against `schema`: a valid value with one node mutated, or a root of
 * the wrong shape, with the path of the change. (Some mutations stay valid, e.g. a number moved inside
 * the range: the oracle `acceptedBySchema` tells.)
 */
export function mutationArb(schema: JsonSchema, options: GenerateOptions = {}): fc.Arbitrary<Mutation> {
  const mutated = validArb(schema, options).chain((value) => {
    const sites = sitesOf(schema, asJson(value))
    return fc.constantFrom(...sites).chain((site) =>
      mutationsOf(site).map((replacement) => ({
        value: setAt(asJson(value), site.path, replacement),
        path: site.path,
      })),
    )
  })
  return fc.oneof(
    {
      weight: 1,
      arbitrary: fc
        .constantFrom<unknown>(null, [], [{}], 'text', 42, true, {})
        .map((value) => ({ value, path: [] })),
    },
    { weight: 8, arbitrary: mutated },
  )
}

// ---------------------------------------------------------------------------------------------------
// The oracle

const STRUCTURAL = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'anyOf',
  'oneOf',
  'enum',
  'const',
])

/**
 * The TypeBox schema equivalent to a plain JSON schema: TypeBox checks plain schemas as they are, but
 * converts query strings, parameters and headers (`Value.Convert`) only by its own kinds.
 */
function toTypeBox(schema: JsonSchema): TSchema {
  const options = Object.fromEntries(Object.entries(schema).filter(([k]) => !STRUCTURAL.has(k)))
  if ('const' in schema) return Type.Literal(schema.const as string, options)
  if (schema.enum)
    return Type.Union(
      schema.enum.map((v) => Type.Literal(v as string)),
      options,
    )
  const branches = schema.anyOf ?? schema.oneOf
  if (branches) return Type.Union(branches.map(toTypeBox), options)
  if (Array.isArray(schema.type)) return Type.Union(schema.type.map((type) => toTypeBox({ ...schema, type })))
  switch (schema.type) {
    case 'object': {
      const required = new Set(schema.required ?? [])
      const properties = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([k, v]) => [
          k,
          required.has(k) ? toTypeBox(v) : Type.Optional(toTypeBox(v)),
        ]),
      )
      const extra = schema.additionalProperties
      return Type.Object(properties, {
        ...options,
        ...(extra === undefined
          ? {}
          : { additionalProperties: typeof extra === 'object' ? toTypeBox(extra) : extra }),
      })
    }
    case 'array':
      return Type.Array(toTypeBox(schema.items ?? {}), options)
    case 'string':
      return Type.String(options)
    case 'integer':
      return Type.Integer(options)
    case 'number':
      return Type.Number(options)
    case 'boolean':
      return Type.Boolean(options)
    case 'null':
      return Type.Null(options)
    default:
      return Type.Unknown(options)
  }
}

const compiled = new WeakMap<JsonSchema, TSchema>()

/** Does the app's validator accept this part? Mirrors TypeBoxValidatorCompiler (convert all but bodies). */
export function acceptedBySchema(schema: JsonSchema, value: unknown, part: 'body' | 'other'): boolean {
  let typebox = compiled.get(schema)
  if (!typebox) {
    typebox = toTypeBox(schema)
    compiled.set(schema, typebox)
  }
  const input = part === 'body' ? value : Value.Convert(typebox, value)
  return Value.Check(typebox, input)
}

/** Query-string values as the server parses them: repeated keys become arrays. */
export function parseQuery(search: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [key, value] of new URLSearchParams(search)) {
    const seen = out[key]
    out[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value]
  }
  return out
}

/** Generated query values to a query string: arrays repeat the key, objects and null are JSON. */
export function toQueryString(query: unknown): string {
  if (!query || typeof query !== 'object' || Array.isArray(query)) return ''
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      params.append(key, typeof item === 'string' ? item : (JSON.stringify(item) ?? ''))
    }
  }
  return params.toString()
}

/** A header value as it can travel in HTTP/1.1: visible ASCII, space and obs-text only. */
export function toHeaderValue(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '')
  return text.replace(/[^\x20-\x7e\x80-\xff]/g, '?')
}

// ---------------------------------------------------------------------------------------------------
// The database

const WATCHED_TABLES = [
  'takeover_application',
  'application_event',
  'idempotency_key',
  'benefit_reduction',
  'api_key',
] as const

type DatabaseState = Record<(typeof WATCHED_TABLES)[number], string>

/**
 * Per watched table: the row count and the sum of the rows' xmin (cheap; it changes on any insert,
 * update or delete, even one that restores the same content), and with `content` an md5 of every row.
 */
async function databaseState(
  app: FastifyInstance,
  mode: 'xmin' | 'content' = 'xmin',
): Promise<DatabaseState> {
  const state = {} as DatabaseState
  const parts = WATCHED_TABLES.map(
    (table) =>
      sql<{
        name: string
        state: string
      }>`select ${table}::text as name, count(*)::text || ':' || coalesce(sum(t.xmin::text::bigint), 0)::text${
        mode === 'content'
          ? sql` || ':' || md5(coalesce(string_agg(t::text, '|' order by t::text), ''))`
          : sql``
      } as state from ${sql.table(table)} t`,
  )
  const { rows } = await sql<{ name: string; state: string }>`${sql.join(parts, sql` union all `)}`.execute(
    app.database.db,
  )
  for (const row of rows) state[row.name as keyof DatabaseState] = row.state
  return state
}

// ---------------------------------------------------------------------------------------------------
// Requests and the assertions every response must satisfy

export interface FuzzRequest {
  method: string
  url: string
  headers: Record<string, string>
  payload?: string | Buffer
}

/** A request as a reproducible line in a failure message (long values abbreviated). */
function describeRequest(request: FuzzRequest): string {
  const short = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}… (${s.length} chars)` : s)
  const headers = Object.entries(request.headers)
    .map(([k, v]) => `${k}: ${short(v)}`)
    .join('\n  ')
  const payload =
    request.payload === undefined
      ? ''
      : `\n  ${short(Buffer.isBuffer(request.payload) ? `<Buffer ${request.payload.toString('hex')}>` : request.payload)}`
  return `${request.method} ${short(request.url)}\n  ${headers}${payload}`
}

const INJECT_TIMEOUT_MS = 15_000

/** app.inject with a deadline: a request that never answers is a finding (a hang), not a stuck suite. */
async function injectOnce(app: FastifyInstance, request: FuzzRequest): Promise<LightMyRequestResponse> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new Error(`HANG: no response within ${INJECT_TIMEOUT_MS} ms\n${describeRequest(request)}`)),
      INJECT_TIMEOUT_MS,
    )
  })
  try {
    return await Promise.race([
      app.inject({
        method: request.method as 'GET',
        url: request.url,
        headers: request.headers,
        ...(request.payload === undefined ? {} : { payload: request.payload }),
      }),
      deadline,
    ])
  } finally {
    clearTimeout(timer)
  }
}

/** Load-shedding answers seen (and retried) by `send`: the test machine stalled, not a fuzz finding. */
export const shedding = { count: 0 }

/**
 * Sends a request. A 503 `overloaded` problem is `@fastify/under-pressure` shedding load because the
 * event loop of this (shared, 2-core) machine stalled: it says nothing about the input, so the request
 * is retried after the next sampling window (it was refused in onRequest, before any handler ran).
 */
export async function send(app: FastifyInstance, request: FuzzRequest): Promise<LightMyRequestResponse> {
  for (let attempt = 0; ; attempt++) {
    const res = await injectOnce(app, request)
    const overloaded = res.statusCode === 503 && res.body.includes('urn:ansvar:problem:overloaded')
    if (!overloaded || attempt >= 5) return res
    shedding.count++
    await new Promise((resolve) => setTimeout(resolve, 1_500))
  }
}

export interface ProblemShape {
  type: string
  title: string
  status: number
  detail?: string
  errors?: { pointer: string; message: string; in?: string }[]
  [extension: string]: unknown
}

/** Asserts RFC 9457 shape for a 4xx/5xx and returns the parsed problem. */
function expectProblem(res: LightMyRequestResponse, context: string): ProblemShape {
  expect(res.headers['content-type'], `${context}\n→ ${res.statusCode} ${res.body.slice(0, 500)}`).toMatch(
    /^application\/problem\+json/,
  )
  let problem: ProblemShape
  try {
    problem = JSON.parse(res.body) as ProblemShape
  } catch {
    throw new Error(
      `${context}\n→ ${res.statusCode}: the problem body is not JSON: ${res.body.slice(0, 300)}`,
    )
  }
  const where = `${context}\n→ ${res.statusCode} ${res.body.slice(0, 800)}`
  expect(typeof problem.type, where).toBe('string')
  expect(problem.type.length, where).toBeGreaterThan(0)
  expect(typeof problem.title, where).toBe('string')
  expect(problem.status, where).toBe(res.statusCode)
  // Schema-validation problems list their fields; any other problem with `errors` has the same shape.
  // (Every `urn:ansvar:problem:validation` having `errors` is asserted by fuzz-targeted.test.ts.)
  if (problem.errors !== undefined || problem.title === 'Invalid request') {
    expect(Array.isArray(problem.errors), where).toBe(true)
    expect(problem.errors!.length, where).toBeGreaterThan(0)
    for (const error of problem.errors!) {
      expect(typeof error.pointer, where).toBe('string')
      expect(typeof error.message, where).toBe('string')
    }
  }
  return problem
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

export interface ExchangeExpectations {
  /** With `schemaInvalid`: the JSON pointer of the one mutated node; some error must point at or around it. */
  mutatedPointer?: string
  /** How the watched tables are compared around a rejected request (default xmin; content adds md5). */
  state?: 'xmin' | 'content'
  /** The oracle found a part invalid and the caller was authorised: a 400 schema-validation problem. */
  schemaInvalid?: boolean
}

export interface Exchange {
  request: FuzzRequest
  res: LightMyRequestResponse
  problem: ProblemShape | undefined
}

/**
 * Sends `request` and asserts the invariants: an answer within the deadline, no 5xx, problem+json for
 * every 4xx, no change to the watched tables after a rejected request, and no CPR number the request
 * carried (body, query string, headers other than Authorization) in the response body or in any log
 * line written while it ran.
 */
export async function checkExchange(
  app: FastifyInstance,
  logs: Record<string, unknown>[],
  request: FuzzRequest,
  expectations: ExchangeExpectations = {},
): Promise<Exchange> {
  const before = await databaseState(app, expectations.state)
  const logStart = logs.length
  const res = await send(app, request)
  const context = describeRequest(request)
  const answer = `${context}\n→ ${res.statusCode} ${res.headers['content-type'] ?? ''} ${res.body.slice(0, 800)}`
  expect(res.statusCode, `5xx\n${answer}`).toBeLessThan(500)
  let problem: ProblemShape | undefined
  if (res.statusCode >= 400) {
    problem = expectProblem(res, context)
    const after = await databaseState(app, expectations.state)
    expect(after, `the database changed after a rejected request\n${answer}`).toEqual(before)
  }
  if (expectations.schemaInvalid) {
    expect(res.statusCode, `schema-invalid input was not a 400\n${answer}`).toBe(400)
    expect(problem?.type, answer).toBe('urn:ansvar:problem:validation')
    const mutated = expectations.mutatedPointer
    if (mutated !== undefined) {
      // The error names the changed node, a field inside it (a dropped or unknown field) or the node
      // that contains it (a union item whose branch no longer matches).
      const related = (pointer: string) =>
        pointer === mutated ||
        pointer.startsWith(`${mutated}/`) ||
        mutated.startsWith(`${pointer}/`) ||
        pointer === ''
      expect(
        problem?.errors?.some((e) => related(e.pointer)),
        `no error points at or around ${mutated || '(root)'}\n${answer}`,
      ).toBe(true)
    }
  }
  const carried = cprsIn(
    [
      // The query string only: a CPR number in the path is a targeted test of its own.
      request.url.includes('?')
        ? safeDecode(request.url.slice(request.url.indexOf('?')).replace(/\+/g, ' '))
        : '',
      ...Object.entries(request.headers)
        .filter(([name]) => name !== 'authorization')
        .map(([, value]) => value),
      Buffer.isBuffer(request.payload) ? request.payload.toString('utf8') : (request.payload ?? ''),
    ].join('\n'),
  )
  if (carried.length > 0) {
    const newLogs = JSON.stringify(logs.slice(logStart))
    for (const cpr of carried) {
      expect(res.body.includes(cpr), `the response echoes the CPR number ${cpr}\n${answer}`).toBe(false)
      expect(
        newLogs.includes(cpr),
        `a log line holds the CPR number ${cpr}\n${context}\n${newLogs.slice(0, 2000)}`,
      ).toBe(false)
    }
  }
  return { request, res, problem }
}

/** Real municipality codes (so that generated bodies get past the 98-code check) and CPR-shaped numbers. */
export const REFERENCE_HINTS: GenerateOptions = {
  patternHints: {
    '^0?[0-9]{3}$': fc.oneof(
      fc.constantFrom(...MUNICIPALITIES.map((m) => m.code)),
      fc.constantFrom(...MUNICIPALITIES.map((m) => `0${m.code}`)),
    ),
    '^[0-9]{6}-?[0-9]{4}$': cprArb,
  },
}

/**
 * The app the fuzz suites run against: limits high enough that the fuzzer meets the validators, not the
 * rate limiter (1200/min per key by default) or the load shedder (see `send`).
 */
export const FUZZ_ENV: Record<string, string> = {
  RATE_LIMIT_PER_MINUTE: '10000000',
  AUTH_FAILURES_PER_MINUTE: '10000000',
  MAX_EVENT_LOOP_DELAY_MS: '0',
  MAX_HEAP_USED_MB: '65536',
}

/** The app's own OpenAPI document and its operations. */
export async function loadOperations(app: FastifyInstance): Promise<Operation[]> {
  const res = await app.inject({ method: 'GET', url: '/openapi.json' })
  expect(res.statusCode).toBe(200)
  return operationsOf(res.json() as OpenApiDocument)
}

/** The number of runs per property: FUZZ_RUNS scales them (default 1; e.g. FUZZ_RUNS=10 for a long soak). */
export function runs(base: number): number {
  const factor = Number(process.env.FUZZ_RUNS ?? '1')
  return Math.max(1, Math.round(base * (Number.isFinite(factor) && factor > 0 ? factor : 1)))
}

/** fast-check parameters: FUZZ_SEED replays a reported failure. */
export function fcParameters(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined
  return { numRuns, endOnFailure: false, ...(seed === undefined ? {} : { seed }) }
}
