/**
 * Every string, array and integer the API accepts is bounded (OWASP API4:2023, unrestricted resource
 * consumption): a schema that sets no bound of its own gets one here, when its route is registered, so
 * that validation enforces it and the OpenAPI document states it. Explicit bounds always win.
 */
const MAX_STRING = 10_000
const MAX_ITEMS = 1_000
const FORMAT_LENGTH: Record<string, number> = { date: 10, 'date-time': 40, uuid: 36, uri: 2_048, email: 320 }

type Schema = Record<string, unknown>

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function typesOf(schema: Schema): string[] {
  const type = schema.type
  return Array.isArray(type) ? (type as string[]) : typeof type === 'string' ? [type] : []
}

const DATA_KEYWORDS = ['examples', 'example', 'default', 'enum', 'const']

/**
 * A copy of `schema` with `transform` applied to every subschema. Non-enumerable keys are kept: TypeBox
 * marks its schemas with hidden `~kind` keys that its compiler and value conversion rely on.
 */
function mapSchema(schema: unknown, transform: (copy: Schema) => void): unknown {
  if (Array.isArray(schema)) return schema.map((item) => mapSchema(item, transform))
  if (!isSchema(schema)) return schema
  const descriptors = Object.getOwnPropertyDescriptors(schema)
  for (const [key, descriptor] of Object.entries(descriptors)) {
    if ('value' in descriptor && !DATA_KEYWORDS.includes(key))
      descriptor.value = mapSchema(descriptor.value, transform)
  }
  const copy = Object.defineProperties({}, descriptors) as Schema
  transform(copy)
  return copy
}

export function withLimits<T>(schema: T): T {
  return mapSchema(schema, addLimits) as T
}

function addLimits(out: Schema): void {
  const types = typesOf(out)
  if (types.includes('string') && !('maxLength' in out) && !('enum' in out) && !('const' in out)) {
    out.maxLength = FORMAT_LENGTH[String(out.format)] ?? MAX_STRING
  }
  if (types.includes('array') && !('maxItems' in out)) out.maxItems = MAX_ITEMS
  if (types.includes('integer')) {
    if (!('minimum' in out) && !('exclusiveMinimum' in out)) out.minimum = Number.MIN_SAFE_INTEGER
    if (!('maximum' in out) && !('exclusiveMaximum' in out)) out.maximum = Number.MAX_SAFE_INTEGER
  }
}

/** For the OpenAPI document only: integers are JavaScript safe integers, i.e. within int64. */
export function withIntegerFormats<T>(node: T): T {
  return mapSchema(node, (out) => {
    if (typesOf(out).includes('integer') && !('format' in out)) out.format = 'int64'
  }) as T
}
