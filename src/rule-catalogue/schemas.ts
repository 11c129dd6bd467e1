import { type Static, Type } from 'typebox'
import { IsoDate, LegalSourceSchema } from '../http/schemas.ts'

const closed = { additionalProperties: false } as const
const date = (description: string) => Type.String({ ...IsoDate, description })

export const LocalisedTextSchema = Type.Object(
  { da: Type.String(), en: Type.String() },
  { ...closed, title: 'LocalisedText' },
)

export const RuleParameterSchema = Type.Object(
  {
    name: Type.String({ examples: ['reasonableOneWayCommuteMinutes'] }),
    value: Type.Union([Type.Number(), Type.Boolean(), Type.String()]),
    description: Type.String(),
    interpretation: Type.Boolean({
      description: 'True where the law is silent and the service makes a named, configurable choice',
    }),
  },
  { ...closed, title: 'RuleParameter' },
)

/** One entry of `GET /v1/rules`. */
export const RuleCatalogueEntry = Type.Object(
  {
    id: Type.String({ examples: ['T-EMP'] }),
    title: LocalisedTextSchema,
    decides: LocalisedTextSchema,
    legalSources: Type.Array(LegalSourceSchema),
    parameters: Type.Array(RuleParameterSchema),
    validFrom: date(
      'In force from this date (inclusive): when its legal basis came into force; facts that use the rule before it are a 422',
    ),
    validTo: Type.Optional(date('No longer in force from this date (exclusive)')),
  },
  { ...closed, title: 'Rule' },
)
export type RuleCatalogueEntry = Static<typeof RuleCatalogueEntry>
