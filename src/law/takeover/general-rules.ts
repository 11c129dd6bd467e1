/**
 * The G-* rules of rules.md § 2: general rules that every § 18 answer enforces or explains as notes.
 */
import { LEGAL_BASIS, type RuleDefinition, SOURCES } from '../rule-definition.ts'

export const GENERAL_RULES: readonly RuleDefinition[] = [
  {
    id: 'G-VOLUNTARY',
    title: { da: 'Frivillig overtagelse', en: 'Voluntary takeover' },
    decides: {
      da: 'Tilflytningskommunen kan altid vælge at overtage integrationsansvaret, uanset vurderingen efter stk. 2.',
      en: 'The receiving municipality may always take over the integration responsibility, whatever the assessment under subsection 2.',
    },
    legalSources: [SOURCES.IL_18_1, SOURCES.SEED_003, SOURCES.SEED_004],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  {
    id: 'G-NO-HOUSING-CONDITION',
    title: { da: 'Ingen boligbetingelse', en: 'No housing condition' },
    decides: {
      da: 'En godkendelse kan ikke gøres betinget af, at ansøgeren først finder en bolig; "vi overtager, når du har en bolig" er et afslag. Ansøgeren behøver ikke være flyttet, når der søges.',
      en: 'An approval cannot be made conditional on the applicant first finding housing; "we take over once you have a home" is a refusal. The applicant need not have moved when applying.',
    },
    legalSources: [SOURCES.IL_18_2, SOURCES.SEED_003],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  {
    id: 'G-NO-HOUSING-DUTY',
    title: { da: 'Ingen pligt til at anvise bolig', en: 'No duty to provide housing' },
    decides: {
      da: 'En overtagelse forpligter ikke kommunen til at anvise bolig, undtagen ved helt særlige personlige forhold som alvorlig sygdom, der kræver behandling.',
      en: 'A takeover does not oblige the municipality to provide housing, except for very special personal circumstances such as serious illness needing treatment.',
    },
    legalSources: [SOURCES.IL_18_3, SOURCES.SEED_004, SOURCES.SEED_001],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  {
    id: 'G-PERIOD',
    title: { da: 'Kun inden for integrationsperioden', en: 'Only within the integration period' },
    decides: {
      da: 'En ansøgning giver kun mening i integrationsperioden (5 år fra ansvarsdatoen); fra 5-årsdagen kan personen flytte frit.',
      en: 'An application only makes sense within the integration period (5 years from the responsibility date); from the fifth anniversary the person moves freely.',
    },
    legalSources: [SOURCES.IL_16, SOURCES.SEED_004],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  {
    id: 'G-REPEAT',
    title: { da: 'Gentagne ansøgninger', en: 'Repeated applications' },
    decides: {
      da: 'Samme person kan søge flere gange, fx efter et afslag, når forholdene ændrer sig (ordinært job, barnets fødsel).',
      en: 'The same person may apply several times, e.g. after a refusal, when circumstances change (ordinary job, birth of a child).',
    },
    legalSources: [SOURCES.SEED_000],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
]
