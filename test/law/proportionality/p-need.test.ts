/**
 * P-NEED (rules.md § 4, seed 004): the household's need, as the facts the caseworker reads in the
 * explanation (da + en), the need level, the contribution, what is missing and the input errors.
 */
import { describe, expect, it } from 'vitest'
import {
  assessBenefitReduction,
  type HouseholdFacts,
  type ProportionalityWeights,
} from '../../../src/law/proportionality/index.ts'
import { expectWeightParameters, NO_EVASION, SINGLE_ONLY_INCOME, types } from './support.ts'

/** The P-NEED criterion of an assessment, in both languages. */
function need(household: HouseholdFacts | undefined, weights?: Partial<ProportionalityWeights>) {
  const input = {
    ...(household ? { household } : {}),
    reason: { grounds: types('larger_city') },
    evasion: NO_EVASION,
    proposedReductionPercent: 25,
  }
  const [da, en] = (['da', 'en'] as const).map(
    (language) => assessBenefitReduction(input, { language, ...(weights ? { weights } : {}) }).criteria[0]!,
  )
  expect(da!.ruleId).toBe('P-NEED')
  expect(en!.criterion).toBe('need')
  return { da: da!, en: en! }
}

const WITH_OTHER_INCOME: HouseholdFacts = {
  adults: 1,
  dependentChildren: 0,
  benefitIsOnlyIncome: false,
  otherMonthlyIncomeDkk: 9000,
  healthIssues: false,
}

describe('P-NEED: the facts and their points', () => {
  it('names each fact with its points, separated by semicolons, and the total', () => {
    const { da, en } = need({
      adults: 2,
      dependentChildren: 1,
      benefitIsOnlyIncome: true,
      healthIssues: true,
    })
    expect(da.explanation).toContain(
      'Behov (P-NEED): 2 voksne; ydelsen er eneste indkomst (−25); 1 barn at forsørge (−25); helbredsproblemer (−15). I alt −65 procentpoint.',
    )
    expect(en.explanation).toContain(
      'Need (P-NEED): 2 adults; the benefit is the only income (−25); 1 dependent child (−25); health issues (−15). Total −65 percentage points.',
    )
    expect(en.contribution).toBe(-65)
  })

  it('facts that add no need say so with 0 points', () => {
    const { da, en } = need(WITH_OTHER_INCOME)
    expect(da.explanation).toContain(
      'ingen børn at forsørge (0); ingen helbredsproblemer (0). I alt 0 procentpoint.',
    )
    expect(en.explanation).toContain(
      'no dependent children (0); no health issues (0). Total 0 percentage points.',
    )
    expect(en.contribution).toBe(0)
  })

  it('0 DKK of other income alone means the benefit is the only income', () => {
    const { da, en } = need({
      adults: 1,
      dependentChildren: 0,
      otherMonthlyIncomeDkk: 0,
      healthIssues: false,
    })
    expect(da.explanation).toContain('ydelsen er eneste indkomst (−25)')
    expect(en.explanation).toContain('the benefit is the only income (−25)')
    expect(en.missing).toEqual([])
  })

  it('other income alone (without benefitIsOnlyIncome) is weighed per person', () => {
    const { en } = need({ adults: 1, dependentChildren: 0, otherMonthlyIncomeDkk: 3000, healthIssues: false })
    expect(en.explanation).toContain('other income 3,000 DKK per person a month, below 6,000 DKK (−10)')
    expect(en.missing).toEqual([])
  })
})

describe('P-NEED: other income per household member (adults + children)', () => {
  it('children count as members: 15 000 DKK for 1 adult and 2 children is 5 000 per person, below 6 000 (−10)', () => {
    const { da, en } = need({ ...WITH_OTHER_INCOME, dependentChildren: 2, otherMonthlyIncomeDkk: 15000 })
    expect(da.explanation).toContain('anden indkomst 5.000 kr. pr. person om måneden, under 6.000 kr. (−10)')
    expect(en.explanation).toContain('other income 5,000 DKK per person a month, below 6,000 DKK (−10)')
    expect(en.contribution).toBe(-35)
  })

  it('exactly the threshold (6 000 per person) is not low: 0 points', () => {
    const { da, en } = need({ ...WITH_OTHER_INCOME, adults: 2, otherMonthlyIncomeDkk: 12000 })
    expect(da.explanation).toContain('anden indkomst 6.000 kr. pr. person om måneden, mindst 6.000 kr. (0)')
    expect(en.explanation).toContain('other income 6,000 DKK per person a month, at least 6,000 DKK (0)')
    expect(en.contribution).toBe(0)
  })

  it('one krone per person below the threshold is low', () => {
    const { en } = need({ ...WITH_OTHER_INCOME, adults: 2, otherMonthlyIncomeDkk: 11998 })
    expect(en.explanation).toContain('other income 5,999 DKK per person a month, below 6,000 DKK (−10)')
    expect(en.contribution).toBe(-10)
  })
})

describe('P-NEED: the need level', () => {
  const LEVELS: [string, HouseholdFacts, number, string, number, Partial<ProportionalityWeights>?][] = [
    ['no deduction', WITH_OTHER_INCOME, 0, 'low', 0],
    ['low other income (10)', { ...WITH_OTHER_INCOME, otherMonthlyIncomeDkk: 1000 }, 1, 'moderate', -10],
    ['only income (25)', SINGLE_ONLY_INCOME, 1, 'moderate', -25],
    [
      'low other income and health issues (25)',
      { ...WITH_OTHER_INCOME, otherMonthlyIncomeDkk: 1000, healthIssues: true },
      1,
      'moderate',
      -25,
    ],
    ['only income weighing 26', SINGLE_ONLY_INCOME, 2, 'high', -26, { needBenefitIsOnlyIncome: 26 }],
    ['only income and health issues (40)', { ...SINGLE_ONLY_INCOME, healthIssues: true }, 2, 'high', -40],
    ['only income and children (50)', { ...SINGLE_ONLY_INCOME, dependentChildren: 1 }, 2, 'high', -50],
    [
      'only income, children and health (65)',
      { ...SINGLE_ONLY_INCOME, dependentChildren: 1, healthIssues: true },
      3,
      'very_high',
      -65,
    ],
    [
      '51 points',
      { ...SINGLE_ONLY_INCOME, dependentChildren: 1 },
      3,
      'very_high',
      -51,
      { needDependentChildren: 26 },
    ],
  ]
  it.each(LEVELS)('%s → score %i, %s', (_, household, score, label, contribution, weights) => {
    const { en } = need(household, weights)
    expect(en.value).toEqual({ score, label })
    expect(en.contribution).toBe(contribution)
  })
})

describe('P-NEED: missing facts', () => {
  it('no household: no facts listed, every fact named missing (P-MAX), the level incomplete', () => {
    const { da, en } = need(undefined)
    expect(en.value).toEqual({ score: 0, label: 'incomplete' })
    const missing = [
      '/household/adults',
      '/household/benefitIsOnlyIncome',
      '/household/dependentChildren',
      '/household/healthIssues',
    ]
    expect(en.missing).toEqual(missing)
    expect(da.explanation).toMatch(/^Behov \(P-NEED\)\. I alt 0 procentpoint\. /)
    expect(en.explanation).toMatch(/^Need \(P-NEED\)\. Total 0 percentage points\. /)
    expect(da.explanation).toContain(`Mangler: ${missing.join(', ')}.`)
    expect(en.explanation).toContain(`Missing: ${missing.join(', ')}.`)
  })

  it('not the only income but no amount: other income missing; the known facts still count', () => {
    const { en } = need({ adults: 1, dependentChildren: 2, benefitIsOnlyIncome: false, healthIssues: false })
    expect(en.missing).toEqual(['/household/otherMonthlyIncomeDkk'])
    expect(en.value).toEqual({ score: 1, label: 'incomplete' })
    expect(en.contribution).toBe(-25)
    expect(en.explanation).toContain('Missing: /household/otherMonthlyIncomeDkk.')
  })

  it('a complete household names nothing missing', () => {
    const { da, en } = need(SINGLE_ONLY_INCOME)
    expect(en.missing).toEqual([])
    expect(en.explanation).not.toContain('Missing')
    expect(da.explanation).not.toContain('Mangler')
  })
})

describe('P-NEED: input errors', () => {
  const base = { reason: { grounds: types('larger_city') }, evasion: NO_EVASION, proposedReductionPercent: 0 }
  const call = (household: HouseholdFacts) => () =>
    assessBenefitReduction({ ...base, household }, { language: 'en' })

  it.each([
    [{ adults: 0 }, '/household/adults', 'must be an integer ≥ 1'],
    [{ adults: 1.5 }, '/household/adults', 'must be an integer ≥ 1'],
    [{ dependentChildren: -1 }, '/household/dependentChildren', 'must be an integer ≥ 0'],
    [{ otherMonthlyIncomeDkk: -1 }, '/household/otherMonthlyIncomeDkk', 'must be a number ≥ 0'],
    [
      { otherMonthlyIncomeDkk: Number.POSITIVE_INFINITY },
      '/household/otherMonthlyIncomeDkk',
      'must be a number ≥ 0',
    ],
  ] as const)('%o → invalid at %s: %s', (household, pointer, message) => {
    expect(call(household)).toThrow(expect.objectContaining({ kind: 'invalid', pointer, message }))
  })

  it.each([
    [
      { benefitIsOnlyIncome: true, otherMonthlyIncomeDkk: 1 },
      'other income while the benefit is the only income',
    ],
    [
      { benefitIsOnlyIncome: false, otherMonthlyIncomeDkk: 0 },
      'no other income while the benefit is not the only income',
    ],
  ] as const)('%o → contradictory: %s', (household, message) => {
    expect(call(household)).toThrow(
      expect.objectContaining({
        kind: 'contradictory',
        pointer: '/household/otherMonthlyIncomeDkk',
        message,
      }),
    )
  })

  it('the benefit as only income with 0 DKK of other income is consistent', () => {
    const { en } = need({ ...SINGLE_ONLY_INCOME, otherMonthlyIncomeDkk: 0 })
    expect(en.explanation).toContain('the benefit is the only income (−25)')
  })
})

describe('P-NEED: its parameters', () => {
  it('P-NEED: the weights it uses are its parameters, with their default values, each an interpretation', () => {
    expectWeightParameters('P-NEED', [
      ['needBenefitIsOnlyIncome', 25],
      ['needLowOtherIncome', 10],
      ['lowOtherIncomePerPersonDkk', 6000],
      ['needDependentChildren', 25],
      ['needHealthIssues', 15],
    ])
  })
})
