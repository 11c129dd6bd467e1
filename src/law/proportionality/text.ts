/** Danish (default) and English wording of the proportionality answers (rules.md § 4). */
import type { Language } from '../rule-definition.ts'
import { GROUND_LABELS } from '../takeover/phrases.ts'
import type { GroundEffect, GroundType } from '../vocabulary.ts'

export function say(language: Language, da: string, en: string): string {
  return language === 'da' ? da : en
}

/** Signed percentage points, e.g. "−25" / "+50" / "0" (a true minus sign, as in Danish typesetting). */
export function points(value: number): string {
  if (value === 0) return '0'
  return value > 0 ? `+${value}` : `−${Math.abs(value)}`
}

/** A fact with the percentage points it adds or deducts, e.g. "health issues (−15)". */
export function fact(language: Language, da: string, en: string, value: number): string {
  return `${say(language, da, en)} (${points(value)})`
}

// Built once per language: constructing an Intl formatter costs more than using it.
const AMOUNT = {
  da: new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
}

export function dkk(amount: number, language: Language): string {
  return `${AMOUNT[language].format(amount)} ${say(language, 'kr.', 'DKK')}`
}

const EFFECT_NAMES: Record<GroundEffect, { da: string; en: string }> = {
  obligates: { da: 'forpligter til overtagelse', en: 'obligates takeover' },
  supports: { da: 'taler for overtagelse', en: 'supports takeover' },
  needs_information: { da: 'manglede oplysninger', en: 'needed information' },
  insufficient: { da: 'utilstrækkelig', en: 'insufficient' },
}

export function groundName(type: GroundType, language: Language): string {
  // The § 18 module's names of the grounds, so that both answers call a ground the same thing.
  return GROUND_LABELS[type][language].toLowerCase()
}

export function effectName(effect: GroundEffect, language: Language): string {
  return EFFECT_NAMES[effect][language]
}

export function missingSentence(missing: readonly string[], language: Language): string {
  return say(
    language,
    `Mangler: ${missing.join(', ')}. Bidraget omfatter kun de kendte oplysninger.`,
    `Missing: ${missing.join(', ')}. The contribution counts the known facts only.`,
  )
}

export function disclaimer(language: Language): string {
  return say(
    language,
    'Beslutningsstøtte, ikke en afgørelse. Der findes ingen officielle procentsatser for nedsættelse eller ophør af ydelsen efter integrationslovens § 32; tallene er tjenestens interne model med fortolkede vægte. Kommunen skal foretage en konkret og individuel vurdering af behov, årsag og unddragelse i hver sag (Ankestyrelsens praksisnotat, 2022); ellers kan afgørelsen stride mod EMRK 4. tillægsprotokol artikel 2 og FN’s konvention om borgerlige og politiske rettigheder artikel 12.',
    'Decision support, not a decision. No official percentage bands exist for reducing or stopping the benefit under section 32 of the Integration Act; the numbers are the service’s internal model with interpreted weights. The municipality must make a concrete, individual assessment of need, reason and evasion in every case (Ankestyrelsen practice note, 2022); otherwise the decision may breach ECHR Protocol 4 article 2 and ICCPR article 12.',
  )
}
