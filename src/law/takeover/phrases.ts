/**
 * Building blocks for how facts read in an explanation, in Danish and English (see fact-texts.ts), and
 * the ground types' names.
 */
import { municipalityName, normaliseMunicipalityCode } from '../municipalities.ts'
import type { LocalisedText } from '../rule-definition.ts'
import type { GroundType } from '../vocabulary.ts'

export interface PhraseContext {
  toMunicipality: string
  reasonableOneWayCommuteMinutes: number
}

export type FactValue = string | number | boolean

export interface FactText {
  /** The fact's name, used when it is missing. */
  label: LocalisedText
  describe: (value: FactValue, ctx: PhraseContext) => LocalisedText
}

export const GROUND_LABELS: Record<GroundType, LocalisedText> = {
  employment: { da: 'Beskæftigelse', en: 'Employment' },
  education: { da: 'Uddannelse', en: 'Education' },
  spouse: { da: 'Ægtefælle', en: 'Spouse' },
  partner: { da: 'Kæreste', en: 'Partner' },
  illness: { da: 'Sygdom', en: 'Illness' },
  threats: { da: 'Trusler', en: 'Threats' },
  discrimination: { da: 'Chikane og diskrimination', en: 'Harassment and discrimination' },
  unaccompanied_minor_placement: {
    da: 'Anbringelse af uledsaget mindreårig',
    en: 'Placement of an unaccompanied minor',
  },
  family_or_friends: { da: 'Familie eller venner', en: 'Family or friends' },
  loneliness: { da: 'Ensomhed', en: 'Loneliness' },
  larger_city: { da: 'Større by eller netværk', en: 'Larger city or community' },
  conflict: { da: 'Konflikter', en: 'Conflicts' },
  other: { da: 'Andet forhold', en: 'Other circumstance' },
}

export function decimal(value: number, language: 'da' | 'en'): string {
  return language === 'da' ? String(value).replace('.', ',') : String(value)
}

function place(code: string): string {
  const normalised = normaliseMunicipalityCode(code) ?? code
  const name = municipalityName(normalised)
  return name ? `${normalised} ${name}` : normalised
}

export function yesNo(label: LocalisedText, yes: LocalisedText, no: LocalisedText): FactText {
  return { label, describe: (value) => (value === true ? yes : no) }
}

export function municipality(label: LocalisedText, what: LocalisedText): FactText {
  return {
    label,
    describe: (value, ctx) => {
      const here = place(String(value))
      return normaliseMunicipalityCode(String(value)) === ctx.toMunicipality
        ? {
            da: `${what.da} i kommune ${here} (tilflytningskommunen)`,
            en: `${what.en} in municipality ${here} (the receiving municipality)`,
          }
        : {
            da: `${what.da} i kommune ${here}, ikke i tilflytningskommunen ${place(ctx.toMunicipality)}`,
            en: `${what.en} in municipality ${here}, not in the receiving municipality ${place(ctx.toMunicipality)}`,
          }
    },
  }
}

export const commute: FactText = {
  label: { da: 'envejs transporttid med offentlig transport', en: 'one-way public-transport commute' },
  describe: (value, ctx) => {
    const minutes = Number(value)
    const limit = ctx.reasonableOneWayCommuteMinutes
    return minutes > limit
      ? {
          da: `envejs transporttid ${decimal(minutes, 'da')} min. > grænsen ${limit} min. (urimelig)`,
          en: `one-way commute ${minutes} min > threshold ${limit} min (unreasonable)`,
        }
      : {
          da: `envejs transporttid ${decimal(minutes, 'da')} min. ≤ grænsen ${limit} min. (rimelig)`,
          en: `one-way commute ${minutes} min ≤ threshold ${limit} min (reasonable)`,
        }
  },
}
