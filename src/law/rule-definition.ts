/**
 * Shared vocabulary of the rules-as-code modules. Every rule of ../shared/domain/rules.md has a stable id
 * (T-EMP, H-REF, …); each law module exports its RuleDefinitions so that `GET /v1/rules` can list them
 * and every computed answer can cite them.
 */

import { ContradictoryInput } from '../errors.ts'

/** Version of the encoded rule set; bump when a rule's behaviour changes. Sent as `rulesVersion`. */
export const RULES_VERSION = '2026.11.1'

export type Language = 'da' | 'en'

export interface LocalisedText {
  da: string
  en: string
}

export interface LegalSource {
  /** Citation as a caseworker writes it, e.g. "Integrationsloven § 18, stk. 2". */
  citation: string
  /** Link to the public source, where one exists (retsinformation.dk, ast.dk …). */
  url?: string
}

export interface RuleParameter {
  name: string
  value: number | boolean | string
  description: string
  /** True where the law is silent and the service makes a named, configurable choice (rules.md). */
  interpretation: boolean
}

export interface RuleDefinition {
  id: string
  title: LocalisedText
  /** What the rule decides, in plain words. */
  decides: LocalisedText
  legalSources: LegalSource[]
  /**
   * Inclusive date from which the rule's legal basis exists (issue 14): facts that put the rule to use
   * before it are a 422 naming the field and this date. See LEGAL_BASIS for the acts.
   */
  validFrom: string
  /** Exclusive date from which the rule no longer applies. */
  validTo?: string
  parameters?: RuleParameter[]
}

/**
 * When the acts the catalogue rests on came into force (validFrom of the rules). The service models no
 * law older than the Integration Act; a later provision's rule carries its own date.
 */
export const LEGAL_BASIS = {
  /** Integrationsloven, lov nr. 474 af 1. juli 1998, in force 1 January 1999. */
  INTEGRATION_ACT: { from: '1999-01-01', act: 'integrationsloven (lov nr. 474 af 1. juli 1998)' },
  /** Særloven, lov nr. 324 af 16. marts 2022, adopted 16 March and in force 17 March 2022. */
  UKRAINE_SPECIAL_ACT: {
    from: '2022-03-17',
    act: 'lov nr. 324 af 16. marts 2022 om midlertidig opholdstilladelse til personer, der er fordrevet fra Ukraine',
  },
} as const

/**
 * Issue 14: a fact dated before the rule's legal basis existed cannot be judged under that rule (and is
 * not silently judged under another): a 422 naming the field and the act's date.
 */
export function requireLegalBasis(
  rule: Pick<RuleDefinition, 'id' | 'validFrom'>,
  act: string,
  date: string,
  pointer: string,
): void {
  if (date < rule.validFrom) {
    const field = pointer.split('/').pop()
    throw new ContradictoryInput(
      pointer,
      `${field} (${date}) is before ${rule.validFrom}, when ${act} came into force: rule ${rule.id} has no legal basis for it. Check the date or the category.`,
    )
  }
}

/** Frequently cited sources, so that citations and links stay identical across rules. */
export const SOURCES = {
  IL_4_2: {
    citation: 'Integrationsloven § 4, stk. 2',
    url: 'https://www.retsinformation.dk/eli/lta/2023/1146',
  },
  IL_4_3: {
    citation: 'Integrationsloven § 4, stk. 3',
    url: 'https://www.retsinformation.dk/eli/lta/2023/1146',
  },
  IL_16: { citation: 'Integrationsloven § 16', url: 'https://www.retsinformation.dk/eli/lta/2023/1146' },
  IL_17: { citation: 'Integrationsloven § 17', url: 'https://www.retsinformation.dk/eli/lta/2023/1146' },
  IL_17A: { citation: 'Integrationsloven § 17 a', url: 'https://www.retsinformation.dk/eli/lta/2023/1146' },
  IL_18_1: {
    citation: 'Integrationsloven § 18, stk. 1',
    url: 'https://www.retsinformation.dk/eli/lta/2023/1146',
  },
  IL_18_2: {
    citation: 'Integrationsloven § 18, stk. 2',
    url: 'https://www.retsinformation.dk/eli/lta/2023/1146',
  },
  IL_18_3: {
    citation: 'Integrationsloven § 18, stk. 3',
    url: 'https://www.retsinformation.dk/eli/lta/2023/1146',
  },
  IL_19: { citation: 'Integrationsloven § 19', url: 'https://www.retsinformation.dk/eli/lta/2023/1146' },
  IL_32_2: {
    citation: 'Integrationsloven § 32, stk. 2',
    url: 'https://www.retsinformation.dk/eli/lta/2023/1146',
  },
  UKR_30_2: {
    citation:
      'Lov om midlertidig opholdstilladelse til personer, der er fordrevet fra Ukraine, § 30, stk. 2 (ændret ved lov nr. 266 af 19. marts 2024)',
    url: 'https://www.retsinformation.dk/eli/lta/2024/266',
  },
  SEED_000: {
    citation: 'Københavns Kommune, svar om § 18 og LGBT+-ansøgere (2021)',
  },
  SEED_001: {
    citation: 'Integrationsministeriets vejledning om introduktionsprogram (2004)',
  },
  SEED_002: {
    citation: 'Københavns Kommune, redegørelse om overholdelse af integrationsloven (2015)',
  },
  SEED_003: {
    citation: 'Ankestyrelsens praksisundersøgelse om integrationsloven (2019), delundersøgelse 3',
    url: 'https://ast.dk/publikationer',
  },
  SEED_004: {
    citation: 'Ankestyrelsens praksisnotat om overtagelse af integrationsansvar og ydelsesnedsættelse (2022)',
    url: 'https://ast.dk/publikationer',
  },
} as const satisfies Record<string, LegalSource>

/** True when `rule` is in force on `asOf` (YYYY-MM-DD strings compare lexically). */
export function inForce(rule: Pick<RuleDefinition, 'validFrom' | 'validTo'>, asOf: string): boolean {
  return (!rule.validFrom || rule.validFrom <= asOf) && (!rule.validTo || asOf < rule.validTo)
}
