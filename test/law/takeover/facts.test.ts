/**
 * How each fact of a § 18 ground reads in an explanation (facts.ts, rules.md § 2), in Danish and English:
 * the fact with its value as the ground's explanation states it ("envejs transporttid 150 min. > grænsen
 * 90 min."), and its name with its JSON pointer when it is missing. One row per fact and value: the
 * phrase that matters, not whole paragraphs.
 */
import { describe, expect, it } from 'vitest'
import { assessTakeover, type TakeoverGround } from '../../../src/law/takeover/index.ts'
import { OBLIGATING_EDUCATION, OBLIGATING_ILLNESS, OBLIGATING_JOB, OPTIONS } from './support.ts'

/** The explanation of a single ground, moving from Morsø (773) to København (101), in both languages. */
function explain(ground: TakeoverGround, options: { minimumObligingHoursPerWeek?: number } = {}) {
  const linkedOutcomes = new Map([['linked-obligated', 'obligated' as const]])
  const run = (language: 'da' | 'en') =>
    assessTakeover(
      { fromMunicipality: '773', toMunicipality: '101', grounds: [ground] },
      { ...OPTIONS, ...options, language, linkedOutcomes },
    ).grounds[0]?.explanation ?? ''
  return { da: run('da'), en: run('en') }
}

const job = OBLIGATING_JOB
const education = OBLIGATING_EDUCATION
const illness = OBLIGATING_ILLNESS
const threats = {
  type: 'threats',
  cannotReturnForSafety: true,
  reportedToPolice: true,
  documentedByHealthOrCrisisCentre: true,
  authorityRecommendsRelocation: true,
  strongerAttachmentElsewhere: false,
} as const
const threatsUndocumented = {
  type: 'threats',
  cannotReturnForSafety: true,
  reportedToPolice: false,
  documentedByHealthOrCrisisCentre: false,
  authorityRecommendsRelocation: false,
  strongerAttachmentElsewhere: false,
} as const

interface StatedFact {
  fact: string
  ground: TakeoverGround
  da: string
  en: string
}

const STATED: StatedFact[] = [
  {
    fact: 'holder = spouse',
    ground: { ...job, holder: 'spouse' },
    da: 'Beskæftigelse (ægtefællen):',
    en: 'Employment (the spouse):',
  },
  {
    fact: 'holder = applicant',
    ground: { ...job, holder: 'applicant' },
    da: 'Beskæftigelse (ansøgeren):',
    en: 'Employment (the applicant):',
  },
  {
    fact: 'workplaceMunicipality in the receiving municipality',
    ground: job,
    da: 'arbejdssted i kommune 101 København (tilflytningskommunen)',
    en: 'workplace in municipality 101 København (the receiving municipality)',
  },
  {
    fact: 'workplaceMunicipality elsewhere',
    ground: { ...job, workplaceMunicipality: '147' },
    da: 'arbejdssted i kommune 147 Frederiksberg, ikke i tilflytningskommunen 101 København',
    en: 'workplace in municipality 147 Frederiksberg, not in the receiving municipality 101 København',
  },
  { fact: 'ordinary = true', ground: job, da: ': ordinær beskæftigelse;', en: ': ordinary employment;' },
  {
    fact: 'ordinary = false',
    ground: { ...job, ordinary: false },
    da: 'ikke-ordinær beskæftigelse (praktik)',
    en: 'non-ordinary work (work placement)',
  },
  { fact: 'permanent = true', ground: job, da: '; varig ansættelse;', en: '; permanent job;' },
  {
    fact: 'permanent = false',
    ground: { ...job, permanent: false },
    da: '; midlertidig ansættelse;',
    en: '; temporary job;',
  },
  {
    fact: 'hoursPerWeek',
    ground: { ...job, hoursPerWeek: 37.5 },
    da: '; 37,5 timer om ugen;',
    en: '; 37.5 hours a week;',
  },
  {
    fact: 'oneWayCommuteMinutes above the threshold',
    ground: job,
    da: 'envejs transporttid 150 min. > grænsen 90 min. (urimelig)',
    en: 'one-way commute 150 min > threshold 90 min (unreasonable)',
  },
  {
    fact: 'oneWayCommuteMinutes at most the threshold',
    ground: { ...illness, oneWayCommuteMinutes: 90 },
    da: 'envejs transporttid 90 min. ≤ grænsen 90 min. (rimelig)',
    en: 'one-way commute 90 min ≤ threshold 90 min (reasonable)',
  },
  {
    fact: 'institutionMunicipality',
    ground: education,
    da: 'uddannelsessted i kommune 101 København (tilflytningskommunen)',
    en: 'place of education in municipality 101 København (the receiving municipality)',
  },
  {
    fact: 'admitted = true',
    ground: education,
    da: ': optaget på uddannelsen;',
    en: ': admitted to the education;',
  },
  {
    fact: 'admitted = false',
    ground: { ...education, admitted: false },
    da: ': ikke optaget.',
    en: ': not admitted.',
  },
  {
    fact: 'availableNearCurrentHome = false',
    ground: education,
    da: 'samme uddannelse kan ikke tages lokalt eller med rimelig transport',
    en: 'the same education is not available locally or within reasonable transport',
  },
  {
    fact: 'availableNearCurrentHome = true',
    ground: { ...education, availableNearCurrentHome: true },
    da: ': samme uddannelse kan tages lokalt eller med rimelig transport.',
    en: ': the same education is available locally or within reasonable transport.',
  },
  {
    fact: 'fastestRouteToEmployment = true',
    ground: education,
    da: '; uddannelsen er den hurtigste vej til beskæftigelse.',
    en: '; the education is the fastest route to employment.',
  },
  {
    fact: 'fastestRouteToEmployment = false',
    ground: { ...education, fastestRouteToEmployment: false },
    da: 'uddannelsen er ikke den hurtigste vej til beskæftigelse',
    en: 'the education is not the fastest route to employment',
  },
  {
    fact: 'spouseCoveredByProgramme = true',
    ground: { type: 'spouse', spouseCoveredByProgramme: true, linkedApplicationId: 'linked-obligated' },
    da: ': ægtefællen er omfattet af programmet;',
    en: ': the spouse is covered by the programme;',
  },
  {
    fact: 'spouseCoveredByProgramme = false',
    ground: { type: 'spouse', spouseCoveredByProgramme: false, spouseMunicipality: '101' },
    da: 'ægtefællen er ikke omfattet af programmet',
    en: 'the spouse is not covered by the programme',
  },
  {
    fact: 'spouseMunicipality elsewhere',
    ground: { type: 'spouse', spouseCoveredByProgramme: false, spouseMunicipality: '147' },
    da: 'ægtefællen bor/flytter i kommune 147 Frederiksberg, ikke i tilflytningskommunen 101 København',
    en: 'the spouse lives/moves in municipality 147 Frederiksberg, not in the receiving municipality 101 København',
  },
  {
    fact: 'linkedApplicationId',
    ground: { type: 'spouse', spouseCoveredByProgramme: true, linkedApplicationId: 'linked-obligated' },
    da: '; ægtefællens ansøgning linked-obligated.',
    en: '; the spouse’s application linked-obligated.',
  },
  {
    fact: 'commonChildBorn = true, paternityRegistered = true',
    ground: { type: 'partner', commonChildBorn: true, paternityRegistered: true },
    da: ': fælles barn er født; faderskabet er registreret (anerkendt).',
    en: ': a common child is born; paternity is registered (acknowledged).',
  },
  {
    fact: 'commonChildBorn = false',
    ground: { type: 'partner', commonChildBorn: false },
    da: ': intet født fælles barn.',
    en: ': no common child born.',
  },
  {
    fact: 'paternityRegistered = false',
    ground: { type: 'partner', commonChildBorn: true, paternityRegistered: false },
    da: ': faderskabet er ikke registreret.',
    en: ': paternity is not registered.',
  },
  {
    fact: 'patient = close_relative',
    ground: { ...illness, patient: 'close_relative' },
    da: 'Sygdom (en nær pårørende):',
    en: 'Illness (a close relative):',
  },
  {
    fact: 'patient = applicant',
    ground: { ...illness, patient: 'applicant' },
    da: 'Sygdom (ansøgeren):',
    en: 'Illness (the applicant):',
  },
  {
    fact: 'treatmentMunicipality',
    ground: illness,
    da: 'behandlingssted i kommune 101 København (tilflytningskommunen)',
    en: 'place of treatment in municipality 101 København (the receiving municipality)',
  },
  {
    fact: 'treatmentsPerWeek',
    ground: { ...illness, treatmentsPerWeek: 2.5 },
    da: 'behandling 2,5 gang(e) om ugen',
    en: 'treatment 2.5 time(s) a week',
  },
  {
    fact: 'cannotReturnForSafety = true',
    ground: threats,
    da: ': kan af sikkerhedsmæssige årsager ikke vende tilbage;',
    en: ': cannot return for safety reasons;',
  },
  {
    fact: 'cannotReturnForSafety = false',
    ground: { ...threats, cannotReturnForSafety: false },
    da: ': ingen sikkerhedsmæssige årsager oplyst.',
    en: ': no safety reason stated.',
  },
  {
    fact: 'reportedToPolice = true',
    ground: threats,
    da: '; anmeldt til politiet;',
    en: '; reported to the police;',
  },
  {
    fact: 'reportedToPolice = false',
    ground: threatsUndocumented,
    da: '; ikke anmeldt til politiet;',
    en: '; not reported to the police;',
  },
  {
    fact: 'documentedByHealthOrCrisisCentre = true',
    ground: threats,
    da: '; dokumenteret ved journal eller krisecentererklæring;',
    en: '; documented by medical records or a crisis-centre statement;',
  },
  {
    fact: 'documentedByHealthOrCrisisCentre = false',
    ground: threatsUndocumented,
    da: '; ingen journal eller krisecentererklæring;',
    en: '; no medical records or crisis-centre statement;',
  },
  {
    fact: 'authorityRecommendsRelocation = true',
    ground: threats,
    da: '; myndighed anbefaler ikke at bo nær gerningspersonen;',
    en: '; an authority recommends not living near the perpetrator;',
  },
  {
    fact: 'authorityRecommendsRelocation = false',
    ground: threatsUndocumented,
    da: '; ingen anbefaling fra myndighed;',
    en: '; no recommendation from an authority;',
  },
  {
    fact: 'strongerAttachmentElsewhere = true',
    ground: { ...threats, strongerAttachmentElsewhere: true },
    da: ': større tilknytning til en anden kommune.',
    en: ': stronger attachment to another municipality.',
  },
  {
    fact: 'strongerAttachmentElsewhere = false',
    ground: threats,
    da: '; ingen større tilknytning til en anden kommune.',
    en: '; no stronger attachment to another municipality.',
  },
  {
    fact: 'lgbtqRelated = true, threatsReceived = true, authoritiesAssessNotSolvableLocally = true',
    ground: {
      type: 'discrimination',
      lgbtqRelated: true,
      threatsReceived: true,
      authoritiesAssessNotSolvableLocally: true,
    },
    da: ': LGBT+-relateret; trusler modtaget; myndighederne vurderer, at det ikke kan løses lokalt.',
    en: ': LGBT+-related; threats received; the authorities assess that it cannot be solved locally.',
  },
  {
    fact: 'lgbtqRelated = false, threatsReceived = false',
    ground: { type: 'discrimination', lgbtqRelated: false, threatsReceived: false },
    da: ': ikke LGBT+-relateret; ingen trusler modtaget.',
    en: ': not LGBT+-related; no threats received.',
  },
  {
    fact: 'authoritiesAssessNotSolvableLocally = false',
    ground: { type: 'discrimination', threatsReceived: true, authoritiesAssessNotSolvableLocally: false },
    da: ': myndighederne vurderer ikke, at det ikke kan løses lokalt.',
    en: ': the authorities do not assess that it cannot be solved locally.',
  },
  {
    fact: 'placementMunicipality in the receiving municipality',
    ground: { type: 'unaccompanied_minor_placement', placementMunicipality: '101' },
    da: ': anbragt i kommune 101 København (tilflytningskommunen).',
    en: ': placed in municipality 101 København (the receiving municipality).',
  },
  {
    fact: 'placementMunicipality elsewhere, written with a leading zero',
    ground: { type: 'unaccompanied_minor_placement', placementMunicipality: '0147' },
    da: ': anbragt i kommune 147 Frederiksberg, ikke i tilflytningskommunen 101 København.',
    en: ': placed in municipality 147 Frederiksberg, not in the receiving municipality 101 København.',
  },
  {
    fact: 'description, trimmed',
    ground: { type: 'other', description: '  Særlige forhold  ' },
    da: ': beskrivelse: »Særlige forhold«.',
    en: ': description: “Særlige forhold”.',
  },
]

describe('a fact with its value, as the explanation of its ground states it (da and en)', () => {
  it.each(STATED)('$fact', ({ ground, da, en }) => {
    const explanation = explain(ground)
    expect(explanation.da).toContain(da)
    expect(explanation.en).toContain(en)
  })

  it('description: a long free text is cut at 199 characters and an ellipsis', () => {
    const explanation = explain({ type: 'loneliness', description: `${'x'.repeat(199)}yz` })
    expect(explanation.da).toContain(`beskrivelse: »${'x'.repeat(199)}…«`)
    expect(explanation.en).toContain(`description: “${'x'.repeat(199)}…”`)
    const exactly200 = explain({ type: 'loneliness', description: 'x'.repeat(200) })
    expect(exactly200.en).toContain(`“${'x'.repeat(200)}”`)
  })
})

interface MissingFact {
  fact: string
  ground: TakeoverGround
  minimumObligingHoursPerWeek?: number
  da: string
  en: string
}

const MISSING: MissingFact[] = [
  {
    fact: 'workplaceMunicipality',
    ground: { type: 'employment' },
    da: 'arbejdsstedets kommune',
    en: 'workplace municipality',
  },
  {
    fact: 'oneWayCommuteMinutes',
    ground: { type: 'employment' },
    da: 'envejs transporttid med offentlig transport',
    en: 'one-way public-transport commute',
  },
  {
    fact: 'ordinary',
    ground: { type: 'employment' },
    da: 'om beskæftigelsen er ordinær',
    en: 'whether the employment is ordinary',
  },
  {
    fact: 'permanent',
    ground: { type: 'employment' },
    da: 'om beskæftigelsen er varig',
    en: 'whether the employment is permanent',
  },
  {
    fact: 'hoursPerWeek',
    ground: { type: 'employment' },
    minimumObligingHoursPerWeek: 15,
    da: 'timer om ugen',
    en: 'hours per week',
  },
  { fact: 'admitted', ground: { type: 'education' }, da: 'om der er optagelse', en: 'whether admitted' },
  {
    fact: 'institutionMunicipality',
    ground: { type: 'education' },
    da: 'uddannelsesstedets kommune',
    en: 'municipality of the place of education',
  },
  {
    fact: 'availableNearCurrentHome',
    ground: { type: 'education' },
    da: 'om samme uddannelse kan tages lokalt eller med rimelig transport',
    en: 'whether the same education is available locally or within reasonable transport',
  },
  {
    fact: 'fastestRouteToEmployment',
    ground: { type: 'education' },
    da: 'om uddannelsen er den hurtigste vej til beskæftigelse',
    en: 'whether the education is the fastest route to employment',
  },
  {
    fact: 'spouseCoveredByProgramme',
    ground: { type: 'spouse' },
    da: 'om ægtefællen er omfattet af programmet',
    en: 'whether the spouse is covered by the programme',
  },
  {
    fact: 'spouseMunicipality',
    ground: { type: 'spouse', spouseCoveredByProgramme: false },
    da: 'ægtefællens bopælskommune',
    en: 'the spouse’s municipality',
  },
  {
    fact: 'linkedApplicationId',
    ground: { type: 'spouse', spouseCoveredByProgramme: true },
    da: 'ægtefællens ansøgning (linkedApplicationId) med kendt udfald',
    en: 'the spouse’s application (linkedApplicationId) with a known outcome',
  },
  {
    fact: 'commonChildBorn',
    ground: { type: 'partner' },
    da: 'om der er født et fælles barn',
    en: 'whether a common child is born',
  },
  {
    fact: 'paternityRegistered',
    ground: { type: 'partner' },
    da: 'om faderskabet er registreret',
    en: 'whether paternity is registered',
  },
  {
    fact: 'treatmentMunicipality',
    ground: { type: 'illness' },
    da: 'behandlingsstedets kommune',
    en: 'municipality of the place of treatment',
  },
  {
    fact: 'treatmentsPerWeek',
    ground: { type: 'illness' },
    da: 'antal behandlinger om ugen',
    en: 'treatments per week',
  },
  {
    fact: 'cannotReturnForSafety',
    ground: { type: 'threats' },
    da: 'om personen af sikkerhedsmæssige årsager ikke kan vende tilbage',
    en: 'whether the person cannot return for safety reasons',
  },
  {
    fact: 'reportedToPolice',
    ground: { type: 'threats' },
    da: 'om truslerne er anmeldt til politiet',
    en: 'whether the threats were reported to the police',
  },
  {
    fact: 'documentedByHealthOrCrisisCentre',
    ground: { type: 'threats' },
    da: 'om volden er dokumenteret ved journal fra læge/hospital eller krisecentererklæring',
    en: 'whether violence is documented by medical records or a crisis-centre statement',
  },
  {
    fact: 'authorityRecommendsRelocation',
    ground: { type: 'threats' },
    da: 'om politiet eller en anden myndighed anbefaler ikke at bo nær gerningspersonen',
    en: 'whether the police or another authority recommends not living near the perpetrator',
  },
  {
    fact: 'strongerAttachmentElsewhere',
    ground: { type: 'threats' },
    da: 'om der er større tilknytning til en anden kommune',
    en: 'whether there is a stronger attachment to another municipality',
  },
  {
    fact: 'threatsReceived',
    ground: { type: 'discrimination' },
    da: 'om der er modtaget trusler',
    en: 'whether threats were received',
  },
  {
    fact: 'authoritiesAssessNotSolvableLocally',
    ground: { type: 'discrimination' },
    da: 'om myndighederne vurderer, at situationen ikke kan løses lokalt',
    en: 'whether the authorities assess that it cannot be solved locally',
  },
  {
    fact: 'placementMunicipality',
    ground: { type: 'unaccompanied_minor_placement' },
    da: 'anbringelsesstedets kommune',
    en: 'municipality of the placement',
  },
  {
    fact: 'description',
    ground: { type: 'other' },
    da: 'beskrivelse af forholdet',
    en: 'description of the circumstance',
  },
]

describe('a missing fact is named, with its pointer, after "Mangler:" / "Missing:" (da and en)', () => {
  it.each(MISSING)('$fact', ({ fact, ground, minimumObligingHoursPerWeek, da, en }) => {
    const explanation = explain(ground, minimumObligingHoursPerWeek ? { minimumObligingHoursPerWeek } : {})
    const pointer = `(/grounds/0/${fact})`
    expect(explanation.da).toMatch(/ Mangler: /)
    expect(explanation.en).toMatch(/ Missing: /)
    expect(explanation.da).toMatch(new RegExp(`[:;] ${literal(da)} ${literal(pointer)}`))
    expect(explanation.en).toMatch(new RegExp(`[:;] ${literal(en)} ${literal(pointer)}`))
  })
})

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
