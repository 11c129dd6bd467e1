/**
 * Danskbonus under integrationsloven § 22 (rules.md § 7: B-*): the legal sources and the dates that change
 * the law. The rules themselves are one module each (b-*.ts), assembled in catalogue.ts.
 *
 * Verified wording (November 2026, lovbekendtgørelse of the Integration Act as amended by lov nr. 1192
 * af 8. juni 2021): "En udlænding omfattet af § 2, stk. 2, 3 eller 4, der er blevet tilbudt et
 * selvforsørgelses- og hjemrejseprogram eller et introduktionsprogram, jf. § 16, stk. 1, 2 eller 9,
 * ikke modtager hjælp efter §§ 22-25 i lov om aktiv socialpolitik og efter den 1. januar 2018 har
 * bestået Prøve i Dansk 2 […] eller FVU-læsning, trin 2 […] eller tilsvarende eller højere prøve i
 * dansk, kan efter ansøgning modtage en danskbonus […]". Stk. 2: once only, never after dansktillæg or
 * danskbonus under aktivloven. Stk. 3: the minister lists the equivalent tests.
 */

import type { LegalSource, RuleParameter } from '../rule-definition.ts'

/** B-PROGRAMME: lov nr. 1192 af 8. juni 2021 applies to applications made from this date. */
export const PROGRAMME_CONDITION_FROM = '2021-06-09'

/**
 * B-EXAM: the test must have been passed "efter den 1. januar 2018". The text says "after"; 1 January is
 * a helligdag on which no test is held, so the service counts tests passed from 2 January 2018.
 */
export const EXAM_PASSED_AFTER = '2018-01-01'

/**
 * validFrom of the B-* rules (issue 14): the encoded § 22 is today's wording, which gives effect only to
 * tests passed after 1 January 2018; the earlier dansktillæg is not modelled. B-PROGRAMME starts later.
 */
export const CURRENT_WORDING_FROM = EXAM_PASSED_AFTER

const IL_URL = 'https://www.retsinformation.dk/eli/lta/2023/1146'

export const DANSKBONUS_SOURCES = {
  IL_22_1: { citation: 'Integrationsloven § 22, stk. 1', url: IL_URL },
  IL_22_2: { citation: 'Integrationsloven § 22, stk. 2', url: IL_URL },
  IL_22_3: { citation: 'Integrationsloven § 22, stk. 3', url: IL_URL },
  IL_2: { citation: 'Integrationsloven § 2, stk. 2-4', url: IL_URL },
  AKTIVLOVEN_22_25: { citation: 'Lov om aktiv socialpolitik §§ 22-25' },
  LOV_1192_2021: {
    citation: 'Lov nr. 1192 af 8. juni 2021 (ændring af integrationslovens § 22, stk. 1)',
    url: 'https://www.retsinformation.dk/eli/lta/2021/1192',
  },
  SKR_9446_2021: {
    citation: 'Udlændinge- og Integrationsministeriets skrivelse nr. 9446 af 10. juni 2021',
    url: 'https://www.retsinformation.dk/eli/retsinfo/2021/9446',
  },
  AST_PRACTICE_2021: {
    citation: 'Ankestyrelsen: Ændring af praksis om betingelserne for at modtage danskbonus (2021)',
    url: 'https://ast.dk/nyheder/nyheder/nyheder-2021/aendring-af-praksis-om-betingelserne-for-at-modtage-danskbonus-efter-integrationsloven',
  },
  SEED_004: {
    citation: 'Ankestyrelsens temanotat om integrationsloven (2022): danskbonus',
    url: 'https://ast.dk/publikationer',
  },
} as const satisfies Record<string, LegalSource>

export const EXAM_DATE_PARAMETER: RuleParameter = {
  name: 'danishTestPassedAfter',
  value: EXAM_PASSED_AFTER,
  interpretation: true,
  description:
    'IL § 22, stk. 1 counts tests passed "efter den 1. januar 2018". The service counts tests passed from 2 January 2018 (1 January is a helligdag without tests) and applies the limit also to applications under the wording before 9 June 2021, as the municipalities did when the lump sum was introduced in 2018.',
}
