/**
 * The legal sources of the proportionality assessment (rules.md § 4): IL § 32 (reduction after a refused
 * takeover), seed 004 (the three criteria and the duty of a concrete assessment in every case), ECHR
 * Protocol 4 art. 2 and ICCPR art. 12 (freedom of movement: a reduction without a concrete assessment may
 * breach them). The rules themselves are one module each (p-*.ts), assembled in catalogue.ts.
 */
import type { LegalSource } from '../rule-definition.ts'
import { SOURCES } from '../rule-definition.ts'

/** Local citations; candidates for the shared SOURCES in src/law/rule-definition.ts. */
export const PROPORTIONALITY_SOURCES = {
  IL_32: { citation: 'Integrationsloven § 32', url: 'https://www.retsinformation.dk/eli/lta/2023/1146' },
  ECHR_P4_2: {
    citation: 'Den Europæiske Menneskerettighedskonvention, 4. tillægsprotokol, artikel 2 (bevægelsesfrihed)',
    url: 'https://www.echr.coe.int/documents/d/echr/convention_ENG',
  },
  ICCPR_12: {
    citation: 'FN’s konvention om borgerlige og politiske rettigheder, artikel 12 (bevægelsesfrihed)',
    url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/international-covenant-civil-and-political-rights',
  },
} as const satisfies Record<string, LegalSource>

/** Sources every proportionality answer cites. */
export const PROPORTIONALITY_LEGAL_SOURCES: readonly LegalSource[] = [
  PROPORTIONALITY_SOURCES.IL_32,
  SOURCES.SEED_004,
  PROPORTIONALITY_SOURCES.ECHR_P4_2,
  PROPORTIONALITY_SOURCES.ICCPR_12,
]
