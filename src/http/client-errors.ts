import { randomUUID } from 'node:crypto'
import type { Socket } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { PROBLEM_CONTENT_TYPE, type ProblemBody, problemType } from './problem.ts'

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (bare CR or LF, NUL, two Content-Length
 * headers, Content-Length with chunked, an unknown method, headers too large or too slow) still get a
 * problem (issue 13, item 9): `application/problem+json`, an `x-request-id`, the security headers, and
 * the connection closed (the stream cannot be trusted after a framing error).
 */
const BY_CODE: Record<string, [status: number, slug: string, title: string, detail: string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [
    408,
    'request-timeout',
    'Request timeout',
    'The request headers or body did not arrive in time.',
  ],
  HPE_HEADER_OVERFLOW: [
    431,
    'headers-too-large',
    'Request header fields too large',
    'The request headers are larger than the server accepts.',
  ],
  HPE_INVALID_METHOD: [
    501,
    'method-not-implemented',
    'Not implemented',
    'The request method is not one this server implements.',
  ],
  HPE_UNEXPECTED_CONTENT_LENGTH: [
    400,
    'bad-framing',
    'Bad request',
    'The request has both Content-Length and Transfer-Encoding: chunked; send one of them.',
  ],
  HPE_INVALID_CONTENT_LENGTH: [
    400,
    'bad-framing',
    'Bad request',
    'The request has an invalid or repeated Content-Length header.',
  ],
}
const MALFORMED: [number, string, string, string] = [
  400,
  'malformed-request',
  'Bad request',
  'The request is not well-formed HTTP/1.1 (line endings must be CR LF; no NUL or control characters in the request line or headers).',
]

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
  501: 'Not Implemented',
}

function clientErrorResponse(code: string | undefined, securityHeaders: string): string {
  const [status, slug, title, detail] = (code && BY_CODE[code]) || MALFORMED
  const requestId = randomUUID()
  const body: ProblemBody = { type: problemType(slug), title, status, detail, requestId }
  const json = JSON.stringify(body)
  return (
    `HTTP/1.1 ${status} ${REASONS[status]}\r\n` +
    `content-type: ${PROBLEM_CONTENT_TYPE}\r\n` +
    `content-length: ${Buffer.byteLength(json)}\r\n` +
    `x-request-id: ${requestId}\r\n` +
    'cache-control: no-store\r\n' +
    securityHeaders +
    'connection: close\r\n\r\n' +
    json
  )
}

/** Fastify's `clientErrorHandler`: the problem above, then the socket is closed. */
export function clientErrorHandler(securityHeaders: string) {
  return function handle(this: FastifyInstance, error: Error & { code?: string }, socket: Socket): void {
    // a reset connection, or one already answered (a timeout after a response): nothing to write
    if (error.code === 'ECONNRESET' || socket.destroyed) return
    this.log.info({ code: error.code }, 'malformed request refused')
    // as Node's own handler: no answer when a response has already begun on this socket
    const inFlight = (socket as Socket & { _httpMessage?: { _headerSent?: boolean } })._httpMessage
    if (socket.writable && !inFlight?._headerSent)
      socket.end(clientErrorResponse(error.code, securityHeaders))
    else socket.destroy()
  }
}
