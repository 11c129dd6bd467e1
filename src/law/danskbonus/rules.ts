/**
 * Danskbonus under integrationsloven § 22 (rules.md § 7: B-*): the rule catalogue entries, the legal
 * sources and the dates that change the law.
 *
 * Verified wording (November 2026, lovbekendtgørelse of the Integration Act as amended by lov nr. 1192
 * af 8. juni 2021): "En udlænding omfattet af § 2, stk. 2, 3 eller 4, der er blevet tilbudt et
 * selvforsørgelses- og hjemrejseprogram eller et introduktionsprogram, jf. § 16, stk. 1, 2 eller 9,
 * ikke modtager hjælp efter §§ 22-25 i lov om aktiv socialpolitik og efter den 1. januar 2018 har
 * bestået Prøve i Dansk 2 […] eller FVU-læsning, trin 2 […] eller tilsvarende eller højere prøve i
 * dansk, kan efter ansøgning modtage en danskbonus […]". Stk. 2: once only, never after dansktillæg or
 * danskbonus under aktivloven. Stk. 3: the minister lists the equivalent tests.
 */

import type { LegalSource, RuleDefinition, RuleParameter } from '../rule-definition.ts'

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
const CURRENT_WORDING_FROM = EXAM_PASSED_AFTER

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

const S = DANSKBONUS_SOURCES

export const EXAM_DATE_PARAMETER: RuleParameter = {
  name: 'danishTestPassedAfter',
  value: EXAM_PASSED_AFTER,
  interpretation: true,
  description:
    'IL § 22, stk. 1 counts tests passed "efter den 1. januar 2018". The service counts tests passed from 2 January 2018 (1 January is a helligdag without tests) and applies the limit also to applications under the wording before 9 June 2021, as the municipalities did when the lump sum was introduced in 2018.',
}

export const DANSKBONUS_RULES: readonly RuleDefinition[] = Object.freeze([
  {
    id: 'B-COVERED',
    title: { da: 'Omfattet af integrationsloven', en: 'Covered by the Integration Act' },
    decides: {
      da: 'Personen er omfattet af integrationslovens § 2, stk. 2-4 (flygtning eller familiesammenført).',
      en: 'The person is covered by IL § 2 stk. 2-4 (refugee or family-reunified).',
    },
    legalSources: [S.IL_22_1, S.IL_2],
    validFrom: CURRENT_WORDING_FROM,
  },
  {
    id: 'B-SELF-SUPPORTING',
    title: { da: 'Selvforsørgende', en: 'Self-supporting' },
    decides: {
      da: 'Personen modtager ikke hjælp efter §§ 22-25 i lov om aktiv socialpolitik.',
      en: 'The person receives no help under aktivloven §§ 22-25.',
    },
    legalSources: [S.IL_22_1, S.AKTIVLOVEN_22_25],
    validFrom: CURRENT_WORDING_FROM,
  },
  {
    id: 'B-EXAM',
    title: { da: 'Bestået danskprøve', en: 'Danish test passed' },
    decides: {
      da: 'Personen har efter den 1. januar 2018 bestået Prøve i Dansk 2, FVU-læsning trin 2 eller en tilsvarende eller højere prøve i dansk.',
      en: 'The person passed Prøve i Dansk 2, FVU reading level 2 or an equivalent or higher Danish test after 1 January 2018.',
    },
    legalSources: [S.IL_22_1, S.IL_22_3],
    validFrom: CURRENT_WORDING_FROM,
    parameters: [EXAM_DATE_PARAMETER],
  },
  {
    id: 'B-ONCE',
    title: { da: 'Kun én gang', en: 'Once only' },
    decides: {
      da: 'Danskbonus udbetales kun én gang og ikke til den, der tidligere har opnået ret til dansktillæg eller danskbonus efter aktivloven.',
      en: 'Paid once only, and not to a person who earlier obtained a right to dansktillæg or danskbonus under aktivloven.',
    },
    legalSources: [S.IL_22_2],
    validFrom: CURRENT_WORDING_FROM,
  },
  {
    id: 'B-PROGRAMME',
    title: { da: 'Tilbudt program', en: 'Offered a programme' },
    decides: {
      da: 'For ansøgninger fra 9. juni 2021: personen er blevet tilbudt et selvforsørgelses- og hjemrejseprogram eller et introduktionsprogram (IL § 16). Ansøgninger før denne dato bedømmes efter den tidligere affattelse uden denne betingelse.',
      en: 'For applications from 9 June 2021: the person has been offered a selvforsørgelses- og hjemrejseprogram or an introduction programme (IL § 16). Applications before that date are judged on the former wording, without this condition.',
    },
    legalSources: [S.IL_22_1, S.LOV_1192_2021, S.SKR_9446_2021],
    validFrom: PROGRAMME_CONDITION_FROM,
  },
  {
    id: 'B-PRACTICE-2021',
    title: { da: 'Genoptagelse efter praksisændring 2021', en: 'Reopening after the 2021 practice change' },
    decides: {
      da: 'Afslag efter den tidligere affattelse, der byggede på krav om (nuværende eller tidligere) deltagelse i program, skal genoptages af den myndighed, der senest behandlede sagen; kan kommunen ikke finde sagerne, informerer den offentligt.',
      en: 'Refusals under the former wording that rested on requiring (current or past) programme participation must be reopened by the authority that last decided the case; a municipality that cannot identify them informs publicly.',
    },
    legalSources: [S.AST_PRACTICE_2021, S.SEED_004, S.SKR_9446_2021],
    validFrom: CURRENT_WORDING_FROM,
  },
  {
    id: 'B-PATH',
    title: { da: 'Hvilken danskbonus', en: 'Which Danish bonus' },
    decides: {
      da: 'Modtagere af selvforsørgelses- og hjemrejseydelse eller overgangsydelse får danskbonus efter aktivloven (i op til 6 måneder, uden for denne vurdering); andre kan få engangsbeløbet efter integrationslovens § 22.',
      en: 'Recipients of selvforsørgelses- og hjemrejseydelse or overgangsydelse get the aktivloven bonus (up to 6 months, outside this assessment); others may get the IL § 22 lump sum.',
    },
    legalSources: [S.SEED_004, S.IL_22_1],
    validFrom: CURRENT_WORDING_FROM,
  },
] satisfies RuleDefinition[])

export function danskbonusRule(id: string): RuleDefinition {
  const rule = DANSKBONUS_RULES.find((r) => r.id === id)
  if (!rule) throw new Error(`unknown danskbonus rule ${id}`)
  return rule
}
