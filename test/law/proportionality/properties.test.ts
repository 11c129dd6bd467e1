/**
 * The monotonicity and total-stop properties rules.md § 4 demands of any scoring model, checked with
 * fast-check — under the default weights and under random weights that keep the orders of
 * validateWeights (weights.ts).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isEvasionEstablished } from '../../../src/law/proportionality/index.ts'
import {
  completeInput,
  evasion,
  grounds,
  household,
  householdWithMoreNeed,
  proposed,
  strongerEvasion,
  weightierReason,
} from './arbitraries.ts'
import { assess, defaultOrRandomWeights, maxOf, RUNS } from './support.ts'

describe('P-NEED, P-REASON, P-EVASION: monotonicity (rules.md § 4)', () => {
  it('more need never raises the maximum proportionate reduction', () => {
    fc.assert(
      fc.property(
        householdWithMoreNeed,
        grounds,
        evasion,
        proposed,
        defaultOrRandomWeights,
        (pair, g, e, p, w) => {
          const [base, needier] = pair
          const input = { reason: { grounds: g }, evasion: e, proposedReductionPercent: p }
          expect(maxOf(assess({ ...input, household: needier }, w))).toBeLessThanOrEqual(
            maxOf(assess({ ...input, household: base }, w)),
          )
        },
      ),
      RUNS,
    )
  })

  it('a weightier reason never raises it (obligates > supports = needs_information > insufficient)', () => {
    fc.assert(
      fc.property(
        weightierReason,
        household,
        evasion,
        proposed,
        defaultOrRandomWeights,
        (pair, h, e, p, w) => {
          const [base, heavier] = pair
          const input = { household: h, evasion: e, proposedReductionPercent: p }
          expect(maxOf(assess({ ...input, reason: { grounds: heavier } }, w))).toBeLessThanOrEqual(
            maxOf(assess({ ...input, reason: { grounds: base } }, w)),
          )
        },
      ),
      RUNS,
    )
  })

  it('stronger evidence of evasion never lowers it', () => {
    fc.assert(
      fc.property(
        strongerEvasion,
        household,
        grounds,
        proposed,
        defaultOrRandomWeights,
        (pair, h, g, p, w) => {
          const [base, stronger] = pair
          const input = { household: h, reason: { grounds: g }, proposedReductionPercent: p }
          expect(maxOf(assess({ ...input, evasion: stronger }, w))).toBeGreaterThanOrEqual(
            maxOf(assess({ ...input, evasion: base }, w)),
          )
        },
      ),
      RUNS,
    )
  })
})

describe('P-TOTAL-STOP', () => {
  it('never finds 100 % proportionate with dependent children or the benefit as only income, unless evasion is established', () => {
    fc.assert(
      fc.property(completeInput, defaultOrRandomWeights, (input, w) => {
        const h = input.household!
        const protectedHousehold = (h.dependentChildren ?? 0) > 0 || h.benefitIsOnlyIncome === true
        fc.pre(protectedHousehold && isEvasionEstablished(input.evasion) !== true)
        const result = assess({ ...input, proposedReductionPercent: 100 }, w)
        expect(maxOf(result)).toBeLessThanOrEqual(75)
        expect(result.verdict).toBe('disproportionate')
        expect(result.ruleIds).toContain('P-TOTAL-STOP')
      }),
      RUNS,
    )
  })

  it('established evasion means: stopped participating AND refused ≥ 1 offer AND no stated intent', () => {
    fc.assert(
      fc.property(evasion, (e) => {
        const expected =
          e.stoppedParticipatingBeforeMove === true &&
          (e.refusedOffersBeforeMove ?? 0) >= 1 &&
          e.statedIntentToContinueProgramme === false
        expect(isEvasionEstablished(e)).toBe(expected)
      }),
    )
  })
})
