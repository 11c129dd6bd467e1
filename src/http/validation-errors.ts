/**
 * Turns schema-validator errors (TypeBox/ajv shape) into `{ pointer, message }` entries a client can act
 * on: one entry per field, pointing at the field itself (an unknown field, a missing one), and for a
 * union of objects discriminated by `type` (the § 18 grounds) only the errors of the branch whose `type`
 * matched, instead of every branch's complaints.
 */
export interface FieldError {
  pointer: string
  message: string
  /** Where the field is when not in the body: querystring, params or headers. */
  in?: string
}

interface ValidatorError {
  keyword: string
  instancePath: string
  schemaPath: string
  params: Record<string, unknown>
  message?: string
}

function branchOf(error: ValidatorError, anyOfPath: string): string | undefined {
  const prefix = `${anyOfPath}/anyOf/`
  if (!error.schemaPath.startsWith(prefix)) return undefined
  return error.schemaPath.slice(prefix.length).split('/')[0]
}

/** Keep only the errors that say something about the input the client actually sent. */
function resolveUnions(errors: readonly ValidatorError[]): ValidatorError[] {
  let remaining = [...errors]
  for (const union of errors.filter((e) => e.keyword === 'anyOf')) {
    const inUnion = remaining.filter(
      (e) =>
        branchOf(e, union.schemaPath) !== undefined &&
        (e.instancePath === union.instancePath || e.instancePath.startsWith(`${union.instancePath}/`)),
    )
    const discriminant = `${union.instancePath}/type`
    const failedDiscriminant = new Set(
      inUnion
        .filter((e) => e.keyword === 'const' && e.instancePath === discriminant)
        .map((e) => branchOf(e, union.schemaPath)),
    )
    const branches = new Set(inUnion.map((e) => branchOf(e, union.schemaPath)))
    const matching = [...branches].filter((b) => !failedDiscriminant.has(b))
    if (failedDiscriminant.size === 0) continue
    remaining = remaining.filter((e) => e !== union && !inUnion.includes(e))
    if (matching.length === 1) {
      remaining.push(...inUnion.filter((e) => branchOf(e, union.schemaPath) === matching[0]))
    } else {
      const allowed = inUnion
        .filter((e) => e.keyword === 'const' && e.instancePath === discriminant)
        .map((e) => String(e.params.allowedValue))
      remaining.push({
        keyword: 'enum',
        instancePath: discriminant,
        schemaPath: union.schemaPath,
        params: {},
        message: `must be one of: ${allowed.join(', ')}`,
      })
    }
  }
  return remaining
}

/** What a person needs to fix the value, rather than the validator's wording (a regex, "constant"). */
const PATTERN_MESSAGES: Record<string, string> = {
  '^0?[0-9]{3}$': 'must be a municipality code of 3 digits, such as 101 (0101 is read as 101)',
  '^[0-9]{6}-?[0-9]{4}$': 'must be a CPR number of 10 digits written DDMMYY-SSSS (the hyphen is optional)',
}
const FORMAT_MESSAGES: Record<string, string> = {
  date: 'must be a calendar date written YYYY-MM-DD, between 1900-01-01 and 2199-12-31',
  'date-time': 'must be a date and time as in RFC 3339, such as 2025-03-01T12:00:00Z',
  uuid: 'must be a UUID, such as 3f2b8c1e-5d4a-4e7b-9c1d-2a6f0e8b7c55',
  uri: 'must be an absolute URI',
}

function messageOf(error: ValidatorError): string {
  const { params } = error
  switch (error.keyword) {
    case 'enum':
      return Array.isArray(params.allowedValues)
        ? `must be one of: ${params.allowedValues.join(', ')}`
        : (error.message ?? 'is not an allowed value')
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}, the only value accepted here`
    case 'pattern':
      return PATTERN_MESSAGES[String(params.pattern)] ?? `must match the pattern ${String(params.pattern)}`
    case 'format':
      return FORMAT_MESSAGES[String(params.format)] ?? `must be in the ${String(params.format)} format`
    default:
      return error.message ?? 'is invalid'
  }
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1')
}

export function validationErrorsToFields(errors: readonly ValidatorError[], location: string): FieldError[] {
  const fields: FieldError[] = []
  for (const error of resolveUnions(errors)) {
    // "schema is false" duplicates the additionalProperties error that names the field.
    if (error.keyword === 'boolean') continue
    if (error.keyword === 'required') {
      const missing = (error.params.requiredProperties ?? [error.params.missingProperty]) as string[]
      for (const name of missing) {
        fields.push({ pointer: `${error.instancePath}/${escapePointer(name)}`, message: 'is required' })
      }
    } else if (error.keyword === 'additionalProperties') {
      const unknown = (
        Array.isArray(error.params.additionalProperties)
          ? error.params.additionalProperties
          : [error.params.additionalProperty]
      ) as string[]
      for (const name of unknown) {
        fields.push({
          pointer: `${error.instancePath}/${escapePointer(name)}`,
          message: 'is not a known field',
        })
      }
    } else {
      fields.push({ pointer: error.instancePath, message: messageOf(error) })
    }
  }
  // "must be boolean" next to "must be true" (a filter that takes only `true`) says less: keep the latter.
  const constants = new Set(
    resolveUnions(errors)
      .filter((e) => e.keyword === 'const')
      .map((e) => e.instancePath),
  )
  for (let i = fields.length - 1; i >= 0; i--) {
    if (
      constants.has(fields[i]!.pointer) &&
      /^must be (boolean|string|number|integer)$/.test(fields[i]!.message)
    )
      fields.splice(i, 1)
  }
  const unique = new Map(fields.map((f) => [`${f.pointer} ${f.message}`, f]))
  return [...unique.values()].map((f) => (location === 'body' ? f : { ...f, in: location }))
}
