/**
 * Rule definitions of the proportionality assessment (rules.md § 4), for `GET /v1/rules` and for the
 * `ruleId`s of every answer. Sources: IL § 32 (reduction after a refused takeover), seed 004 (the three
 * criteria and the duty of a concrete assessment in every case), ECHR Protocol 4 art. 2 and ICCPR art. 12
 * (freedom of movement: a reduction without a concrete assessment may breach them).
 */
import { LEGAL_BASIS, type LegalSource, type RuleDefinition, SOURCES } from '../rule-definition.ts'
import { DEFAULT_PROPORTIONALITY_WEIGHTS, weightParameters } from './weights.ts'

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

const W = DEFAULT_PROPORTIONALITY_WEIGHTS

export const PROPORTIONALITY_RULES: readonly RuleDefinition[] = [
  {
    id: 'P-NEED',
    title: { da: 'Behov for ydelsen', en: 'Need for the benefit' },
    decides: {
      da: 'Hvor meget husstandens behov (eneste indkomst, anden indkomst pr. person, børn, helbred) trækker den højeste forholdsmæssige nedsættelse ned. Mere behov hæver aldrig maksimum.',
      en: "How far the household's need (only income, other income per person, children, health) pulls the maximum proportionate reduction down. More need never raises the maximum.",
    },
    legalSources: [PROPORTIONALITY_SOURCES.IL_32, SOURCES.SEED_004],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    parameters: weightParameters(W, [
      'needBenefitIsOnlyIncome',
      'needLowOtherIncome',
      'lowOtherIncomePerPersonDkk',
      'needDependentChildren',
      'needHealthIssues',
    ]),
  },
  {
    id: 'P-REASON',
    title: { da: 'Årsagen til flytningen', en: 'Reason for the move' },
    decides: {
      da: 'Hvor meget flytteårsagen trækker maksimum ned: en grund der forpligter > understøtter/mangler oplysninger > utilstrækkelig. Uden vurderet virkning bruges grundtypens stærkest mulige virkning (IL § 18, stk. 2).',
      en: 'How far the reason for the move pulls the maximum down: a ground that obligates > supports/needs information > insufficient. Without an assessed effect, the ground type’s strongest possible effect is used (IL § 18(2)).',
    },
    legalSources: [PROPORTIONALITY_SOURCES.IL_32, SOURCES.SEED_004, SOURCES.IL_18_2, SOURCES.SEED_003],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    parameters: weightParameters(W, ['reasonSupports', 'reasonObligates']),
  },
  {
    id: 'P-EVASION',
    title: { da: 'Forsøg på at undgå programmet', en: 'Attempt to evade the programme' },
    decides: {
      da: 'Hvor langt en nedsættelse kan gå ud fra tegn på, at flytningen er et forsøg på at undgå programmet. Unddragelse er godtgjort, når personen stoppede med at deltage før flytningen OG afslog mindst ét tilbud OG ikke har tilkendegivet at ville fortsætte programmet.',
      en: 'How far a reduction may go given signs that the move is an attempt to avoid the programme. Evasion is established when the person stopped participating before the move AND refused at least one offer AND has not stated an intent to continue the programme.',
    },
    legalSources: [PROPORTIONALITY_SOURCES.IL_32, SOURCES.SEED_004],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    parameters: weightParameters(W, [
      'evasionBaseCeiling',
      'evasionStoppedParticipating',
      'evasionPerRefusedOffer',
      'evasionMaxCountedRefusedOffers',
      'evasionNoStatedIntent',
    ]),
  },
  {
    id: 'P-TOTAL-STOP',
    title: { da: 'Ophør af ydelsen', en: 'Stopping the benefit' },
    decides: {
      da: 'At standse ydelsen helt (100 %) er aldrig forholdsmæssigt, når husstanden har børn, som den forsørger, eller ydelsen er eneste indkomst, medmindre unddragelse er godtgjort (P-EVASION). Maksimum er da højst 75 %, uanset vægtene.',
      en: 'Stopping the benefit entirely (100 %) is never proportionate when the household has dependent children or the benefit is the only income, unless evasion is established (P-EVASION). The maximum is then at most 75 %, whatever the weights.',
    },
    legalSources: [...PROPORTIONALITY_LEGAL_SOURCES],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  {
    id: 'P-MAX',
    title: { da: 'Højeste forholdsmæssige nedsættelse', en: 'Maximum proportionate reduction' },
    decides: {
      da: 'Summen af bidragene fra unddragelse, behov og årsag, rundet ned til trin på 25 procentpoint (0–100). Mangler oplysninger om et kriterium, gives ingen vurdering. Intern beslutningsstøtte: der findes ingen officielle procentsatser, og kommunen skal altid foretage en konkret vurdering.',
      en: 'The sum of the contributions of evasion, need and reason, rounded down to steps of 25 percentage points (0–100). With facts missing on any criterion no verdict is given. Internal decision support: no official percentage bands exist and the municipality must always make a concrete assessment.',
    },
    legalSources: [...PROPORTIONALITY_LEGAL_SOURCES, SOURCES.IL_32_2],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
]
