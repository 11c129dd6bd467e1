/**
 * Domain errors: what went wrong, in the domain's words. The law and the services throw these; they know
 * nothing of HTTP. src/http/problem.ts is the one place that turns each class into a status and a
 * problem type (issue 15 item 4). This module imports nothing, so every layer may use it.
 */

/** Facts a client can act on, carried into the problem body as they are (e.g. `currentEtag`). */
interface ErrorFacts {
  /** A stable kebab-case name of the reason; the HTTP layer uses it as the problem type's slug. */
  code?: string
  [fact: string]: unknown
}

export abstract class DomainError extends Error {
  readonly code: string | undefined
  readonly facts: Record<string, unknown>

  constructor(detail: string, { code, ...facts }: ErrorFacts = {}) {
    super(detail)
    this.name = new.target.name
    this.code = code
    this.facts = facts
  }
}

/** The thing asked for does not exist, or the caller may not see it. */
export class NotFound extends DomainError {}

/** The caller is known but may not do this. */
export class Forbidden extends DomainError {}

/** The request is fine but the thing's current state does not allow it. */
export class Conflict extends DomainError {}

/** The request would make a second of something that must be unique; `existing` is the first one's path. */
export class Duplicate extends Conflict {
  readonly existing: string

  constructor(detail: string, existing: string, facts: ErrorFacts = {}) {
    super(detail, facts)
    this.existing = existing
  }
}

/** The caller's precondition (If-Match) no longer holds. */
export class PreconditionFailed extends DomainError {}

/** The request is well-formed but cannot be carried out as asked (e.g. it asks for too much). */
export class Unprocessable extends DomainError {}

/** The service cannot answer now; the same request may succeed later or narrowed. */
export class Unavailable extends DomainError {}

/**
 * Input the law or a service cannot use, naming the field by a JSON pointer: `invalid` when a value is
 * missing or malformed, `contradictory` when well-formed values contradict each other or the law.
 * `location` is set when the field is not in the body (e.g. `querystring`).
 */
export class InvalidInput extends Error {
  readonly pointer: string
  readonly kind: 'invalid' | 'contradictory'
  readonly location: string | undefined

  constructor(
    pointer: string,
    message: string,
    options: { kind?: 'invalid' | 'contradictory'; location?: string } = {},
  ) {
    super(message)
    this.name = 'InvalidInput'
    this.pointer = pointer
    this.kind = options.kind ?? 'invalid'
    this.location = options.location
  }
}

/** Shorthand for the contradictory kind. */
export class ContradictoryInput extends InvalidInput {
  constructor(pointer: string, message: string) {
    super(pointer, message, { kind: 'contradictory' })
    this.name = 'ContradictoryInput'
  }
}
