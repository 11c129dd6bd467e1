/**
 * The H-* and D-* rules of rules.md § 3 as RuleDefinitions (for `GET /v1/rules` and for citing), and
 * the parameters the date computation uses. Interpretations — choices the service makes where the law
 * is silent — are named parameters with `interpretation: true`, as rules.md requires.
 */

import { DUTY_RULES } from '../duties/rules.ts'
import { LEGAL_BASIS, type RuleDefinition, type RuleParameter, SOURCES } from '../rule-definition.ts'

/** The date on which lov nr. 266 of 19/03/2024 raised H-UKR's count from 4 to 15 weekdays. */
export const UKR_AMENDMENT_DATE = '2024-03-19'
export const UKR_WORKING_DAYS = 15
export const UKR_WORKING_DAYS_BEFORE_AMENDMENT = 4
/** H-PERIOD: 5 years since 1 July 2016 (before: an introduction programme of up to 3 years). */
export const INTEGRATION_PERIOD_YEARS = 5
export const INTEGRATION_PERIOD_5_YEARS_FROM = '2016-07-01'

export interface HandoverParameters {
  /** H-REF (and D-MOVE-BACK, the same words in IL § 32): a date on the 1st makes that month whole. */
  firstOfMonthMakesMonthWhole: boolean
  /** H-UKR: "weekdays" exclude helligdage as well as Saturdays and Sundays. */
  ukrainianWeekdaysExcludeHelligdage: boolean
  /** D-PROCESSING: the municipality's target for deciding a § 18 application, in days. */
  processingTargetDays: number
  /** H-TAKEOVER: where the person had already moved when approved, the takeover counts from approval. */
  takeoverAfterEarlierMoveFrom: 'approval_date'
}

export const DEFAULT_HANDOVER_PARAMETERS: Readonly<HandoverParameters> = Object.freeze({
  firstOfMonthMakesMonthWhole: false,
  ukrainianWeekdaysExcludeHelligdage: true,
  processingTargetDays: 30,
  takeoverAfterEarlierMoveFrom: 'approval_date',
})

/** A parameter as reported in responses: which rule it belongs to and the value used. */
export interface UsedParameter extends RuleParameter {
  ruleId: string
}

const PARAMETER_DOCS: Record<keyof HandoverParameters, Omit<UsedParameter, 'name' | 'value'>> = {
  firstOfMonthMakesMonthWhole: {
    ruleId: 'H-REF',
    interpretation: true,
    description:
      'Whether a visitation decision (or a move back, D-MOVE-BACK) dated the 1st of a month makes that month the "first whole month". The law is silent; default false: the month of the decision is never counted.',
  },
  ukrainianWeekdaysExcludeHelligdage: {
    ruleId: 'H-UKR',
    interpretation: true,
    description:
      'Whether the "weekdays" of særloven § 30 stk. 2 are Monday to Friday that are not helligdage (true, default) or every Monday to Friday (false).',
  },
  processingTargetDays: {
    ruleId: 'D-PROCESSING',
    interpretation: true,
    description:
      "The municipality's own target for deciding a § 18 application, in days, used for tracking. There is no statutory deadline; Ankestyrelsen recommended setting one (seed 003). Never presented as law.",
  },
  takeoverAfterEarlierMoveFrom: {
    ruleId: 'H-TAKEOVER',
    interpretation: true,
    description:
      'Where the person had already moved when the takeover was approved, the takeover takes effect from the approval date (AST states only the case of a move after the approval).',
  },
}

export function resolveParameters(overrides: Partial<HandoverParameters> = {}): HandoverParameters {
  const resolved = { ...DEFAULT_HANDOVER_PARAMETERS }
  // Explicit loop so that an `undefined` override (absent optional field) keeps the default.
  for (const key of Object.keys(overrides) as (keyof HandoverParameters)[]) {
    if (overrides[key] !== undefined) Object.assign(resolved, { [key]: overrides[key] })
  }
  return resolved
}

export function describeParameters(parameters: HandoverParameters): UsedParameter[] {
  return (Object.keys(PARAMETER_DOCS) as (keyof HandoverParameters)[]).map((name) => ({
    name,
    value: parameters[name],
    ...PARAMETER_DOCS[name],
  }))
}

function parameter(name: keyof HandoverParameters): RuleParameter {
  const { ruleId: _ruleId, ...doc } = PARAMETER_DOCS[name]
  return { name, value: DEFAULT_HANDOVER_PARAMETERS[name], ...doc }
}

export const HANDOVER_RULES: readonly RuleDefinition[] = Object.freeze([
  {
    id: 'H-REF',
    title: {
      da: 'Ansvarsovergang for flygtninge (asyl)',
      en: 'Handover of responsibility for asylum refugees',
    },
    decides: {
      da: 'Ansvaret overgår ved udgangen af den første hele måned efter Udlændingestyrelsens visiteringsafgørelse, dvs. den 1. i den følgende måned; falder den på en lørdag, søndag eller helligdag, overgår ansvaret den næste hverdag.',
      en: "Responsibility passes at the end of the first whole month after Udlændingestyrelsen's visitation decision, i.e. on the 1st of the following month; if that is a Saturday, Sunday or helligdag, on the next weekday.",
    },
    legalSources: [SOURCES.IL_4_2, SOURCES.SEED_001],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    parameters: [parameter('firstOfMonthMakesMonthWhole')],
  },
  {
    id: 'H-EARLY',
    title: { da: 'Tidligere overtagelse med samtykke', en: 'Earlier takeover with consent' },
    decides: {
      da: 'Med flygtningens samtykke kan kommunen overtage ansvaret før H-REF-datoen; integrationsperioden regnes da fra den aftalte dato.',
      en: "With the refugee's consent the municipality may take over before the H-REF date; the integration period then counts from the agreed date.",
    },
    legalSources: [SOURCES.IL_4_2, SOURCES.SEED_001],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  {
    id: 'H-CPR',
    title: { da: 'Kvoteflygtninge og familiesammenførte', en: 'Quota refugees and family-reunified persons' },
    decides: {
      da: 'Ansvaret overgår ved registrering i CPR som tilflyttet kommunen; er ansøgningen om opholdstilladelse indgivet her i landet, fra meddelelsen af opholdstilladelsen.',
      en: 'Responsibility passes on registration in CPR as moved into the municipality; if the residence application was submitted in Denmark, on the date of the permit.',
    },
    legalSources: [SOURCES.IL_4_3, SOURCES.SEED_001],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  {
    id: 'H-UKR',
    title: { da: 'Fordrevne fra Ukraine (særloven)', en: 'Displaced persons from Ukraine (special act)' },
    decides: {
      da: `Ansvaret overgår senest ${UKR_WORKING_DAYS} hverdage efter visiteringsafgørelsen (${UKR_WORKING_DAYS_BEFORE_AMENDMENT} hverdage for afgørelser før 19. marts 2024).`,
      en: `Responsibility passes at the latest ${UKR_WORKING_DAYS} weekdays after the visitation decision (${UKR_WORKING_DAYS_BEFORE_AMENDMENT} weekdays for decisions before 19 March 2024).`,
    },
    legalSources: [SOURCES.UKR_30_2],
    validFrom: LEGAL_BASIS.UKRAINE_SPECIAL_ACT.from,
    parameters: [parameter('ukrainianWeekdaysExcludeHelligdage')],
  },
  {
    id: 'H-TAKEOVER',
    title: { da: 'Virkningstidspunkt for overtagelse efter § 18', en: 'Effective date of a § 18 takeover' },
    decides: {
      da: 'Flytter personen efter tilsagnet, har overtagelsen virkning fra tilflytningsdatoen; var personen allerede flyttet, fra tilsagnsdatoen (fortolkning).',
      en: 'If the person moves after the approval, the takeover takes effect from the move-in date; if they had already moved, from the approval date (interpretation).',
    },
    legalSources: [SOURCES.IL_18_1, SOURCES.SEED_003, SOURCES.SEED_004],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    parameters: [parameter('takeoverAfterEarlierMoveFrom')],
  },
  {
    id: 'H-PERIOD',
    title: { da: 'Integrationsperioden', en: 'The integration period' },
    decides: {
      da: `Integrationsperioden varer ${INTEGRATION_PERIOD_YEARS} år fra ansvarsdatoen; derefter kan personen flytte frit. En overtagelse efter § 18 starter ikke perioden forfra.`,
      en: `The integration period lasts ${INTEGRATION_PERIOD_YEARS} years from the responsibility date; afterwards the person moves freely. A § 18 takeover does not restart it.`,
    },
    legalSources: [SOURCES.IL_16, SOURCES.SEED_001, SOURCES.SEED_004],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  {
    id: 'D-CONTRACT',
    title: { da: 'Frist for kontrakt', en: 'Contract deadline' },
    decides: {
      da: 'Kommunen (også tilflytningskommunen efter § 18) indgår kontrakt inden 1 måned efter overtagelsen af ansvaret.',
      en: 'The municipality (also the receiving one after § 18) makes the contract within 1 month of taking over responsibility.',
    },
    legalSources: [SOURCES.IL_19, SOURCES.SEED_001, SOURCES.SEED_002, SOURCES.SEED_003],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  {
    id: 'D-FIRST-OFFER',
    title: { da: 'Første virksomhedsrettede tilbud', en: 'First company-based offer' },
    decides: {
      da: 'Første virksomhedsrettede tilbud så vidt muligt inden for 2 uger og senest efter 1 måned.',
      en: 'First company-based offer if possible within 2 weeks and at the latest after 1 month.',
    },
    legalSources: [SOURCES.IL_16, SOURCES.SEED_003],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  {
    id: 'D-VISITATION',
    title: { da: 'Visitation efter 3 måneder', en: 'Assessment after 3 months' },
    decides: {
      da: 'Personen anses som jobparat de første 3 måneder; inden da vurderer kommunen jobparat eller aktivitetsparat.',
      en: 'The person counts as job-ready for the first 3 months; by then the municipality assesses job-ready or activity-ready.',
    },
    legalSources: [SOURCES.IL_17],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  {
    id: 'D-SIX-WEEKS',
    title: { da: 'Højst 6 uger mellem tilbud', en: 'At most 6 weeks between offers' },
    decides: {
      da: 'For jobparate må der højst gå 6 uger mellem virksomhedsrettede tilbud.',
      en: 'For job-ready persons at most 6 weeks between company-based offers.',
    },
    legalSources: [SOURCES.IL_17A, SOURCES.SEED_003],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  {
    id: 'D-MOVE-BACK',
    title: { da: 'Fuld ydelse efter tilbageflytning', en: 'Full benefit after moving back' },
    decides: {
      da: 'Flytter en person med nedsat ydelse tilbage, udbetales fuld ydelse (efter ansøgning) fra udgangen af den første hele måned efter tilbageflytningen. Ingen rykning til hverdag.',
      en: 'A person whose benefit was reduced and who moves back gets the full benefit again (on application) from the end of the first whole month after moving back. No weekday roll-forward.',
    },
    legalSources: [SOURCES.IL_32_2, SOURCES.SEED_004],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  {
    id: 'D-PROCESSING',
    title: { da: 'Mål for sagsbehandlingstid (§ 18)', en: 'Processing-time target (§ 18)' },
    decides: {
      da: 'Der er ingen lovbestemt frist for afgørelse af en § 18-ansøgning; kommunens eget mål bruges til opfølgning.',
      en: "There is no statutory deadline for deciding a § 18 application; the municipality's own target is used for tracking.",
    },
    legalSources: [SOURCES.SEED_003],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    parameters: [parameter('processingTargetDays')],
  },
] satisfies RuleDefinition[])

export function handoverRule(id: string): RuleDefinition {
  const rule = HANDOVER_RULES.find((r) => r.id === id) ?? DUTY_RULES.find((r) => r.id === id)
  if (!rule) throw new Error(`unknown handover rule ${id}`)
  return rule
}
