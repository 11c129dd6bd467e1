/**
 * The scoring model behind the maximum proportionate reduction (P-MAX). No official percentage bands
 * exist (rules.md § 4): every number here is an **interpretation** — a named, configurable choice the
 * service makes where the law is silent — and is returned as a parameter in every answer.
 *
 *   evasion contribution  = evasionBaseCeiling + indicator points                      (≥ 0, P-EVASION)
 *   need contribution     = −(income points + children points + health points)        (≤ 0, P-NEED)
 *   reason contribution   = −(weight of the weightiest move reason)                     (≤ 0, P-REASON)
 *   maximum               = round DOWN to a step of 25 (clamped to 0–100) of the sum     (P-MAX)
 *                           and at most 75 when P-TOTAL-STOP applies                     (P-TOTAL-STOP)
 *
 * Why this shape: seed 004 names three criteria and asks for a proportionate consequence. Evasion is the
 * one criterion that argues *for* a reduction (the refusal is meant to keep people in the programme), so it
 * sets how far a reduction may go; need and a weighty reason are reasons to go less far, so they only
 * subtract. Rounding down means that doubt about a step favours the person. Because evasion only adds and
 * need and reason only subtract, the properties of rules.md § 4 hold for *any* non-negative weights that
 * keep the orders checked by `validateWeights` — the property tests draw random weights to show it.
 */
import type { RuleParameter } from '../rule-definition.ts'

export interface ProportionalityWeights {
  /**
   * P-EVASION, 50: without any indication of evasion the reduction follows from the refused takeover
   * alone; the person still attends Danish education (seed 004), so at most half the benefit.
   */
  evasionBaseCeiling: number
  /** P-EVASION, 25: stopping participation before the move is the most direct sign of evasion. */
  evasionStoppedParticipating: number
  /** P-EVASION, 10 per refused offer: each refusal is a further, independent sign. */
  evasionPerRefusedOffer: number
  /** P-EVASION, 3: refusals beyond this count add nothing, so the count cannot dominate the model. */
  evasionMaxCountedRefusedOffers: number
  /** P-EVASION, 20: no stated intent to continue the programme in the new municipality. */
  evasionNoStatedIntent: number
  /**
   * P-NEED, 25: the benefit is the household's only income — a reduction hits subsistence directly. The
   * full evasion score (125) exceeds 100 by exactly this much, so that for a single adult without other
   * income, children or health issues, fully established evasion can justify stopping the benefit.
   */
  needBenefitIsOnlyIncome: number
  /** P-NEED, 10: other income exists but is below `lowOtherIncomePerPersonDkk` per household member. */
  needLowOtherIncome: number
  /**
   * P-NEED, 6 000 DKK a month per household member (adults + children): roughly the lowest benefit rate
   * for one adult; not a legal figure. Per member, so every further child or adult raises the need.
   */
  lowOtherIncomePerPersonDkk: number
  /** P-NEED, 25: dependent children are affected by a reduction they did not choose. */
  needDependentChildren: number
  /** P-NEED, 15: health issues make a reduction harder to bear and earning an income harder. */
  needHealthIssues: number
  /**
   * P-REASON, 25: a reason that supports a takeover (or whose assessment lacked facts, see p-reason.ts)
   * makes the move more understandable and a reduction less proportionate.
   */
  reasonSupports: number
  /**
   * P-REASON, 125 (= the highest evasion contribution): a reason that obligates the takeover means the
   * refusal itself conflicts with IL § 18 stk. 2; the model leaves no room for a reduction.
   */
  reasonObligates: number
}

export const DEFAULT_PROPORTIONALITY_WEIGHTS: Readonly<ProportionalityWeights> = Object.freeze({
  evasionBaseCeiling: 50,
  evasionStoppedParticipating: 25,
  evasionPerRefusedOffer: 10,
  evasionMaxCountedRefusedOffers: 3,
  evasionNoStatedIntent: 20,
  needBenefitIsOnlyIncome: 25,
  needLowOtherIncome: 10,
  lowOtherIncomePerPersonDkk: 6000,
  needDependentChildren: 25,
  needHealthIssues: 15,
  reasonSupports: 25,
  reasonObligates: 125,
})

/**
 * The orders the properties rely on: all weights non-negative, `only income` weighs at least as much as
 * `low other income`, `obligates` at least as much as `supports`. A violation is a configuration error.
 */
export function validateWeights(weights: ProportionalityWeights): ProportionalityWeights {
  for (const [name, value] of Object.entries(weights)) {
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`proportionality weight ${name} must be a finite number ≥ 0`)
    }
  }
  if (!Number.isInteger(weights.evasionMaxCountedRefusedOffers)) {
    throw new RangeError('proportionality weight evasionMaxCountedRefusedOffers must be an integer')
  }
  if (weights.needLowOtherIncome > weights.needBenefitIsOnlyIncome) {
    throw new RangeError('needLowOtherIncome must not exceed needBenefitIsOnlyIncome (P-NEED)')
  }
  if (weights.reasonSupports > weights.reasonObligates) {
    throw new RangeError('reasonSupports must not exceed reasonObligates (P-REASON)')
  }
  return weights
}

const DESCRIPTIONS: Record<keyof ProportionalityWeights, string> = {
  evasionBaseCeiling: 'P-EVASION: percentage points a reduction may reach without any sign of evasion',
  evasionStoppedParticipating: 'P-EVASION: points added when participation stopped before the move',
  evasionPerRefusedOffer: 'P-EVASION: points added per offer refused before the move',
  evasionMaxCountedRefusedOffers: 'P-EVASION: refused offers counted at most',
  evasionNoStatedIntent: 'P-EVASION: points added when no intent to continue the programme was stated',
  needBenefitIsOnlyIncome: 'P-NEED: points deducted when the benefit is the only income',
  needLowOtherIncome: 'P-NEED: points deducted when other income is below the per-person threshold',
  lowOtherIncomePerPersonDkk: 'P-NEED: monthly other income per household member (DKK) below which it is low',
  needDependentChildren: 'P-NEED: points deducted when the household has dependent children',
  needHealthIssues: 'P-NEED: points deducted for health issues in the household',
  reasonSupports: 'P-REASON: points deducted for a reason that supports takeover or needs information',
  reasonObligates: 'P-REASON: points deducted for a reason that obligates takeover',
}

/** The weights as rule parameters; all are interpretation (rules.md § 4: no official bands exist). */
export function weightParameters(
  weights: ProportionalityWeights,
  names: readonly (keyof ProportionalityWeights)[] = Object.keys(
    DESCRIPTIONS,
  ) as (keyof ProportionalityWeights)[],
): RuleParameter[] {
  return names.map((name) => ({
    name,
    value: weights[name],
    description: DESCRIPTIONS[name],
    interpretation: true,
  }))
}
