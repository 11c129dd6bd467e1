/**
 * The facts registered on an application, per ground, in the letter's words (forvaltningsloven § 24,
 * stk. 2: the facts that mattered). Field names come from the ground schemas; a field without a label
 * is shown by its name rather than dropped, so that no registered fact goes missing from the letter.
 */
import { municipalityName } from '../law/municipalities.ts'
import type { GroundType } from '../law/vocabulary.ts'
import type { LetterTexts } from './texts.ts'

const MUNICIPALITY_FIELDS = new Set([
  'workplaceMunicipality',
  'institutionMunicipality',
  'spouseMunicipality',
  'treatmentMunicipality',
  'placementMunicipality',
])

export function municipalityText(texts: LetterTexts, code: string): string {
  const name = municipalityName(code)
  return name ? `${texts.municipality(name)} (${code})` : code
}

function valueText(texts: LetterTexts, field: string, value: unknown): string {
  if (typeof value === 'boolean') return value ? texts.facts.yes : texts.facts.no
  if (field === 'oneWayCommuteMinutes' && typeof value === 'number') return texts.facts.minutes(value)
  if (typeof value === 'number') return value.toLocaleString(texts.locale)
  const text = String(value)
  if (MUNICIPALITY_FIELDS.has(field)) return municipalityText(texts, text.replace(/^0(?=\d{3}$)/, ''))
  return texts.facts.values[text] ?? text
}

/** One line per ground: "Grund 1 – Arbejde: hvis: ansøgeren; arbejdssted: Københavns Kommune (101); …". */
export function groundFacts(texts: LetterTexts, grounds: readonly unknown[]): string[] {
  return grounds.map((ground, index) => {
    const { type, ...facts } = ground as { type: GroundType } & Record<string, unknown>
    const listed = Object.entries(facts)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([field, value]) => `${texts.facts.labels[field] ?? field}: ${valueText(texts, field, value)}`)
    return texts.facts.ground(
      index + 1,
      texts.facts.groundTypes[type] ?? type,
      listed.length > 0 ? `${listed.join('; ')}.` : `${texts.facts.noFacts}.`,
    )
  })
}
