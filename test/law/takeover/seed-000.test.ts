/**
 * Seed 000 (Copenhagen's 2021 answer on § 18 and LGBT+ applicants) as test cases: both situations of
 * "Ad 4" (an ordinary job in Copenhagen is approved; expected better job chances near the LGBT+
 * community are refused), the harassment passage of "Ad 3", and re-application after a refusal ("Ad 1").
 * Receiving municipality 101 (København), departure 773 (Morsø).
 */
import { describe, expect, it } from 'vitest'
import { assessTakeover } from '../../../src/law/takeover/index.ts'
import { expectSeedCase, type SeedCase } from './support.ts'

const job = { type: 'employment', workplaceMunicipality: '101', ordinary: true } as const

const cases: SeedCase[] = [
  // seed 000 "Ad 4", situation 1: the LGBT+ applicant (or spouse/partner) got an ordinary job in Copenhagen.
  {
    name: 'T-EMP: LGBT+ applicant with an ordinary permanent job in Copenhagen → obligates (seed 000, Ad 4)',
    ground: { ...job, holder: 'applicant', permanent: true, oneWayCommuteMinutes: 240 },
    outcome: 'obligated',
    effect: 'obligates',
    ruleId: 'T-EMP',
  },
  // seed 000 "Ad 4", situation 2: expects easier employment in Copenhagen because of sexuality or gender
  // identity, near the LGBT+ network → refused.
  {
    name: 'T-LARGER-CITY: expects better job chances near the LGBT+ community in Copenhagen → insufficient (seed 000, Ad 4)',
    ground: { type: 'larger_city', description: 'LGBT Asylum-netværket er større i København' },
    outcome: 'not_obligated',
    effect: 'insufficient',
    ruleId: 'T-LARGER-CITY',
  },
  // seed 000 "Ad 3": threats received and the authorities assess it cannot be solved locally.
  {
    name: 'T-DISCRIMINATION: LGBT+ harassment with threats, not solvable locally → supports (seed 000, Ad 3)',
    ground: {
      type: 'discrimination',
      lgbtqRelated: true,
      threatsReceived: true,
      authoritiesAssessNotSolvableLocally: true,
    },
    outcome: 'individual_assessment',
    effect: 'supports',
    ruleId: 'T-DISCRIMINATION',
  },
  // seed 000 "Ad 3": harassment that can be solved locally (other housing, change of school).
  {
    name: 'T-DISCRIMINATION: harassment that can be solved locally → insufficient (seed 000, Ad 3)',
    ground: {
      type: 'discrimination',
      lgbtqRelated: true,
      threatsReceived: true,
      authoritiesAssessNotSolvableLocally: false,
    },
    outcome: 'not_obligated',
    effect: 'insufficient',
    ruleId: 'T-DISCRIMINATION',
  },
]

describe('seed 000: Copenhagen on § 18 and LGBT+ applicants (rules.md § 2)', () => {
  it.each(cases)('$name', expectSeedCase)

  // seed 000 "Ad 1": the same person may apply again, e.g. refused, then an ordinary job in Copenhagen.
  it('G-REPEAT: refused on a larger-city wish, the same person re-applies with an ordinary job (seed 000, Ad 1)', () => {
    const options = { language: 'da', reasonableOneWayCommuteMinutes: 90, asOf: '2025-03-01' } as const
    const first = assessTakeover({ toMunicipality: '101', grounds: [{ type: 'larger_city' }] }, options)
    expect(first.outcome).toBe('not_obligated')
    expect(first.notes.map((n) => n.ruleId)).toContain('G-REPEAT')
    const again = assessTakeover(
      { toMunicipality: '101', grounds: [{ ...job, permanent: true, oneWayCommuteMinutes: 200 }] },
      options,
    )
    expect(again.outcome).toBe('obligated')
  })
})
