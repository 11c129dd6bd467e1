/**
 * fast-check arbitraries for the proportionality model (rules.md § 4). Households are generated in a
 * normalised form (`only` income or a positive `other` income) and turned into request facts, so that a
 * "more need" / "weightier reason" / "stronger evasion" twin can be derived from each.
 */
import fc from 'fast-check'
import type {
  BenefitReductionInput,
  EvasionFacts,
  HouseholdFacts,
  ProportionalityWeights,
  ReasonGround,
} from '../../../src/law/proportionality/index.ts'
import {
  GROUND_EFFECTS,
  GROUND_TYPES,
  type GroundEffect,
  type GroundType,
} from '../../../src/law/vocabulary.ts'

/** The weight order of rules.md § 4, written out here independently of the implementation. */
export const RULES_MD_RANK: Record<GroundEffect, number> = {
  insufficient: 0,
  needs_information: 1,
  supports: 1,
  obligates: 2,
}

/** Each ground type's strongest possible effect, read off the table in rules.md § 2. */
export const RULES_MD_STRONGEST: Record<GroundType, GroundEffect> = {
  employment: 'obligates',
  education: 'obligates',
  spouse: 'obligates',
  partner: 'obligates',
  illness: 'obligates',
  threats: 'obligates',
  unaccompanied_minor_placement: 'obligates',
  discrimination: 'supports',
  other: 'supports',
  family_or_friends: 'insufficient',
  loneliness: 'insufficient',
  larger_city: 'insufficient',
  conflict: 'insufficient',
}

export interface NormalHousehold {
  adults: number
  children: number
  only: boolean
  other: number
  health: boolean
}

export const normalHousehold: fc.Arbitrary<NormalHousehold> = fc
  .record({
    adults: fc.integer({ min: 1, max: 6 }),
    children: fc.integer({ min: 0, max: 6 }),
    only: fc.boolean(),
    other: fc.integer({ min: 1, max: 80_000 }),
    health: fc.boolean(),
  })
  .map((h) => (h.only ? { ...h, other: 0 } : h))

/** Every spelling of the income fact the API accepts (either field suffices, or both consistently). */
export function toHousehold(h: NormalHousehold, spelling: 0 | 1 | 2 = 2): HouseholdFacts {
  const base = { adults: h.adults, dependentChildren: h.children, healthIssues: h.health }
  if (spelling === 0) {
    return h.only
      ? { ...base, benefitIsOnlyIncome: true }
      : { ...base, benefitIsOnlyIncome: false, otherMonthlyIncomeDkk: h.other }
  }
  if (spelling === 1) return { ...base, otherMonthlyIncomeDkk: h.other }
  return { ...base, benefitIsOnlyIncome: h.only, otherMonthlyIncomeDkk: h.other }
}

export const household = fc
  .tuple(normalHousehold, fc.constantFrom<0 | 1 | 2>(0, 1, 2))
  .map(([h, s]) => toHousehold(h, s))

/** A household with at least as much need: more adults or children, less income, health issues. */
export const householdWithMoreNeed: fc.Arbitrary<[HouseholdFacts, HouseholdFacts]> = fc
  .tuple(
    normalHousehold,
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 0, max: 3 }),
    fc.boolean(),
    fc.boolean(),
    fc.integer({ min: 0, max: 80_000 }),
  )
  .map(([h, moreAdults, moreChildren, getsHealthIssues, losesAllOtherIncome, incomeDrop]) => {
    const other = h.only || losesAllOtherIncome ? 0 : Math.max(0, h.other - incomeDrop)
    const needier: NormalHousehold = {
      adults: h.adults + moreAdults,
      children: h.children + moreChildren,
      health: h.health || getsHealthIssues,
      only: other === 0,
      other,
    }
    return [toHousehold(h), toHousehold(needier)]
  })

const effectOrNone = fc.option(fc.constantFrom(...GROUND_EFFECTS), { nil: undefined })
export const ground: fc.Arbitrary<ReasonGround> = fc
  .record({ type: fc.constantFrom(...GROUND_TYPES), effect: effectOrNone })
  .map(({ type, effect }) => (effect === undefined ? { type } : { type, effect }))
export const grounds = fc.array(ground, { minLength: 1, maxLength: 4 })

function effectiveEffect(g: ReasonGround): GroundEffect {
  return g.effect ?? RULES_MD_STRONGEST[g.type]
}

/** A weightier reason: some grounds' effects raised in the order of P-REASON, and possibly more grounds. */
export const weightierReason: fc.Arbitrary<[ReasonGround[], ReasonGround[]]> = grounds.chain((base) =>
  fc
    .tuple(
      fc.tuple(...base.map(() => fc.constantFrom(...GROUND_EFFECTS))),
      fc.array(ground, { maxLength: 2 }),
    )
    .map(([raised, extra]) => {
      const heavier = base.map((g, i) => {
        const candidate = raised[i]!
        return RULES_MD_RANK[candidate] >= RULES_MD_RANK[effectiveEffect(g)] ? { ...g, effect: candidate } : g
      })
      return [base, [...heavier, ...extra]]
    }),
)

const evasionFields = {
  stoppedParticipatingBeforeMove: fc.boolean(),
  refusedOffersBeforeMove: fc.integer({ min: 0, max: 8 }),
  statedIntentToContinueProgramme: fc.boolean(),
}
export const evasion: fc.Arbitrary<EvasionFacts> = fc.record(evasionFields)

/** Stronger evidence of evasion: stopped, more refusals, the stated intent withdrawn. */
export const strongerEvasion: fc.Arbitrary<[EvasionFacts, EvasionFacts]> = fc
  .tuple(evasion, fc.boolean(), fc.integer({ min: 0, max: 4 }), fc.boolean())
  .map(([e, stops, moreRefusals, withdrawsIntent]) => [
    e,
    {
      stoppedParticipatingBeforeMove: e.stoppedParticipatingBeforeMove === true || stops,
      refusedOffersBeforeMove: (e.refusedOffersBeforeMove ?? 0) + moreRefusals,
      statedIntentToContinueProgramme: e.statedIntentToContinueProgramme === true && !withdrawsIntent,
    },
  ])

export const proposed = fc.integer({ min: 0, max: 100 })

export const completeInput: fc.Arbitrary<BenefitReductionInput> = fc
  .record({ household, grounds, evasion, proposed })
  .map(({ household, grounds, evasion, proposed }) => ({
    household,
    reason: { grounds },
    evasion,
    proposedReductionPercent: proposed,
  }))

/** Any facts may be missing; never contradictory. */
export const partialInput: fc.Arbitrary<BenefitReductionInput> = fc
  .record({
    household: fc.option(
      fc.record(
        {
          adults: fc.integer({ min: 1, max: 6 }),
          dependentChildren: fc.integer({ min: 0, max: 6 }),
          healthIssues: fc.boolean(),
          otherMonthlyIncomeDkk: fc.integer({ min: 0, max: 80_000 }),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
    grounds: fc.option(fc.array(ground, { maxLength: 3 }), { nil: undefined }),
    evasion: fc.option(fc.record(evasionFields, { requiredKeys: [] }), { nil: undefined }),
    proposed,
  })
  .map(({ household, grounds, evasion, proposed }) => ({
    ...(household ? { household } : {}),
    ...(grounds ? { reason: { grounds } } : {}),
    ...(evasion ? { evasion } : {}),
    proposedReductionPercent: proposed,
  }))

/** Any weights that keep the orders of `validateWeights`: the properties must hold for all of them. */
export const weights: fc.Arbitrary<ProportionalityWeights> = fc
  .record({
    evasionBaseCeiling: fc.integer({ min: 0, max: 150 }),
    evasionStoppedParticipating: fc.integer({ min: 0, max: 80 }),
    evasionPerRefusedOffer: fc.integer({ min: 0, max: 40 }),
    evasionMaxCountedRefusedOffers: fc.integer({ min: 0, max: 6 }),
    evasionNoStatedIntent: fc.integer({ min: 0, max: 80 }),
    needBenefitIsOnlyIncome: fc.integer({ min: 0, max: 80 }),
    needLowOtherIncome: fc.integer({ min: 0, max: 80 }),
    lowOtherIncomePerPersonDkk: fc.integer({ min: 0, max: 20_000 }),
    needDependentChildren: fc.integer({ min: 0, max: 80 }),
    needHealthIssues: fc.integer({ min: 0, max: 80 }),
    reasonSupports: fc.integer({ min: 0, max: 150 }),
    reasonObligates: fc.integer({ min: 0, max: 150 }),
  })
  .map((w) => ({
    ...w,
    needLowOtherIncome: Math.min(w.needLowOtherIncome, w.needBenefitIsOnlyIncome),
    reasonSupports: Math.min(w.reasonSupports, w.reasonObligates),
  }))

export const language = fc.constantFrom<'da' | 'en'>('da', 'en')
