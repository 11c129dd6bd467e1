/**
 * P-MAX and P-TOTAL-STOP (rules.md § 4): the proposed reduction is checked for range, compared with the
 * maximum, and the explanation states the sum, the step, the cap and the conclusion in both languages.
 */
import { describe, expect, it } from 'vitest'
import {
  assessBenefitReduction,
  type BenefitReductionInput,
  type EvasionFacts,
  type HouseholdFacts,
} from '../../../src/law/proportionality/index.ts'
import { evaded, FAMILY_TWO_CHILDREN, NO_EVASION, SINGLE_ONLY_INCOME, types } from './support.ts'

const NOT_PROTECTED: HouseholdFacts = {
  adults: 1,
  dependentChildren: 0,
  benefitIsOnlyIncome: false,
  otherMonthlyIncomeDkk: 9000,
  healthIssues: false,
}

function both(
  household: HouseholdFacts,
  evasion: EvasionFacts | undefined,
  proposedReductionPercent: number,
) {
  const input: BenefitReductionInput = {
    household,
    reason: { grounds: types('larger_city') },
    ...(evasion ? { evasion } : {}),
    proposedReductionPercent,
  }
  return {
    da: assessBenefitReduction(input, { language: 'da' }),
    en: assessBenefitReduction(input, { language: 'en' }),
  }
}

describe('P-MAX: the proposed reduction', () => {
  it.each([-1, 101, 2.5, Number.NaN, -25])(
    '%s is not an integer from 0 to 100: invalid input',
    (proposed) => {
      expect(() => both(SINGLE_ONLY_INCOME, NO_EVASION, proposed)).toThrow(
        expect.objectContaining({
          kind: 'invalid',
          pointer: '/proposedReductionPercent',
          message: 'must be an integer from 0 to 100',
        }),
      )
    },
  )

  it.each([0, 100])('%s is in range and assessed', (proposed) => {
    expect(both(SINGLE_ONLY_INCOME, NO_EVASION, proposed).en.proposedReductionPercent).toBe(proposed)
  })

  it('at the maximum: proportionate, saying the maximum and the proposal in both languages', () => {
    const { da, en } = both(SINGLE_ONLY_INCOME, evaded(3), 50)
    expect(en.verdict).toBe('proportionate')
    expect(en.maxProportionateReductionPercent).toBe(100)
    expect(en.explanation).toContain(
      'Maximum proportionate reduction: 100 %. The proposed reduction of 50 % is proportionate.',
    )
    expect(da.explanation).toContain(
      'Højeste forholdsmæssige nedsættelse: 100 %. Den foreslåede nedsættelse på 50 % er forholdsmæssig.',
    )
  })

  it('above the maximum: disproportionate, in both languages', () => {
    const { da, en } = both(FAMILY_TWO_CHILDREN, evaded(3), 100)
    expect(en.verdict).toBe('disproportionate')
    expect(en.explanation).toContain(
      'Maximum proportionate reduction: 75 %. The proposed reduction of 100 % is disproportionate.',
    )
    expect(da.explanation).toContain('Den foreslåede nedsættelse på 100 % er ikke forholdsmæssig.')
  })

  it('the sum of the contributions and the step it is rounded down to, in both languages', () => {
    const { da, en } = both(FAMILY_TWO_CHILDREN, evaded(3), 100)
    expect(en.criteria.map((c) => c.contribution)).toEqual([-50, 0, 125])
    expect(en.explanation).toMatch(
      /^Evasion \+125, need −50 and reason 0 give 75 percentage points; rounded down to a step of 25 \(0–100\): 75 %\./,
    )
    expect(da.explanation).toMatch(
      /^Unddragelse \+125, behov −50 og årsag 0 giver 75 procentpoint; rundet ned til et trin på 25 \(0–100\): 75 %\./,
    )
  })

  it('ends with D-MOVE-BACK in both languages', () => {
    const { da, en } = both(SINGLE_ONLY_INCOME, NO_EVASION, 0)
    expect(en.explanation).toMatch(
      / If the person moves back, the full benefit is paid again on application \(D-MOVE-BACK, IL § 32\(2\)\)\.$/,
    )
    expect(da.explanation).toMatch(/ \(D-MOVE-BACK, IL § 32, stk\. 2\)\.$/)
  })

  it('missing facts: no verdict, naming the missing pointers and the proposal in both languages', () => {
    const { da, en } = both(SINGLE_ONLY_INCOME, undefined, 25)
    expect(en.verdict).toBe('insufficient_information')
    expect(en.ruleIds).toEqual(['P-NEED', 'P-REASON', 'P-EVASION', 'P-MAX'])
    expect(en.explanation).toBe(
      'Facts needed for the concrete assessment are missing (/evasion/stoppedParticipatingBeforeMove, /evasion/refusedOffersBeforeMove, /evasion/statedIntentToContinueProgramme); so no verdict is given on whether a reduction of 25 % is proportionate.',
    )
    expect(da.explanation).toContain(
      '(/evasion/stoppedParticipatingBeforeMove, /evasion/refusedOffersBeforeMove',
    )
    expect(da.explanation).toContain('om en nedsættelse på 25 % er forholdsmæssig')
  })
})

describe('P-TOTAL-STOP', () => {
  it('a protected household without established evasion: capped at 75 %, said in both languages', () => {
    const { da, en } = both(FAMILY_TWO_CHILDREN, NO_EVASION, 0)
    expect(en.ruleIds).toContain('P-TOTAL-STOP')
    expect(en.explanation).toContain(
      'and evasion is not established: the benefit cannot be stopped entirely, at most 75 % (P-TOTAL-STOP).',
    )
    expect(da.explanation).toContain('ydelsen kan ikke standses helt, højst 75 % (P-TOTAL-STOP).')
  })

  it('a protected household with established evasion: cited, but it does not rule out stopping', () => {
    const { da, en } = both(SINGLE_ONLY_INCOME, evaded(3), 100)
    expect(en.maxProportionateReductionPercent).toBe(100)
    expect(en.ruleIds).toContain('P-TOTAL-STOP')
    expect(en.explanation).toContain(
      'but evasion is established, so P-TOTAL-STOP does not rule out stopping the benefit.',
    )
    expect(da.explanation).toContain('men unddragelse er godtgjort, så P-TOTAL-STOP udelukker ikke ophør.')
  })

  it('a household that is not protected: P-TOTAL-STOP is neither cited nor mentioned', () => {
    const { da, en } = both(NOT_PROTECTED, evaded(3), 100)
    expect(en.ruleIds).toEqual(['P-NEED', 'P-REASON', 'P-EVASION', 'P-MAX'])
    expect(en.explanation).not.toContain('P-TOTAL-STOP')
    expect(da.explanation).not.toContain('P-TOTAL-STOP')
    expect(en.explanation).toContain('%. Maximum proportionate reduction') // no text between step and conclusion
  })
})

describe('P-MAX: the weights of the model (weights.ts) must keep the orders the properties rely on', () => {
  const input = { household: SINGLE_ONLY_INCOME, evasion: NO_EVASION, proposedReductionPercent: 0 }
  const withWeights = (weights: Record<string, number>) => () =>
    assessBenefitReduction(
      { ...input, reason: { grounds: types('larger_city') } },
      { language: 'en', weights },
    )

  it.each([
    [
      'a negative weight',
      { needHealthIssues: -5 },
      'proportionality weight needHealthIssues must be a finite number ≥ 0',
    ],
    [
      'NaN',
      { evasionPerRefusedOffer: Number.NaN },
      'proportionality weight evasionPerRefusedOffer must be a finite number ≥ 0',
    ],
    [
      'an infinite weight',
      { evasionBaseCeiling: Number.POSITIVE_INFINITY },
      'proportionality weight evasionBaseCeiling must be a finite number ≥ 0',
    ],
    [
      'a fractional count of refused offers',
      { evasionMaxCountedRefusedOffers: 2.5 },
      'proportionality weight evasionMaxCountedRefusedOffers must be an integer',
    ],
    [
      'low other income weighing more than the benefit as only income',
      { needLowOtherIncome: 30 },
      'needLowOtherIncome must not exceed needBenefitIsOnlyIncome (P-NEED)',
    ],
    [
      'supports weighing more than obligates',
      { reasonSupports: 150, reasonObligates: 100 },
      'reasonSupports must not exceed reasonObligates (P-REASON)',
    ],
  ])('%s is a configuration error', (_, weights, message) => {
    expect(withWeights(weights)).toThrow(new RangeError(message))
  })

  it('equal weights keep the orders: accepted', () => {
    const result = withWeights({
      needLowOtherIncome: 25,
      reasonSupports: 125,
      evasionMaxCountedRefusedOffers: 0,
    })()
    expect(result.parameters).toContainEqual(
      expect.objectContaining({ name: 'needLowOtherIncome', value: 25, interpretation: true }),
    )
  })
})
