import type { FastifyInstance, FastifySchemaCompiler } from 'fastify'
import sjson from 'secure-json-parse'
import type { TSchema } from 'typebox'
import { containsApiKey, redactCpr } from './logging.ts'
import { HttpProblem } from './problem.ts'
import type { FieldError } from './validation-errors.ts'

/**
 * Text the service stores must be text it can keep and show: strict UTF-8 (no silent U+FFFD), no NUL
 * (PostgreSQL cannot store it), no lone surrogates, and no CPR number outside the fields made for one
 * (a CPR number typed into a free-text field would be stored and returned in clear; rules.md § 6).
 */
const CPR_FIELDS = new Set(['/applicant/cpr'])
const decoder = new TextDecoder('utf-8', { fatal: true })

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1')
}

function inspect(value: unknown, pointer: string, found: FieldError[], depth = 0): void {
  if (found.length >= 20 || depth > 64) return
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push({ pointer, message: 'must not contain NUL characters' })
    else if (!value.isWellFormed())
      found.push({ pointer, message: 'must be well-formed Unicode (no lone surrogates)' })
    else if (!CPR_FIELDS.has(pointer) && redactCpr(value) !== value) {
      found.push({
        pointer,
        message:
          'looks like a CPR number; CPR numbers are accepted only in applicant.cpr or the x-civilregistrationIdentifier header',
      })
    } else if (containsApiKey(value)) {
      found.push({
        pointer,
        message: 'looks like an API key; a key belongs in the Authorization header only, never in a field',
      })
    }
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) inspect(item, `${pointer}/${i}`, found, depth + 1)
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value))
      inspect(item, `${pointer}/${escapePointer(key)}`, found, depth + 1)
  }
}

/**
 * Where a parsed body holds a member that could poison a prototype (`__proto__`, or `constructor`
 * with a `prototype`), which the strict parser refuses; JSON.parse keeps such a member as a plain own
 * property, so walking it is safe.
 */
function poisonedMembers(value: unknown, pointer: string, found: FieldError[], depth = 0): void {
  if (found.length >= 20 || depth > 64 || !value || typeof value !== 'object') return
  for (const [key, item] of Object.entries(value)) {
    const at = `${pointer}/${escapePointer(key)}`
    const poisoned =
      key === '__proto__' ||
      (key === 'constructor' && item !== null && typeof item === 'object' && 'prototype' in item)
    if (poisoned) found.push({ pointer: at, message: `the member name ${key} is not accepted` })
    else poisonedMembers(item, at, found, depth + 1)
  }
}

function reject(errors: FieldError[], where: string): never {
  throw new HttpProblem(400, `The request ${where} contains text the service cannot accept.`, {
    slug: 'validation',
    errors,
  })
}

export function registerInputHygiene(app: FastifyInstance): void {
  // JSON bodies: strict UTF-8 and no prototype poisoning, as Fastify's own parser but without replacement.
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => {
    let text: string
    try {
      text = decoder.decode(body as Buffer)
    } catch {
      return done(
        new HttpProblem(400, 'The body is not valid UTF-8 (RFC 8259 § 8.1).', { slug: 'invalid-utf8' }),
      )
    }
    if (text.length === 0) return done(null, undefined)
    try {
      return done(null, sjson.parse(text, { protoAction: 'error', constructorAction: 'error' }))
    } catch {
      // Valid JSON the strict parser refused: name the member, as a validation problem.
      const poisoned: FieldError[] = []
      try {
        poisonedMembers(JSON.parse(text), '', poisoned)
      } catch {
        // The parser's message quotes the body, which may hold anything (a CPR number): not echoed.
        return done(new HttpProblem(400, 'The body is not valid JSON.', { slug: 'invalid-json' }))
      }
      return done(
        new HttpProblem(400, 'The request body contains member names the service does not accept.', {
          slug: 'validation',
          errors: poisoned.map((e) => ({ ...e, in: 'body' })),
        }),
      )
    }
  })
  // After schema validation, so that a body with both kinds of fault reports the schema's errors first.
  app.addHook('preHandler', async (request) => {
    const errors: FieldError[] = []
    inspect(request.body, '', errors)
    if (errors.length > 0) reject(errors, 'body')
    inspect(request.query, '', errors)
    if (errors.length > 0)
      reject(
        errors.map((e) => ({ ...e, in: 'querystring' })),
        'query string',
      )
  })
}

const INTEGER = /^-?\d{1,16}$/
const NUMBER = /^-?\d{1,16}(\.\d{1,16})?$/

/**
 * Query strings arrive as text; TypeBox's conversion would truncate `1.5` to 1 or read `true` as 1.
 * Numbers and booleans must be written as such before they are converted.
 */
export function strictQuery(compile: FastifySchemaCompiler<TSchema>): FastifySchemaCompiler<TSchema> {
  return (route) => {
    const validate = compile(route)
    if (route.httpPart !== 'querystring') return validate
    const properties = (route.schema as { properties?: Record<string, { type?: string }> }).properties ?? {}
    return (value) => {
      const errors: FieldError[] = []
      for (const [name, raw] of Object.entries((value ?? {}) as Record<string, unknown>)) {
        const type = properties[name]?.type
        const text = String(raw)
        if (type === 'integer' && !INTEGER.test(text))
          errors.push({ pointer: `/${name}`, message: 'must be an integer' })
        if (type === 'number' && !NUMBER.test(text))
          errors.push({ pointer: `/${name}`, message: 'must be a number' })
        if (type === 'boolean' && text !== 'true' && text !== 'false')
          errors.push({ pointer: `/${name}`, message: 'must be true or false' })
      }
      if (errors.length === 0) return validate(value)
      return {
        error: errors.map((e) => ({
          keyword: 'type',
          instancePath: e.pointer,
          schemaPath: '#',
          params: {},
          message: e.message,
        })),
      } as ReturnType<ReturnType<FastifySchemaCompiler<TSchema>>>
    }
  }
}
