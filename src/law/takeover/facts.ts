/**
 * How each fact of a § 18 ground reads in an explanation, in Danish and English ("envejs transporttid
 * 150 min. > grænsen 90 min."), and how it reads when it is missing. Shared by several rules, so kept in
 * one file: T-EMP, T-EMP-PRACTICE and T-EDU share `holder` and the commute with T-ILL, and both spouse
 * rules share `spouseCoveredByProgramme`. Each rule module takes the facts it speaks about with
 * `factMessages(...)` (codes `fact.<name>` and `missing.<name>`); the evaluation turns a fact's value into
 * language-neutral message values with `factValues`.
 */
import { municipalityName, normaliseMunicipalityCode } from '../municipalities.ts'
import type { LocalisedText } from '../rule-definition.ts'
import type { Message, MessageValues } from '../rule-module.ts'
import type { FactName } from './grounds.ts'

/** What the values of a fact's message depend on besides the fact itself. */
export interface FactContext {
  toMunicipality: string
  reasonableOneWayCommuteMinutes: number
}

export type FactValue = string | number | boolean

interface FactText {
  /** The fact's name, used when it is missing. */
  label: Message
  /** The fact with its value, as an explanation states it. */
  describe: Message
  /** The message values of a value (default: `{value}`). */
  values?: (value: FactValue, ctx: FactContext) => MessageValues
}

/** A number as the service has always written it: no grouping, the decimal comma in Danish (2,5). */
const number = (name: string) => `{${name}, number, ::group-off .##########}`

function yesNo(label: LocalisedText, yes: LocalisedText, no: LocalisedText): FactText {
  return {
    label,
    describe: {
      da: `{value, select, true {${yes.da}} other {${no.da}}}`,
      en: `{value, select, true {${yes.en}} other {${no.en}}}`,
    },
  }
}

function place(code: string): string {
  const normalised = normaliseMunicipalityCode(code) ?? code
  const name = municipalityName(normalised)
  return name ? `${normalised} ${name}` : normalised
}

function municipality(label: LocalisedText, what: LocalisedText): FactText {
  return {
    label,
    describe: {
      da: `${what.da} i kommune {place}{receiving, select, true { (tilflytningskommunen)} other {, ikke i tilflytningskommunen {toPlace}}}`,
      en: `${what.en} in municipality {place}{receiving, select, true { (the receiving municipality)} other {, not in the receiving municipality {toPlace}}}`,
    },
    values: (value, ctx) => ({
      place: place(String(value)),
      receiving: normaliseMunicipalityCode(String(value)) === ctx.toMunicipality,
      toPlace: place(ctx.toMunicipality),
    }),
  }
}

const commute: FactText = {
  label: { da: 'envejs transporttid med offentlig transport', en: 'one-way public-transport commute' },
  describe: {
    da: `envejs transporttid ${number('minutes')} min. {unreasonable, select, true {> grænsen ${number('limit')} min. (urimelig)} other {≤ grænsen ${number('limit')} min. (rimelig)}}`,
    en: `one-way commute ${number('minutes')} min {unreasonable, select, true {> threshold ${number('limit')} min (unreasonable)} other {≤ threshold ${number('limit')} min (reasonable)}}`,
  },
  values: (value, ctx) => ({
    minutes: Number(value),
    limit: ctx.reasonableOneWayCommuteMinutes,
    unreasonable: Number(value) > ctx.reasonableOneWayCommuteMinutes,
  }),
}

const FACTS: Record<FactName, FactText> = {
  holder: {
    label: { da: 'hvem forholdet angår (ansøger/ægtefælle)', en: 'whom it concerns (applicant/spouse)' },
    describe: {
      da: '{value, select, spouse {ægtefællen} other {ansøgeren}}',
      en: '{value, select, spouse {the spouse} other {the applicant}}',
    },
  },
  workplaceMunicipality: municipality(
    { da: 'arbejdsstedets kommune', en: 'workplace municipality' },
    { da: 'arbejdssted', en: 'workplace' },
  ),
  ordinary: yesNo(
    { da: 'om beskæftigelsen er ordinær', en: 'whether the employment is ordinary' },
    { da: 'ordinær beskæftigelse', en: 'ordinary employment' },
    { da: 'ikke-ordinær beskæftigelse (praktik)', en: 'non-ordinary work (work placement)' },
  ),
  permanent: yesNo(
    { da: 'om beskæftigelsen er varig', en: 'whether the employment is permanent' },
    { da: 'varig ansættelse', en: 'permanent job' },
    { da: 'midlertidig ansættelse', en: 'temporary job' },
  ),
  hoursPerWeek: {
    label: { da: 'timer om ugen', en: 'hours per week' },
    describe: { da: `${number('value')} timer om ugen`, en: `${number('value')} hours a week` },
  },
  oneWayCommuteMinutes: commute,
  institutionMunicipality: municipality(
    { da: 'uddannelsesstedets kommune', en: 'municipality of the place of education' },
    { da: 'uddannelsessted', en: 'place of education' },
  ),
  admitted: yesNo(
    { da: 'om der er optagelse', en: 'whether admitted' },
    { da: 'optaget på uddannelsen', en: 'admitted to the education' },
    { da: 'ikke optaget', en: 'not admitted' },
  ),
  availableNearCurrentHome: yesNo(
    {
      da: 'om samme uddannelse kan tages lokalt eller med rimelig transport',
      en: 'whether the same education is available locally or within reasonable transport',
    },
    {
      da: 'samme uddannelse kan tages lokalt eller med rimelig transport',
      en: 'the same education is available locally or within reasonable transport',
    },
    {
      da: 'samme uddannelse kan ikke tages lokalt eller med rimelig transport',
      en: 'the same education is not available locally or within reasonable transport',
    },
  ),
  fastestRouteToEmployment: yesNo(
    {
      da: 'om uddannelsen er den hurtigste vej til beskæftigelse',
      en: 'whether the education is the fastest route to employment',
    },
    {
      da: 'uddannelsen er den hurtigste vej til beskæftigelse',
      en: 'the education is the fastest route to employment',
    },
    {
      da: 'uddannelsen er ikke den hurtigste vej til beskæftigelse',
      en: 'the education is not the fastest route to employment',
    },
  ),
  spouseCoveredByProgramme: yesNo(
    { da: 'om ægtefællen er omfattet af programmet', en: 'whether the spouse is covered by the programme' },
    { da: 'ægtefællen er omfattet af programmet', en: 'the spouse is covered by the programme' },
    { da: 'ægtefællen er ikke omfattet af programmet', en: 'the spouse is not covered by the programme' },
  ),
  spouseMunicipality: municipality(
    { da: 'ægtefællens bopælskommune', en: 'the spouse’s municipality' },
    { da: 'ægtefællen bor/flytter', en: 'the spouse lives/moves' },
  ),
  linkedApplicationId: {
    label: {
      da: 'ægtefællens ansøgning (linkedApplicationId) med kendt udfald',
      en: 'the spouse’s application (linkedApplicationId) with a known outcome',
    },
    describe: { da: 'ægtefællens ansøgning {value}', en: 'the spouse’s application {value}' },
  },
  commonChildBorn: yesNo(
    { da: 'om der er født et fælles barn', en: 'whether a common child is born' },
    { da: 'fælles barn er født', en: 'a common child is born' },
    { da: 'intet født fælles barn', en: 'no common child born' },
  ),
  paternityRegistered: yesNo(
    { da: 'om faderskabet er registreret', en: 'whether paternity is registered' },
    { da: 'faderskabet er registreret (anerkendt)', en: 'paternity is registered (acknowledged)' },
    { da: 'faderskabet er ikke registreret', en: 'paternity is not registered' },
  ),
  patient: {
    label: { da: 'hvem der er syg', en: 'who is ill' },
    describe: {
      da: '{value, select, close_relative {en nær pårørende} other {ansøgeren}}',
      en: '{value, select, close_relative {a close relative} other {the applicant}}',
    },
  },
  treatmentMunicipality: municipality(
    { da: 'behandlingsstedets kommune', en: 'municipality of the place of treatment' },
    { da: 'behandlingssted', en: 'place of treatment' },
  ),
  treatmentsPerWeek: {
    label: { da: 'antal behandlinger om ugen', en: 'treatments per week' },
    describe: {
      da: `behandling ${number('value')} gang(e) om ugen`,
      en: `treatment ${number('value')} time(s) a week`,
    },
  },
  cannotReturnForSafety: yesNo(
    {
      da: 'om personen af sikkerhedsmæssige årsager ikke kan vende tilbage',
      en: 'whether the person cannot return for safety reasons',
    },
    { da: 'kan af sikkerhedsmæssige årsager ikke vende tilbage', en: 'cannot return for safety reasons' },
    { da: 'ingen sikkerhedsmæssige årsager oplyst', en: 'no safety reason stated' },
  ),
  reportedToPolice: yesNo(
    { da: 'om truslerne er anmeldt til politiet', en: 'whether the threats were reported to the police' },
    { da: 'anmeldt til politiet', en: 'reported to the police' },
    { da: 'ikke anmeldt til politiet', en: 'not reported to the police' },
  ),
  documentedByHealthOrCrisisCentre: yesNo(
    {
      da: 'om volden er dokumenteret ved journal fra læge/hospital eller krisecentererklæring',
      en: 'whether violence is documented by medical records or a crisis-centre statement',
    },
    {
      da: 'dokumenteret ved journal eller krisecentererklæring',
      en: 'documented by medical records or a crisis-centre statement',
    },
    { da: 'ingen journal eller krisecentererklæring', en: 'no medical records or crisis-centre statement' },
  ),
  authorityRecommendsRelocation: yesNo(
    {
      da: 'om politiet eller en anden myndighed anbefaler ikke at bo nær gerningspersonen',
      en: 'whether the police or another authority recommends not living near the perpetrator',
    },
    {
      da: 'myndighed anbefaler ikke at bo nær gerningspersonen',
      en: 'an authority recommends not living near the perpetrator',
    },
    { da: 'ingen anbefaling fra myndighed', en: 'no recommendation from an authority' },
  ),
  strongerAttachmentElsewhere: yesNo(
    {
      da: 'om der er større tilknytning til en anden kommune',
      en: 'whether there is a stronger attachment to another municipality',
    },
    { da: 'større tilknytning til en anden kommune', en: 'stronger attachment to another municipality' },
    {
      da: 'ingen større tilknytning til en anden kommune',
      en: 'no stronger attachment to another municipality',
    },
  ),
  lgbtqRelated: yesNo(
    { da: 'om forholdet er LGBT+-relateret', en: 'whether it is LGBT+-related' },
    { da: 'LGBT+-relateret', en: 'LGBT+-related' },
    { da: 'ikke LGBT+-relateret', en: 'not LGBT+-related' },
  ),
  threatsReceived: yesNo(
    { da: 'om der er modtaget trusler', en: 'whether threats were received' },
    { da: 'trusler modtaget', en: 'threats received' },
    { da: 'ingen trusler modtaget', en: 'no threats received' },
  ),
  authoritiesAssessNotSolvableLocally: yesNo(
    {
      da: 'om myndighederne vurderer, at situationen ikke kan løses lokalt',
      en: 'whether the authorities assess that it cannot be solved locally',
    },
    {
      da: 'myndighederne vurderer, at det ikke kan løses lokalt',
      en: 'the authorities assess that it cannot be solved locally',
    },
    {
      da: 'myndighederne vurderer ikke, at det ikke kan løses lokalt',
      en: 'the authorities do not assess that it cannot be solved locally',
    },
  ),
  placementMunicipality: municipality(
    { da: 'anbringelsesstedets kommune', en: 'municipality of the placement' },
    { da: 'anbragt', en: 'placed' },
  ),
  description: {
    label: { da: 'beskrivelse af forholdet', en: 'description of the circumstance' },
    describe: { da: 'beskrivelse: »{quoted}«', en: 'description: “{quoted}”' },
    values: (value) => {
      // Free text from the applicant: quoted and capped so an explanation stays a sentence.
      const text = String(value).trim()
      return { quoted: text.length > 200 ? `${text.slice(0, 199)}…` : text }
    },
  },
}

/** The message codes of facts: `fact.<name>` states it, `missing.<name>` names it when missing. */
export type FactCode<F extends FactName> = `fact.${F}` | `missing.${F}`

/** The messages a rule module needs for the facts it speaks about. */
export function factMessages<const F extends FactName>(...facts: F[]): Record<FactCode<F>, Message> {
  const messages: Record<string, Message> = {}
  for (const fact of facts) {
    messages[`fact.${fact}`] = FACTS[fact].describe
    messages[`missing.${fact}`] = FACTS[fact].label
  }
  return messages as Record<FactCode<F>, Message>
}

/** The language-neutral values of a fact's message. */
export function factValues(fact: FactName, value: FactValue, ctx: FactContext): MessageValues {
  const values = FACTS[fact].values
  return values ? values(value, ctx) : { value }
}
