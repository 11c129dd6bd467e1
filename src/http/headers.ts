import fresh from 'fresh'
import { type TProperties, Type } from 'typebox'

/**
 * Request headers a route honours, one schema each: a route lists exactly the ones it reads (so that the
 * document offers no header the route ignores), e.g. `headers: requestHeaders({ 'if-match': IfMatch })`.
 * Names are lower case here (Fastify matches them so); the document spells them canonically.
 */
export function requestHeaders<T extends TProperties>(properties: T) {
  return Type.Object(properties, { additionalProperties: true })
}

export const IfNoneMatch = Type.Optional(
  Type.String({
    maxLength: 1000,
    description:
      'ETags you hold (a list, weak `W/"v3"` or strong `"v3"`, or `*`): 304 Not Modified when one matches the current version (RFC 9110 § 13.1.2)',
    examples: ['"v3"'],
  }),
)

export const IfMatch = Type.Optional(
  Type.String({
    maxLength: 100,
    description: 'The ETag you read: the change is refused with 412 if the resource has changed since',
    examples: ['"v3"'],
  }),
)

export const IdempotencyKey = Type.Optional(
  Type.String({
    minLength: 1,
    maxLength: 255,
    description:
      'A unique key per intended request: a retry with the same key and body replays the first answer (`Idempotent-Replayed: true`); the same key with another body is 422',
    examples: ['5c0f0a52-8d6e-4b8e-9a57-1d2f3e4a5b6c'],
  }),
)

/**
 * If-None-Match by weak comparison (RFC 9110 § 13.1.2 and § 8.8.3.2): `*`, a list, and `W/"v5"` all match
 * `"v5"`. Uses `fresh` (jshttp), given only If-None-Match so that no other header changes the answer.
 */
export function ifNoneMatchMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false
  return fresh({ 'if-none-match': header }, { etag })
}
