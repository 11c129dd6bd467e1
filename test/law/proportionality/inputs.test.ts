/**
 * The OpenAPI examples, P-REASON's assumed effects and input errors of the proportionality assessment
 * (rules.md § 4).
 */
import { describe, expect, it } from 'vitest'
import { InvalidInput } from '../../../src/errors.ts'
import {
  assessBenefitReduction,
  BENEFIT_REDUCTION_EXAMPLES,
  STRONGEST_POSSIBLE_EFFECT,
} from '../../../src/law/proportionality/index.ts'
import { RULES_MD_STRONGEST } from './arbitraries.ts'
import { NO_EVASION, PARTNER_WITHOUT_CHILD, types } from './support.ts'

describe('the OpenAPI examples (src/law/proportionality/examples.ts)', () => {
  it.each([
    ['singleAdultStoppedBeforeMove', types('larger_city'), 75, 'proportionate'],
    ['familyWithChildrenMovingToPartner', PARTNER_WITHOUT_CHILD, 0, 'disproportionate'],
    ['largerCityNoEvasion', types('larger_city', 'family_or_friends'), 25, 'disproportionate'],
  ] as const)('%s → maximum %i %%, proposal %s', (key, grounds, max, verdict) => {
    const { household, evasion, proposedReductionPercent } = BENEFIT_REDUCTION_EXAMPLES[key]
    const result = assessBenefitReduction(
      { household, evasion, reason: { grounds }, proposedReductionPercent },
      { language: 'da' },
    )
    expect(result.maxProportionateReductionPercent).toBe(max)
    expect(result.verdict).toBe(verdict)
  })
})

describe('P-REASON without assessed effects', () => {
  it("assumes each ground type's strongest possible effect from rules.md § 2", () => {
    expect(STRONGEST_POSSIBLE_EFFECT).toEqual(RULES_MD_STRONGEST)
  })
})

describe('input errors', () => {
  const base = { reason: { grounds: types('larger_city') }, evasion: NO_EVASION, proposedReductionPercent: 0 }

  it.each([
    [{ benefitIsOnlyIncome: true, otherMonthlyIncomeDkk: 4000 }, 'contradictory'],
    [{ benefitIsOnlyIncome: false, otherMonthlyIncomeDkk: 0 }, 'contradictory'],
    [{ otherMonthlyIncomeDkk: -1 }, 'invalid'],
    [{ adults: 0 }, 'invalid'],
    [{ dependentChildren: 1.5 }, 'invalid'],
  ] as const)('household %o contradicts itself or is out of range → %s input', (household, kind) => {
    const call = () => assessBenefitReduction({ ...base, household }, { language: 'da' })
    expect(call).toThrow(InvalidInput)
    expect(call).toThrow(expect.objectContaining({ kind }))
  })

  it('rejects a proposed reduction outside 0–100 and a fractional count of refused offers (invalid input)', () => {
    expect(() =>
      assessBenefitReduction({ ...base, proposedReductionPercent: 101 }, { language: 'da' }),
    ).toThrow(expect.objectContaining({ kind: 'invalid', pointer: '/proposedReductionPercent' }))
    expect(() =>
      assessBenefitReduction({ ...base, evasion: { refusedOffersBeforeMove: 0.5 } }, { language: 'da' }),
    ).toThrow(expect.objectContaining({ kind: 'invalid', pointer: '/evasion/refusedOffersBeforeMove' }))
  })

  it('rejects weights that break the orders the properties rely on', () => {
    expect(() => assessBenefitReduction(base, { language: 'da', weights: { needHealthIssues: -5 } })).toThrow(
      RangeError,
    )
    expect(() =>
      assessBenefitReduction(base, {
        language: 'da',
        weights: { reasonSupports: 150, reasonObligates: 100 },
      }),
    ).toThrow(RangeError)
  })
})
