/**
 * Seed 003 (Ankestyrelsen's 2019 study, chapter 4, "Delundersøgelse 3") as test cases a caseworker can
 * read: the case example on p. 12–13 and the box "Vejledende eksempler" on p. 15 (page numbers of the
 * pixi edition as far as the text extraction shows them). AST stresses they are "not an answer key".
 * Where seed 004 (AST practice note 2022) says the same, it is cited too.
 * Receiving municipality 101 (København), departure 773 (Morsø).
 */
import { describe, expect, it } from 'vitest'
import { assessTakeover } from '../../../src/law/takeover/index.ts'
import { expectSeedCase, type SeedCase } from './support.ts'

const job = { type: 'employment', workplaceMunicipality: '101', ordinary: true } as const
const study = {
  type: 'education',
  holder: 'applicant',
  admitted: true,
  institutionMunicipality: '101',
  oneWayCommuteMinutes: 180,
} as const

const cases: SeedCase[] = [
  // seed 003 p. 12–13, sagseksempel: she wants to live with her boyfriend, with whom she has a child;
  // AST: the municipality had to take over (seed 004 "Kæresteforhold": paternity registered is decisive).
  {
    name: 'T-PARTNER-CHILD: common child with registered paternity → obligates (seed 003 p. 12–13)',
    ground: { type: 'partner', commonChildBorn: true, paternityRegistered: true },
    outcome: 'obligated',
    effect: 'obligates',
    ruleId: 'T-PARTNER-CHILD',
  },
  // seed 003 p. 15, "skal overtage" no. 1 (applicant) and seed 004 "Ordinær beskæftigelse".
  {
    name: 'T-EMP: permanent job in receiving municipality, 150 min commute → obligates (seed 003 p. 15 no. 1)',
    ground: { ...job, holder: 'applicant', permanent: true, oneWayCommuteMinutes: 150 },
    outcome: 'obligated',
    effect: 'obligates',
    ruleId: 'T-EMP',
  },
  // seed 003 p. 15 no. 1: "udlændingen eller udlændingens ægtefælle".
  {
    name: "T-EMP: the spouse's permanent job with an unreasonable commute → obligates (seed 003 p. 15 no. 1)",
    ground: { ...job, holder: 'spouse', permanent: true, oneWayCommuteMinutes: 120 },
    outcome: 'obligated',
    effect: 'obligates',
    ruleId: 'T-EMP',
  },
  // seed 003 p. 15 no. 2 and seed 004 "Uddannelse".
  {
    name: 'T-EDU: admitted, 180 min commute, not available locally, fastest route → obligates (seed 003 p. 15 no. 2)',
    ground: { ...study, availableNearCurrentHome: false, fastestRouteToEmployment: true },
    outcome: 'obligated',
    effect: 'obligates',
    ruleId: 'T-EDU',
  },
  // seed 003 p. 15, "ikke overtage" no. 5: the same education could be taken at home.
  {
    name: 'T-EDU: the same education is available in the current municipality → insufficient (seed 003 p. 15)',
    ground: { ...study, availableNearCurrentHome: true, fastestRouteToEmployment: true },
    outcome: 'not_obligated',
    effect: 'insufficient',
    ruleId: 'T-EDU',
  },
  // seed 003 p. 15, "ikke overtage" no. 6 and seed 004 "Uddannelse": a long higher education.
  {
    name: 'T-EDU: long higher education, not the fastest route to employment → insufficient (seed 003 p. 15)',
    ground: { ...study, availableNearCurrentHome: false, fastestRouteToEmployment: false },
    outcome: 'not_obligated',
    effect: 'insufficient',
    ruleId: 'T-EDU',
  },
  // seed 003 p. 15 no. 3 and seed 004 "Ægtefælle" (I-2-05): the reason for the spouse's move is irrelevant.
  {
    name: 'T-SPOUSE: spouse not in the programme lives in the receiving municipality → obligates (seed 003 p. 15 no. 3)',
    ground: { type: 'spouse', spouseCoveredByProgramme: false, spouseMunicipality: '0101' },
    outcome: 'obligated',
    effect: 'obligates',
    ruleId: 'T-SPOUSE',
  },
  // seed 003 p. 15 no. 4 and seed 004 "Sygdom": weekly treatment, no reasonable transport.
  {
    name: 'T-ILL: own illness, weekly treatment in the receiving municipality, 140 min commute → obligates (seed 004)',
    ground: {
      type: 'illness',
      patient: 'applicant',
      treatmentMunicipality: '101',
      treatmentsPerWeek: 1,
      oneWayCommuteMinutes: 140,
    },
    outcome: 'obligated',
    effect: 'obligates',
    ruleId: 'T-ILL',
  },
  // seed 003 p. 15 no. 4: "ved vurderingen heraf tages der hensyn til sygdommens karakter".
  {
    name: 'T-ILL: treatment once a month → supports, the character of the illness is assessed (seed 003 p. 15 no. 4)',
    ground: {
      type: 'illness',
      patient: 'applicant',
      treatmentMunicipality: '101',
      treatmentsPerWeek: 0.25,
      oneWayCommuteMinutes: 140,
    },
    outcome: 'individual_assessment',
    effect: 'supports',
    ruleId: 'T-ILL',
  },
  // seed 003 p. 15 no. 5 and seed 004 "Trusler": reported to the police, no stronger attachment elsewhere.
  {
    name: 'T-THREAT: cannot return for safety, reported to the police → obligates (seed 004 "Trusler")',
    ground: {
      type: 'threats',
      cannotReturnForSafety: true,
      reportedToPolice: true,
      strongerAttachmentElsewhere: false,
    },
    outcome: 'obligated',
    effect: 'obligates',
    ruleId: 'T-THREAT',
  },
  // seed 003 p. 15 no. 6 and seed 004 "Mindreårig uledsaget flygtning".
  {
    name: 'T-MINOR: unaccompanied minor placed at an institution in the receiving municipality → obligates (seed 003 p. 15)',
    ground: { type: 'unaccompanied_minor_placement', placementMunicipality: '101' },
    outcome: 'obligated',
    effect: 'obligates',
    ruleId: 'T-MINOR',
  },
  // seed 003 p. 15, "ikke overtage" no. 1 and seed 004 "Kæresteforhold".
  {
    name: 'T-PARTNER: boyfriend in the receiving municipality, no common child → insufficient (seed 003 p. 15)',
    ground: { type: 'partner', commonChildBorn: false },
    outcome: 'not_obligated',
    effect: 'insufficient',
    ruleId: 'T-PARTNER',
  },
  // seed 003 p. 15, "ikke overtage" no. 2 and seed 004 "Familie" (I-2-00).
  {
    name: 'T-FAMILY-FRIENDS: friends, not close family, live there → insufficient (seed 003 p. 15, I-2-00)',
    ground: { type: 'family_or_friends', description: 'Venner bor i København' },
    outcome: 'not_obligated',
    effect: 'insufficient',
    ruleId: 'T-FAMILY-FRIENDS',
  },
  // seed 003 p. 15, "ikke overtage" no. 3 and seed 004 "Familie".
  {
    name: 'T-LONELINESS: feels lonely in the current municipality → insufficient (seed 003 p. 15)',
    ground: { type: 'loneliness' },
    outcome: 'not_obligated',
    effect: 'insufficient',
    ruleId: 'T-LONELINESS',
  },
  // seed 003 p. 15, "ikke overtage" no. 4 and seed 004 "Mindre by kontra større by" (I-2-00).
  {
    name: 'T-LARGER-CITY: wants a larger city with more opportunities → insufficient (seed 003 p. 15, seed 004)',
    ground: { type: 'larger_city' },
    outcome: 'not_obligated',
    effect: 'insufficient',
    ruleId: 'T-LARGER-CITY',
  },
]

describe('seed 003: AST study 2019, guiding examples (rules.md § 2)', () => {
  it.each(cases)('$name', expectSeedCase)

  // seed 003 p. 12–13: "we take over once you have a home" is a refusal; the applicant need not have moved.
  it('G-NO-HOUSING-CONDITION: an obligated partner-child case carries the no-housing-condition note (seed 003 p. 13)', () => {
    const result = assessTakeover(
      {
        fromMunicipality: '773',
        toMunicipality: '101',
        grounds: [{ type: 'partner', commonChildBorn: true, paternityRegistered: true }],
      },
      { language: 'da', reasonableOneWayCommuteMinutes: 90, asOf: '2025-03-01' },
    )
    expect(result.notes.map((n) => n.ruleId)).toContain('G-NO-HOUSING-CONDITION')
  })
})
