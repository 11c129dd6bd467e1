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

export interface ValidatorError {
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
      const allowed = error.params.allowedValues
      const suffix = Array.isArray(allowed) ? ` (${allowed.join(', ')})` : ''
      fields.push({ pointer: error.instancePath, message: `${error.message ?? 'is invalid'}${suffix}` })
    }
  }
  const unique = new Map(fields.map((f) => [`${f.pointer} ${f.message}`, f]))
  return [...unique.values()].map((f) => (location === 'body' ? f : { ...f, in: location }))
}
