import { Type } from 'typebox'
import Format from 'typebox/format'
import { Settings } from 'typebox/system'
import { isIsoDate } from '../law/dates.ts'
import { normaliseMunicipalityCode } from '../law/municipalities.ts'
import { APPLICANT_CATEGORIES } from '../law/vocabulary.ts'

/**
 * The `date` format: a real calendar date (2025-02-30 is rejected) in the years 1900–2199, the span in
 * which integration-law dates can occur; date arithmetic (5-year periods, month counting) then never
 * leaves the four-digit years. Also lets validation report every field of a body, not the first eight.
 */
export function registerDateFormat(): void {
  Format.Set('date', (value) => isIsoDate(value) && value >= '1900-01-01' && value <= '2199-12-31')
  Settings.Set({ maxErrors: 100 })
}

/** A Danish local calendar date, `YYYY-MM-DD`, validated as a real date (2025-02-30 is rejected). */
export const IsoDate = Type.String({
  format: 'date',
  description: 'Calendar date YYYY-MM-DD (Danish local date, no time zone), years 1900–2199',
  examples: ['2025-03-01'],
})

/**
 * rules.md § 6: every field that names a municipality, in every endpoint, is one of the 98 codes. One
 * schema for all of them: the documented shape (3 digits, or 4 with a leading zero: `0101` = `101`) and
 * a refinement that the HTTP validation runs, so that a code outside the 98 is a 400 naming the field
 * wherever it occurs (issue 14). The refinement is not part of the JSON document; the pattern is.
 */
export const MUNICIPALITY_CODE_PATTERN = '^0?[0-9]{3}$'

export function municipalityCodeSchema(description: string, examples: readonly string[] = ['101']) {
  return Type.Refine(
    Type.String({
      pattern: MUNICIPALITY_CODE_PATTERN,
      description: `${description} (3 digits; 0101 = 101; one of the 98 codes of GET /v1/municipalities)`,
      examples: [...examples],
    }),
    (code) => normaliseMunicipalityCode(code) !== undefined,
    (code) => `${JSON.stringify(code)} is not one of the 98 municipality codes (GET /v1/municipalities)`,
  )
}

/** A municipality code of the 98; see municipalityCodeSchema. */
export const MunicipalityCode = municipalityCodeSchema('Municipality code (kommunekode)')

export const ApplicantCategory = Type.Enum(APPLICANT_CATEGORIES, {
  description:
    'refugee (asylum, IL § 2 stk. 2), quota_refugee (UDL § 8), family_reunified_to_refugee (IL § 2 stk. 3), family_reunified (IL § 2 stk. 4), ukrainian_displaced (særloven)',
})

export const LegalSourceSchema = Type.Object(
  { citation: Type.String(), url: Type.Optional(Type.String({ format: 'uri' })) },
  { title: 'LegalSource', additionalProperties: false },
)
/**
 * A copy of a TypeBox schema with `examples` (e.g. responses computed from the request examples, so
 * that the documented answers cannot drift from the code). Keeps TypeBox's hidden `~kind` keys.
 */
export function withExamples<T extends object>(schema: T, examples: readonly unknown[]): T {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(schema)) as T
  return Object.assign(copy, { examples: [...examples] })
}
