/**
 * Seed 004 (AST practice note 2022, "Boligplacering og overtagelse af integrationsansvaret") as test
 * cases a caseworker can read, cited by the note's section headings. Examples it shares with seed 003
 * are in seed-003.test.ts. Receiving municipality 101 (København), departure 773 (Morsø).
 */
import { describe, it } from 'vitest'
import { expectSeedCase, type SeedCase } from './support.ts'

const job = { type: 'employment', workplaceMunicipality: '101', ordinary: true } as const

const cases: SeedCase[] = [
  // seed 004 "Ordinær beskæftigelse": part-time can oblige too (decision I-4-03).
  {
    name: 'T-EMP: permanent part-time job, 15 h/week, 130 min commute → obligates (seed 004, I-4-03)',
    ground: { ...job, permanent: true, hoursPerWeek: 15, oneWayCommuteMinutes: 130 },
    outcome: 'obligated',
    effect: 'obligates',
    ruleId: 'T-EMP',
  },
  // seed 004 "Ordinær beskæftigelse": whether the job is permanent or temporary is weighed.
  {
    name: 'T-EMP: temporary job with an unreasonable commute → supports (seed 004 "varig eller midlertidig")',
    ground: { ...job, permanent: false, oneWayCommuteMinutes: 150 },
    outcome: 'individual_assessment',
    effect: 'supports',
    ruleId: 'T-EMP',
  },
  // seed 004 "Ordinær beskæftigelse": the move must be necessary; reasonable public transport → not.
  {
    name: 'T-EMP: permanent job but a 45 min commute → insufficient (seed 004, move not necessary)',
    ground: { ...job, permanent: true, oneWayCommuteMinutes: 45 },
    outcome: 'not_obligated',
    effect: 'insufficient',
    ruleId: 'T-EMP',
  },
  // seed 004 "Ægtefælle": both covered; one spouse's circumstances oblige → as a rule both.
  {
    name: "T-SPOUSE-BOTH: both spouses covered, the spouse's application is obligated → obligates (seed 004)",
    ground: { type: 'spouse', spouseCoveredByProgramme: true, linkedApplicationId: 'app-7' },
    linkedOutcomes: new Map([['app-7', 'obligated']]),
    outcome: 'obligated',
    effect: 'obligates',
    ruleId: 'T-SPOUSE-BOTH',
  },
  // seed 004 "Ægtefælle": otherwise each spouse is assessed separately.
  {
    name: "T-SPOUSE-BOTH: the spouse's application is not obligated → supports (seed 004, særskilt vurdering)",
    ground: { type: 'spouse', spouseCoveredByProgramme: true, linkedApplicationId: 'app-8' },
    linkedOutcomes: new Map([['app-8', 'not_obligated']]),
    outcome: 'individual_assessment',
    effect: 'supports',
    ruleId: 'T-SPOUSE-BOTH',
  },
  // seed 004 "Sygdom": a seriously ill child needing frequent hospital treatment.
  {
    name: 'T-ILL: seriously ill child, hospital treatment 3 times a week, 100 min commute → obligates (seed 004)',
    ground: {
      type: 'illness',
      patient: 'close_relative',
      treatmentMunicipality: '101',
      treatmentsPerWeek: 3,
      oneWayCommuteMinutes: 100,
    },
    outcome: 'obligated',
    effect: 'obligates',
    ruleId: 'T-ILL',
  },
  // seed 004 "Trusler": a temporary crisis-centre stay creates no stronger attachment.
  {
    name: 'T-THREAT: crisis-centre statement, stay at a crisis centre is no stronger attachment → obligates (seed 004)',
    ground: {
      type: 'threats',
      cannotReturnForSafety: true,
      documentedByHealthOrCrisisCentre: true,
      strongerAttachmentElsewhere: false,
    },
    outcome: 'obligated',
    effect: 'obligates',
    ruleId: 'T-THREAT',
  },
  // seed 004 "Trusler": "medmindre udlændingen har en større tilknytning til en anden kommune".
  {
    name: 'T-THREAT: stronger attachment to another municipality → insufficient (seed 004 "Trusler")',
    ground: {
      type: 'threats',
      cannotReturnForSafety: true,
      reportedToPolice: true,
      strongerAttachmentElsewhere: true,
    },
    outcome: 'not_obligated',
    effect: 'insufficient',
    ruleId: 'T-THREAT',
  },
  // seed 004 "Kæresteforhold": only after the birth (paternity registered) is the municipality obliged.
  {
    name: 'T-PARTNER-CHILD: child not yet born, paternity acknowledged → insufficient, may re-apply (seed 004)',
    ground: { type: 'partner', commonChildBorn: false, paternityRegistered: true },
    outcome: 'not_obligated',
    effect: 'insufficient',
    ruleId: 'T-PARTNER-CHILD',
  },
]

describe('seed 004: AST practice note 2022 (rules.md § 2)', () => {
  it.each(cases)('$name', expectSeedCase)
})
