import type { FastifyServerOptions } from 'fastify'
import type { DestinationStream } from 'pino'

/**
 * A CPR number: DDMMYY, optional hyphen or space, 4 digits (rules.md § 6). Matched anywhere in any
 * string of a log line, so that no CPR number reaches the logs whatever a client put where.
 */
// No boundary after the last digit: a CPR number with digits glued on (a path, an id) is still one.
const CPR_PATTERN = /(?<!\d)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}[- ]?\d{4}/g
const CPR_KEY = /cpr|civilregistration/i
const REDACTED = '[REDACTED]'

/** An API key of this service (src/apikeys/keys.ts), wherever a client may have pasted one. */
const API_KEY_PATTERN = /ansvar_[0-9a-f]{8}_[A-Za-z0-9_-]{20,}/g

/** The text with every CPR-shaped number replaced; for anything that may echo client input. */
export function redactCpr(text: string): string {
  return text.replace(CPR_PATTERN, REDACTED)
}

export function containsApiKey(text: string): boolean {
  return text.replace(API_KEY_PATTERN, REDACTED) !== text
}

/** The text with CPR numbers and API keys replaced: what may reach a log line. */
export function redactSecrets(text: string): string {
  return text.replace(CPR_PATTERN, REDACTED).replace(API_KEY_PATTERN, REDACTED)
}

/**
 * A request URL as logs show it (issue 13, item 3: a key sent as `?api_key=…` was logged with the
 * URL): the path with CPR numbers and keys redacted, and the query's names without their values.
 */
function logUrl(url: string): string {
  const at = url.indexOf('?')
  if (at < 0) return redactSecrets(url)
  const names = url
    .slice(at + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => `${pair.split('=')[0]}=${REDACTED}`)
  return redactSecrets(`${url.slice(0, at)}?${names.join('&')}`).slice(0, 2000)
}

/**
 * An Error as a plain object with its message and stack scrubbed (issue 13, item 3: a cursor holding a
 * CPR number reached the logs through `err.message` and `err.stack`), with the fields pino's error
 * serializer would keep.
 */
function scrubError(error: Error, depth: number): Record<string, unknown> {
  const { code, statusCode, cause } = error as Error & { code?: unknown; statusCode?: unknown }
  return {
    type: error.constructor?.name ?? 'Error',
    message: redactSecrets(error.message),
    ...(error.stack ? { stack: redactSecrets(error.stack) } : {}),
    ...(code !== undefined ? { code: scrub(code, depth + 1) } : {}),
    ...(statusCode !== undefined ? { statusCode } : {}),
    ...(cause !== undefined && depth < 6 ? { cause: scrub(cause, depth + 1) } : {}),
  }
}

function scrub(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redactSecrets(value)
  if (depth > 6 || value === null || typeof value !== 'object') return value
  if (value instanceof Error) return scrubError(value, depth)
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1))
  // Only plain objects are copied: requests, replies and errors go through their own serializers.
  const prototype = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return value
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    out[key] = CPR_KEY.test(key) ? REDACTED : scrub(item, depth + 1)
  }
  return out
}

/** pino options: no request bodies (Fastify never logs them), no Authorization header, no CPR. */
export function loggerOptions(level: string, stream?: DestinationStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: ['req.headers.authorization', 'req.headers["x-civilregistrationidentifier"]'],
      censor: REDACTED,
    },
    formatters: { log: (object) => scrub(object, 0) as Record<string, unknown> },
    serializers: {
      req: (request: { method: string; url: string; ip?: string; id?: string }) => ({
        method: request.method,
        url: logUrl(request.url),
        remoteAddress: request.ip,
      }),
    },
    hooks: {
      logMethod(args, method) {
        // The message string too: `log.info({ … }, msg)` and `log.info(msg)`; `log.error(err)` would
        // take its message unscrubbed, so the error becomes `{ err }` with its message scrubbed.
        const [first, ...rest] = args as unknown[]
        const withError =
          first instanceof Error
            ? [{ err: first }, ...(rest.length > 0 ? rest : [first.message])]
            : (args as unknown[])
        const scrubbed = withError.map((arg) => (typeof arg === 'string' ? redactSecrets(arg) : arg))
        return method.apply(this, scrubbed as Parameters<typeof method>)
      },
    },
  }
}
