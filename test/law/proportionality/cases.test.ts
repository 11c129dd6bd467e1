/**
 * Worked cases of IL § 32 proportionality (rules.md § 4; seed 004), readable by a caseworker: the test
 * name states the facts and the reasoning, the row the expected maximum under the default weights.
 */
import { describe, expect, it } from 'vitest'
import {
  assessBenefitReduction,
  type BenefitReductionInput,
  type EvasionFacts,
  type HouseholdFacts,
  type ReasonGround,
} from '../../../src/law/proportionality/index.ts'
import {
  evaded,
  FAMILY_TWO_CHILDREN,
  NO_EVASION,
  PARTNER_WITHOUT_CHILD,
  SINGLE_ONLY_INCOME,
  types,
} from './support.ts'

interface Case {
  name: string
  household: HouseholdFacts
  grounds: ReasonGround[]
  evasion: EvasionFacts
  max: number
  /** [need, reason, evasion] contributions in percentage points. */
  contributions: [number, number, number]
  established: boolean
}

const CASES: Case[] = [
  {
    name: 'single adult who stopped attending and refused 2 offers before moving to a larger city: evasion established (+115) outweighs only-income need (−25) → 90, rounded down to 75 %',
    household: SINGLE_ONLY_INCOME,
    grounds: types('larger_city'),
    evasion: evaded(2),
    max: 75,
    contributions: [-25, 0, 115],
    established: true,
  },
  {
    name: 'the same person with 3 refused offers: fully established evasion (+125) lifts P-TOTAL-STOP for a single adult, so stopping the benefit (100 %) can be proportionate',
    household: SINGLE_ONLY_INCOME,
    grounds: types('larger_city'),
    evasion: evaded(3),
    max: 100,
    contributions: [-25, 0, 125],
    established: true,
  },
  {
    name: 'stopped attending and refused 3 offers but states the intent to continue: not established evasion (+105 − 25 = 80) → 75 %',
    household: SINGLE_ONLY_INCOME,
    grounds: types('larger_city'),
    evasion: { ...evaded(3), statedIntentToContinueProgramme: true },
    max: 75,
    contributions: [-25, 0, 105],
    established: false,
  },
  {
    name: 'family with two children moving to a partner without a common child (T-PARTNER, assessed insufficient), no evasion: children and only income (−50) use up the no-evasion ceiling (+50) → 0 %',
    household: FAMILY_TWO_CHILDREN,
    grounds: PARTNER_WITHOUT_CHILD,
    evasion: NO_EVASION,
    max: 0,
    contributions: [-50, 0, 50],
    established: false,
  },
  {
    name: 'family with two children moving to a partner, only the ground type known: a partner may obligate (T-PARTNER-CHILD), assumed the strongest → 0 %',
    household: FAMILY_TWO_CHILDREN,
    grounds: types('partner'),
    evasion: NO_EVASION,
    max: 0,
    contributions: [-50, -125, 50],
    established: false,
  },
  {
    name: 'family with two children moving to a partner without a common child, evasion fully established: 125 − 50 → 75 %, never 100 % for the children',
    household: FAMILY_TWO_CHILDREN,
    grounds: PARTNER_WITHOUT_CHILD,
    evasion: evaded(3),
    max: 75,
    contributions: [-50, 0, 125],
    established: true,
  },
  {
    name: 'person moving to a larger city with no evasion and a 2,500 DKK part-time income (low, −10): 50 − 10 = 40 → 25 %',
    household: { adults: 1, dependentChildren: 0, otherMonthlyIncomeDkk: 2500, healthIssues: false },
    grounds: types('larger_city', 'family_or_friends'),
    evasion: NO_EVASION,
    max: 25,
    contributions: [-10, 0, 50],
    established: false,
  },
  {
    name: 'person moving to a larger city with no evasion whose other income of 12,000 DKK covers the need → 50 %, the most a refusal alone can justify',
    household: { adults: 1, dependentChildren: 0, otherMonthlyIncomeDkk: 12_000, healthIssues: false },
    grounds: types('larger_city'),
    evasion: NO_EVASION,
    max: 50,
    contributions: [0, 0, 50],
    established: false,
  },
  {
    name: 'a couple sharing 10,000 DKK of other income (5,000 per person, low) has more need than a single adult with the same income → 25 %',
    household: { adults: 2, dependentChildren: 0, otherMonthlyIncomeDkk: 10_000, healthIssues: false },
    grounds: types('larger_city'),
    evasion: NO_EVASION,
    max: 25,
    contributions: [-10, 0, 50],
    established: false,
  },
  {
    name: 'a job in the receiving municipality assessed as obligating (T-EMP): the refusal itself conflicts with § 18 stk. 2 → 0 %, even with established evasion',
    household: SINGLE_ONLY_INCOME,
    grounds: [{ type: 'employment', effect: 'obligates' }],
    evasion: evaded(3),
    max: 0,
    contributions: [-25, -125, 125],
    established: true,
  },
  {
    name: 'LGBT+ harassment that supports takeover (T-DISCRIMINATION), benefit the only income, no evasion: 50 − 25 − 25 → 0 %',
    household: SINGLE_ONLY_INCOME,
    grounds: types('discrimination'),
    evasion: NO_EVASION,
    max: 0,
    contributions: [-25, -25, 50],
    established: false,
  },
  {
    name: 'illness ground whose § 18 assessment lacked facts (needs_information) weighs as supporting: stopped attending but wants to continue, income covers need → 50 + 25 − 25 = 50 %',
    household: { adults: 1, dependentChildren: 0, otherMonthlyIncomeDkk: 9000, healthIssues: false },
    grounds: [{ type: 'illness', effect: 'needs_information' }],
    evasion: {
      stoppedParticipatingBeforeMove: true,
      refusedOffersBeforeMove: 0,
      statedIntentToContinueProgramme: true,
    },
    max: 50,
    contributions: [0, -25, 75],
    established: false,
  },
  {
    name: 'health issues on top of the benefit as only income (−40) against established evasion with one refusal (+105): 65 → 50 %',
    household: { ...SINGLE_ONLY_INCOME, healthIssues: true },
    grounds: types('loneliness'),
    evasion: evaded(1),
    max: 50,
    contributions: [-40, 0, 105],
    established: true,
  },
]

function run(c: Pick<Case, 'household' | 'grounds' | 'evasion'>, proposedReductionPercent: number) {
  const input: BenefitReductionInput = {
    household: c.household,
    reason: { grounds: c.grounds },
    evasion: c.evasion,
    proposedReductionPercent,
  }
  return assessBenefitReduction(input, { language: 'da' })
}

describe('worked cases (rules.md § 4, default weights)', () => {
  it.each(CASES)('$name', (c) => {
    const atMax = run(c, c.max)
    expect(atMax.maxProportionateReductionPercent).toBe(c.max)
    expect(atMax.verdict).toBe('proportionate')
    expect(atMax.criteria.map((x) => x.contribution)).toEqual(c.contributions)
    expect(atMax.evasionEstablished).toBe(c.established)
    if (c.max < 100) expect(run(c, c.max + 1).verdict).toBe('disproportionate')
  })

  it('P-TOTAL-STOP binds whatever the weights: with need weights set to 0, a family whose evasion is not established is still capped at 75 %', () => {
    const input: BenefitReductionInput = {
      household: FAMILY_TWO_CHILDREN,
      reason: { grounds: types('larger_city') },
      evasion: { ...evaded(3), statedIntentToContinueProgramme: true },
      proposedReductionPercent: 100,
    }
    const weights = { needBenefitIsOnlyIncome: 0, needLowOtherIncome: 0, needDependentChildren: 0 }
    const result = assessBenefitReduction(input, { language: 'en', weights })
    expect(result.criteria.reduce((sum, c) => sum + c.contribution, 0)).toBe(105)
    expect(result.maxProportionateReductionPercent).toBe(75)
    expect(result.verdict).toBe('disproportionate')
    expect(result.ruleIds).toContain('P-TOTAL-STOP')
    expect(result.explanation).toContain('cannot be stopped entirely')
    expect(result.parameters.find((p) => p.name === 'needDependentChildren')?.value).toBe(0)
  })

  it('evasion facts missing: insufficient_information naming the three pointers, no maximum', () => {
    const result = assessBenefitReduction(
      {
        household: SINGLE_ONLY_INCOME,
        reason: { grounds: types('larger_city') },
        proposedReductionPercent: 25,
      },
      { language: 'da' },
    )
    expect(result.verdict).toBe('insufficient_information')
    expect(result.maxProportionateReductionPercent).toBeNull()
    expect(result.criteria[2]!.missing).toEqual([
      '/evasion/stoppedParticipatingBeforeMove',
      '/evasion/refusedOffersBeforeMove',
      '/evasion/statedIntentToContinueProgramme',
    ])
    expect(result.criteria[2]!.value.label).toBe('incomplete')
    expect(result.explanation).toContain('ingen vurdering')
  })

  it('explains in Danish by default and in English on request, with the disclaimer', () => {
    const c = CASES[0]!
    const da = run(c, 75)
    expect(da.criteria[0]!.explanation).toBe(
      'Behov (P-NEED): 1 voksen; ydelsen er eneste indkomst (−25); ingen børn at forsørge (0); ingen helbredsproblemer (0). I alt −25 procentpoint.',
    )
    expect(da.explanation).toContain('Højeste forholdsmæssige nedsættelse: 75 %')
    expect(da.disclaimer).toContain('Beslutningsstøtte, ikke en afgørelse')
    const en = assessBenefitReduction(
      {
        household: c.household,
        reason: { grounds: c.grounds },
        evasion: c.evasion,
        proposedReductionPercent: 100,
      },
      { language: 'en' },
    )
    expect(en.explanation).toContain('Maximum proportionate reduction: 75 %')
    expect(en.explanation).toContain('is disproportionate')
    expect(en.criteria[1]!.explanation).toContain("assumed: the ground type's strongest possible effect")
    expect(en.disclaimer).toContain('Decision support, not a decision')
  })
})
