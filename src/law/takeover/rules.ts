/**
 * The T-* rules of rules.md § 2 (IL § 18 stk. 2): one RuleDefinition per ground rule, with the legal
 * sources a caseworker can cite. Effects are computed in evaluate.ts; this file only describes them.
 */
import {
  LEGAL_BASIS,
  type LegalSource,
  type RuleDefinition,
  type RuleParameter,
  SOURCES,
} from '../rule-definition.ts'

/**
 * Interpretation (rules.md § 2, "Commute threshold"): the law names no number; 90 minutes each way
 * mirrors the 3 hours a day of transport that Danish employment rules treat as reasonable.
 */
export const DEFAULT_REASONABLE_ONE_WAY_COMMUTE_MINUTES = 90

export function commuteParameter(value: number): RuleParameter {
  return {
    name: 'reasonableOneWayCommuteMinutes',
    value,
    description:
      'One-way public-transport commute in minutes that is still reasonable; strictly longer is unreasonable, equal or shorter is reasonable. The law names no number: 90 minutes each way mirrors the 3 hours a day of transport Danish employment rules treat as reasonable.',
    interpretation: true,
  }
}

/**
 * Interpretation (issue 14): how few hours a week an ordinary, permanent job may have and still oblige
 * (T-EMP). The law and AST leave it open: part-time can oblige (AST I-4-03, seed 004). Default 0: any
 * ordinary part-time job can oblige (a job of 0 hours is no job and is rejected as input).
 */
export const DEFAULT_MINIMUM_OBLIGING_HOURS_PER_WEEK = 0

export function minimumHoursParameter(value: number): RuleParameter {
  return {
    name: 'minimumObligingHoursPerWeek',
    value,
    description:
      'Fewest hours a week with which an ordinary, permanent job in the receiving municipality can oblige the takeover (T-EMP); a job with fewer hours weighs for it (individual assessment). The law leaves it open and Ankestyrelsen holds that part-time can oblige (I-4-03): the default 0 means any ordinary part-time job can oblige.',
    interpretation: true,
  }
}

/** AST decisions cited by rules.md; no stable public URL, so citation only. */
const DECISIONS = {
  I_4_03: { citation: 'Ankestyrelsens principafgørelse I-4-03 (deltidsbeskæftigelse)' },
  I_2_05: { citation: 'Ankestyrelsens principafgørelse I-2-05 (ægtefæller som familieenhed)' },
  I_2_00: { citation: 'Ankestyrelsens principafgørelse I-2-00 (familie, venner, større by)' },
  SM_1_2_02: { citation: 'Sociale Meddelelser SM 1-2-02 (praktik med udsigt til ordinær beskæftigelse)' },
  SM_1_3_01: { citation: 'Sociale Meddelelser SM 1-3-01 (trusler fra tidligere ægtefælle)' },
  SM_1_2_00: { citation: 'Sociale Meddelelser SM 1-2-00 (problemer med andre flygtninge og forvaltningen)' },
} as const satisfies Record<string, LegalSource>

/** A rule whose effect depends on the commute threshold carries it as a parameter (GET /v1/rules). */
function rule(definition: RuleDefinition, usesCommute: boolean, commuteMinutes: number): RuleDefinition {
  return usesCommute ? { ...definition, parameters: [commuteParameter(commuteMinutes)] } : definition
}

/**
 * The T-* rules with the given commute threshold and minimum hours (the configured values are shown in
 * the catalogue).
 */
export function groundRules(
  commuteMinutes: number,
  minimumHours: number = DEFAULT_MINIMUM_OBLIGING_HOURS_PER_WEEK,
): RuleDefinition[] {
  const { IL_18_2, SEED_000, SEED_001, SEED_003, SEED_004 } = SOURCES
  const withHours = (definition: RuleDefinition): RuleDefinition => ({
    ...definition,
    parameters: [...(definition.parameters ?? []), minimumHoursParameter(minimumHours)],
  })
  return [
    withHours(
      rule(
        {
          id: 'T-EMP',
          title: {
            da: 'Ordinær beskæftigelse i tilflytningskommunen',
            en: 'Ordinary employment in the receiving municipality',
          },
          decides: {
            da: 'Ansøgeren eller ægtefællen har ordinært arbejde (også deltid) i tilflytningskommunen, og flytningen er nødvendig, fordi den offentlige transport er urimelig: forpligter ved varigt job; taler for ved midlertidigt job; utilstrækkeligt ved rimelig transport eller arbejdssted i en anden kommune.',
            en: 'The applicant or spouse has ordinary (also part-time) work in the receiving municipality and the move is necessary because public transport is unreasonable: obliges for a permanent job; supports for a temporary job; insufficient with a reasonable commute or a workplace elsewhere.',
          },
          legalSources: [IL_18_2, SEED_003, SEED_004, DECISIONS.I_4_03, SEED_001],
          validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
        },
        true,
        commuteMinutes,
      ),
    ),
    rule(
      {
        id: 'T-EMP-PRACTICE',
        title: {
          da: 'Praktik med udsigt til ordinær beskæftigelse',
          en: 'Work placement with a prospect of ordinary employment',
        },
        decides: {
          da: 'Virksomhedspraktik eller anden ikke-ordinær beskæftigelse med udsigt til senere ordinært arbejde taler for overtagelse (konkret vurdering), hvis arbejdsstedet er i tilflytningskommunen og transporten urimelig.',
          en: 'A work placement or other non-ordinary work with a prospect of later ordinary employment supports a takeover (individual assessment) when the workplace is in the receiving municipality and the commute unreasonable.',
        },
        legalSources: [IL_18_2, DECISIONS.SM_1_2_02, SEED_001],
        validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
      },
      true,
      commuteMinutes,
    ),
    rule(
      {
        id: 'T-EDU',
        title: {
          da: 'Optagelse på uddannelse i tilflytningskommunen',
          en: 'Admission to an education in the receiving municipality',
        },
        decides: {
          da: 'Forpligter, når ansøgeren eller ægtefællen er optaget, transporten er urimelig, samme uddannelse ikke kan tages lokalt eller med rimelig transport, og uddannelsen er den hurtigste vej til beskæftigelse; ellers utilstrækkeligt.',
          en: 'Obliges when the applicant or spouse is admitted, the commute is unreasonable, the same education is not available locally or within reasonable transport, and it is the fastest route to employment; otherwise insufficient.',
        },
        legalSources: [IL_18_2, SEED_003, SEED_004],
        validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
      },
      true,
      commuteMinutes,
    ),
    {
      id: 'T-SPOUSE',
      title: { da: 'Ægtefælle uden for programmet', en: 'Spouse not covered by the programme' },
      decides: {
        da: 'En ægtefælle, der ikke er omfattet af programmet, bor i eller flytter til tilflytningskommunen: forpligter. Årsagen til ægtefællens flytning er uden betydning.',
        en: 'A spouse not covered by the programme lives in or moves to the receiving municipality: obliges. The reason for the spouse’s move is irrelevant.',
      },
      legalSources: [IL_18_2, SEED_004, DECISIONS.I_2_05, SEED_001],
      validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    },
    {
      id: 'T-SPOUSE-BOTH',
      title: { da: 'Begge ægtefæller i programmet', en: 'Both spouses covered by the programme' },
      decides: {
        da: 'Hver ægtefælle vurderes særskilt, men forpligter den ene ægtefælles forhold til overtagelse, skal kommunen som udgangspunkt overtage begge.',
        en: 'Each spouse is assessed separately, but if one spouse’s circumstances oblige the takeover, the municipality must as a starting point take over both.',
      },
      legalSources: [IL_18_2, SEED_004, SEED_001],
      validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    },
    {
      id: 'T-PARTNER',
      title: { da: 'Kæreste uden fælles barn', en: 'Partner without a common child' },
      decides: {
        da: 'Et kæresteforhold uden fælles barn er ikke en tilstrækkelig nær og fast relation: utilstrækkeligt.',
        en: 'A relationship without a common child is not a sufficiently close and stable family relation: insufficient.',
      },
      legalSources: [IL_18_2, SEED_003, SEED_004],
      validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    },
    {
      id: 'T-PARTNER-CHILD',
      title: { da: 'Kæreste med fælles barn', en: 'Partner with a common child' },
      decides: {
        da: 'Fælles barn, født og med registreret faderskab: forpligter (ansøgeren behøver ikke være flyttet eller have bolig). Før fødsel eller registrering: utilstrækkeligt; der kan søges igen.',
        en: 'A common child, born and with paternity registered: obliges (the applicant need not have moved or found housing). Before birth or registration: insufficient; the applicant may re-apply.',
      },
      legalSources: [IL_18_2, SEED_003, SEED_004],
      validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    },
    rule(
      {
        id: 'T-ILL',
        title: {
          da: 'Sygdom hos ansøgeren eller en nær pårørende',
          en: 'Illness of the applicant or a close relative',
        },
        decides: {
          da: 'Behandling i tilflytningskommunen uden rimelig transport: forpligter ved hyppig behandling (ugentligt eller oftere); taler for ved sjældnere behandling; utilstrækkeligt ved rimelig transport.',
          en: 'Treatment in the receiving municipality without reasonable transport: obliges for frequent treatment (weekly or more); supports for less frequent treatment; insufficient with a reasonable commute.',
        },
        legalSources: [IL_18_2, SEED_003, SEED_004, SEED_001],
        validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
      },
      true,
      commuteMinutes,
    ),
    {
      id: 'T-THREAT',
      title: { da: 'Trusler og sikkerhed', en: 'Threats and safety' },
      decides: {
        da: 'Kan personen af sikkerhedsmæssige årsager ikke vende tilbage: forpligter, når det er dokumenteret (politianmeldelse, journal/krisecentererklæring eller myndigheds anbefaling) og der ikke er større tilknytning til en anden kommune; taler for uden dokumentation.',
        en: 'If the person cannot return for safety reasons: obliges when documented (police report, medical or crisis-centre records, or an authority’s recommendation) and there is no stronger attachment to another municipality; supports without evidence.',
      },
      legalSources: [IL_18_2, SEED_003, SEED_004, DECISIONS.SM_1_3_01, SEED_001],
      validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    },
    {
      id: 'T-DISCRIMINATION',
      title: { da: 'Chikane og diskrimination', en: 'Harassment and discrimination' },
      decides: {
        da: 'Taler for overtagelse, når der er modtaget trusler, og myndighederne vurderer, at situationen ikke kan løses lokalt (anden bolig, skoleskift); ellers utilstrækkeligt.',
        en: 'Supports a takeover when threats were received and the authorities assess that the situation cannot be solved locally (other housing, change of school); otherwise insufficient.',
      },
      legalSources: [IL_18_2, SEED_000],
      validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    },
    {
      id: 'T-MINOR',
      title: {
        da: 'Uledsaget mindreårig anbragt i tilflytningskommunen',
        en: 'Unaccompanied minor placed in the receiving municipality',
      },
      decides: {
        da: 'En uledsaget mindreårig flygtning i programmet anbragt efter serviceloven på en institution i tilflytningskommunen: forpligter.',
        en: 'An unaccompanied minor refugee in the programme placed under the Social Services Act at an institution in the receiving municipality: obliges.',
      },
      legalSources: [IL_18_2, SEED_003, SEED_004, SEED_001],
      validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    },
    {
      id: 'T-FAMILY-FRIENDS',
      title: {
        da: 'Familie eller venner i tilflytningskommunen',
        en: 'Family or friends in the receiving municipality',
      },
      decides: { da: 'Utilstrækkeligt.', en: 'Insufficient.' },
      legalSources: [IL_18_2, SEED_003, SEED_004, DECISIONS.I_2_00],
      validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    },
    {
      id: 'T-LONELINESS',
      title: { da: 'Ensomhed', en: 'Loneliness' },
      decides: { da: 'Utilstrækkeligt.', en: 'Insufficient.' },
      legalSources: [IL_18_2, SEED_003, SEED_004],
      validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    },
    {
      id: 'T-LARGER-CITY',
      title: { da: 'Ønske om større by eller netværk', en: 'Wish for a larger city or a community' },
      decides: {
        da: 'Ønsket om en større by, forventede bedre jobchancer uden konkret job eller nærhed til et fællesskab (fx LGBT+-miljøet i København): utilstrækkeligt.',
        en: 'Wishing for a larger city, expecting better job chances without a concrete job, or wishing to be near a community (e.g. the LGBT+ community in Copenhagen): insufficient.',
      },
      legalSources: [IL_18_2, SEED_000, SEED_003, SEED_004, DECISIONS.I_2_00],
      validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    },
    {
      id: 'T-CONFLICT',
      title: {
        da: 'Konflikter med andre flygtninge eller forvaltningen',
        en: 'Conflicts with other refugees or municipal staff',
      },
      decides: { da: 'Utilstrækkeligt.', en: 'Insufficient.' },
      legalSources: [IL_18_2, DECISIONS.SM_1_2_00, SEED_001],
      validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    },
    {
      id: 'T-OTHER',
      title: { da: 'Andet forhold', en: 'Other circumstance' },
      decides: {
        da: 'Kræver en konkret, individuel vurdering uden formodning for eller imod.',
        en: 'Needs an individual assessment with no presumption either way.',
      },
      legalSources: [IL_18_2],
      validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    },
  ]
}
