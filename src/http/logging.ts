import type { FastifyServerOptions } from 'fastify'
import type { DestinationStream } from 'pino'

/**
 * A CPR number: DDMMYY, optional hyphen or space, 4 digits (rules.md § 6). Matched anywhere in any
 * string of a log line, so that no CPR number reaches the logs whatever a client put where.
 */
// No boundary after the last digit: a CPR number with digits glued on (a path, an id) is still one.
export const CPR_PATTERN = /(?<!\d)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}[- ]?\d{4}/g
const CPR_KEY = /cpr|civilregistration/i
export const REDACTED = '[REDACTED]'

/** The text with every CPR-shaped number replaced; for anything that may echo client input. */
export function redactCpr(text: string): string {
  return text.replace(CPR_PATTERN, REDACTED)
}

function scrub(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return value.replace(CPR_PATTERN, REDACTED)
  if (depth > 6 || value === null || typeof value !== 'object') return value
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
        url: request.url.replace(CPR_PATTERN, REDACTED),
        remoteAddress: request.ip,
      }),
    },
    hooks: {
      logMethod(args, method) {
        // The message string too: `log.info({ … }, msg)` and `log.info(msg)`.
        const scrubbed = args.map((arg) =>
          typeof arg === 'string' ? arg.replace(CPR_PATTERN, REDACTED) : arg,
        )
        return method.apply(this, scrubbed as Parameters<typeof method>)
      },
    },
  }
}
