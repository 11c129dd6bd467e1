/**
 * The general rules (G-*) an answer explains next to the grounds (rules.md § 2): G-VOLUNTARY always;
 * G-PERIOD when a responsibility date is known; G-NO-HOUSING-CONDITION and G-NO-HOUSING-DUTY when a
 * takeover may follow; G-REPEAT when nothing weighs for one.
 */
import type { Language, LocalisedText, RuleDefinition } from '../rule-definition.ts'
import type { AssessmentOutcome } from '../vocabulary.ts'
import { ruleInForce } from './catalogue.ts'
import type { AssessmentNote, GroundAssessment } from './grounds.ts'

export interface IntegrationPeriod {
  responsibilityDate: string
  freeMovementFrom: string
  ended: boolean
}

export interface NotesInput {
  outcome: AssessmentOutcome
  grounds: readonly GroundAssessment[]
  period: IntegrationPeriod | undefined
  rules: readonly RuleDefinition[]
  asOf: string
  language: Language
}

function periodText({ responsibilityDate, freeMovementFrom, ended }: IntegrationPeriod): LocalisedText {
  return ended
    ? {
        da: `Integrationsperioden på 5 år fra ansvarsdatoen ${responsibilityDate} er udløbet; personen kan flytte frit fra ${freeMovementFrom} uden at søge om overtagelse. De enkelte forhold er vurderet til orientering, men udfaldet er "ikke forpligtet", fordi en overtagelse ikke er nødvendig.`,
        en: `The integration period of 5 years from the responsibility date ${responsibilityDate} has ended; the person moves freely from ${freeMovementFrom} without applying for a takeover. The grounds are assessed for information, but the outcome is "not obligated" because no takeover is needed.`,
      }
    : {
        da: `Integrationsperioden løber 5 år fra ansvarsdatoen ${responsibilityDate}; fra ${freeMovementFrom} kan personen flytte frit. En overtagelse efter § 18 genstarter ikke perioden.`,
        en: `The integration period runs 5 years from the responsibility date ${responsibilityDate}; from ${freeMovementFrom} the person moves freely. A takeover under section 18 does not restart the period.`,
      }
}

const VOLUNTARY: LocalisedText = {
  da: 'Tilflytningskommunen kan altid vælge at overtage integrationsansvaret, uanset denne vurdering (integrationslovens § 18, stk. 1). § 18 er en skønsmæssig bestemmelse: vurderingen er beslutningsstøtte, og Ankestyrelsens vejledende eksempler er ikke en facitliste; sagsbehandleren træffer afgørelsen.',
  en: 'The receiving municipality may always choose to take over the integration responsibility, whatever this assessment (section 18(1) of the Integration Act). Section 18 is discretionary: this assessment is decision support, AST’s guiding examples are not an answer key, and the caseworker decides.',
}

const NO_HOUSING_CONDITION: LocalisedText = {
  da: 'En godkendelse kan ikke gøres betinget af, at ansøgeren først finder en bolig; "vi overtager, når du har en bolig" er et afslag. Ansøgeren behøver ikke være flyttet; flytter ansøgeren efter godkendelsen, får overtagelsen virkning fra tilflytningsdatoen.',
  en: 'An approval cannot be made conditional on the applicant first finding housing; "we take over once you have a home" is a refusal. The applicant need not have moved; if the move follows the approval, the takeover takes effect from the move-in date.',
}

function noHousingDuty(illnessObliges: boolean): LocalisedText {
  const base: LocalisedText = {
    da: 'En overtagelse forpligter som hovedregel ikke tilflytningskommunen til at anvise en bolig (integrationslovens § 18, stk. 3).',
    en: 'As a rule a takeover does not oblige the receiving municipality to provide housing (section 18(3) of the Integration Act).',
  }
  if (!illnessObliges) return base
  // The exception of § 18 stk. 3: very special personal circumstances such as serious illness.
  return {
    da: `${base.da} Undtaget er helt særlige personlige forhold som alvorlig sygdom, der kræver behandling; sygdomsforholdet i denne sag skal derfor vurderes i forhold til en eventuel boliganvisning.`,
    en: `${base.en} The exception is very special personal circumstances such as serious illness needing treatment; the illness in this case must therefore be considered for housing.`,
  }
}

const REPEAT: LocalisedText = {
  da: 'Samme person kan søge igen, hvis forholdene ændrer sig, fx ved ordinært arbejde i tilflytningskommunen eller et fælles barns fødsel.',
  en: 'The same person may apply again if circumstances change, e.g. ordinary work in the receiving municipality or the birth of a common child.',
}

export function takeoverNotes(input: NotesInput): AssessmentNote[] {
  const { outcome, grounds, period, rules, asOf, language } = input
  const texts: [string, LocalisedText][] = []
  if (period) texts.push(['G-PERIOD', periodText(period)])
  texts.push(['G-VOLUNTARY', VOLUNTARY])
  if (outcome !== 'not_obligated') {
    const illnessObliges = grounds.some((g) => g.type === 'illness' && g.effect === 'obligates')
    texts.push(
      ['G-NO-HOUSING-CONDITION', NO_HOUSING_CONDITION],
      ['G-NO-HOUSING-DUTY', noHousingDuty(illnessObliges)],
    )
  } else if (!period?.ended) {
    texts.push(['G-REPEAT', REPEAT])
  }
  return texts.map(([ruleId, text]) => ({
    ruleId,
    text: text[language],
    legalSources: ruleInForce(rules, ruleId, asOf).legalSources,
  }))
}
