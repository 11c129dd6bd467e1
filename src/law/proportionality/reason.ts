/**
 * P-REASON: why the person moved (seed 004, second criterion). A weightier reason only subtracts more,
 * so it never raises the maximum. Weight order (rules.md § 4): obligates > supports = needs_information
 * > insufficient. The weightiest ground decides, as in the overall § 18 outcome (rules.md § 2).
 */
import type { Language } from '../rule-definition.ts'
import type { GroundEffect, GroundType } from '../vocabulary.ts'
import { effectName, groundName, missingSentence, points, say } from './text.ts'
import type { CriterionAssessment, ReasonGround, ReasonLabel } from './types.ts'
import type { ProportionalityWeights } from './weights.ts'

/**
 * The strongest effect each ground type can have under rules.md § 2, used when only ground types are
 * known (request `groundTypes`). Assuming the strongest keeps the model from calling a reduction
 * proportionate where the § 18 assessment might have found that the municipality had to take over;
 * a stored application's assessed effects (`applicationId`) give a sharper answer.
 */
export const STRONGEST_POSSIBLE_EFFECT: Readonly<Record<GroundType, GroundEffect>> = {
  employment: 'obligates', // T-EMP: ordinary job, commute unreasonable
  education: 'obligates', // T-EDU: all conditions met
  spouse: 'obligates', // T-SPOUSE, T-SPOUSE-BOTH
  partner: 'obligates', // T-PARTNER-CHILD: common child born and paternity registered (without: T-PARTNER, insufficient)
  illness: 'obligates', // T-ILL: frequent treatment, commute unreasonable
  threats: 'obligates', // T-THREAT: documented safety reasons
  unaccompanied_minor_placement: 'obligates', // T-MINOR
  discrimination: 'supports', // T-DISCRIMINATION: at most supports
  other: 'supports', // T-OTHER: individual assessment, no presumption
  family_or_friends: 'insufficient', // T-FAMILY-FRIENDS
  loneliness: 'insufficient', // T-LONELINESS
  larger_city: 'insufficient', // T-LARGER-CITY
  conflict: 'insufficient', // T-CONFLICT
}

/**
 * Rank of an effect in the weight order. `needs_information` ranks with `supports`: the refused § 18
 * assessment lacked facts, and the municipality's gap in investigating (officialprincippet) must not be
 * held against the person, so the ground is weighed as one that may support the move.
 */
export const EFFECT_RANK: Readonly<Record<GroundEffect, 0 | 1 | 2>> = {
  insufficient: 0,
  needs_information: 1,
  supports: 1,
  obligates: 2,
}

function deduction(effect: GroundEffect, weights: ProportionalityWeights): number {
  const rank = EFFECT_RANK[effect]
  return rank === 2 ? weights.reasonObligates : rank === 1 ? weights.reasonSupports : 0
}

/** Weightiest first; among equal ranks `supports` names the level before `needs_information`. */
function weightier(a: GroundEffect, b: GroundEffect): GroundEffect {
  if (EFFECT_RANK[a] !== EFFECT_RANK[b]) return EFFECT_RANK[a] > EFFECT_RANK[b] ? a : b
  return a === 'supports' ? a : b
}

export function assessReason(
  reason: { grounds: readonly ReasonGround[] } | undefined,
  weights: ProportionalityWeights,
  language: Language,
): CriterionAssessment {
  const grounds = reason?.grounds ?? []
  const title = say(language, 'Årsag (P-REASON)', 'Reason (P-REASON)')
  if (grounds.length === 0) {
    const missing = ['/groundTypes']
    return {
      criterion: 'reason',
      ruleId: 'P-REASON',
      value: { score: 0, label: 'incomplete' },
      contribution: 0,
      explanation: `${title}: ${say(language, 'ingen flytteårsag oplyst: 0 procentpoint', 'no reason for the move given: 0 percentage points')}. ${missingSentence(missing, language)}`,
      missing,
    }
  }

  const effects = grounds.map((ground) => ground.effect ?? STRONGEST_POSSIBLE_EFFECT[ground.type])
  const weightiest = effects.reduce(weightier, 'insufficient')
  const parts = grounds.map((ground, index) => {
    const basis = ground.effect
      ? say(language, 'vurderet', 'assessed')
      : say(
          language,
          'antaget: grundtypens stærkest mulige virkning',
          "assumed: the ground type's strongest possible effect",
        )
    return `${groundName(ground.type, language)} – ${effectName(effects[index]!, language)} (${basis})`
  })
  const deducted = deduction(weightiest, weights)
  const contribution = deducted === 0 ? 0 : -deducted
  const label: ReasonLabel = weightiest
  const note =
    weightiest === 'obligates'
      ? say(
          language,
          ' En grund, der forpligter til overtagelse, betyder, at afslaget selv strider mod IL § 18, stk. 2.',
          ' A ground that obligates takeover means the refusal itself conflicts with IL § 18(2).',
        )
      : weightiest === 'needs_information'
        ? say(
            language,
            ' Manglende oplysninger i § 18-vurderingen vægtes som en grund, der taler for overtagelse.',
            ' Missing facts in the § 18 assessment are weighed as a ground that supports takeover.',
          )
        : ''
  const total = say(
    language,
    `Den tungeste grund tæller: ${points(contribution)} procentpoint.`,
    `The weightiest ground counts: ${points(contribution)} percentage points.`,
  )
  return {
    criterion: 'reason',
    ruleId: 'P-REASON',
    value: { score: EFFECT_RANK[weightiest], label },
    contribution,
    explanation: `${title}: ${parts.join('; ')}. ${total}${note}`,
    missing: [],
  }
}

/** The reason of a request that names only ground types (`groundTypes`): effects unknown. */
export function groundsFromTypes(types: readonly GroundType[]): { grounds: ReasonGround[] } {
  return { grounds: types.map((type) => ({ type })) }
}
