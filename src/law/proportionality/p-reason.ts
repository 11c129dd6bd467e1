/**
 * P-REASON: why the person moved (seed 004, second criterion). A weightier reason only subtracts more,
 * so it never raises the maximum. Weight order (rules.md § 4): obligates > supports = needs_information
 * > insufficient. The weightiest ground decides, as in the overall § 18 outcome (rules.md § 2).
 */
import { LEGAL_BASIS, SOURCES } from '../rule-definition.ts'
import { defineRule, type Finding, type Message } from '../rule-module.ts'
import type { GroundEffect, GroundType } from '../vocabulary.ts'
import { points } from './points.ts'
import { PROPORTIONALITY_SOURCES } from './sources.ts'
import type { CriterionFindings, ReasonGround, ReasonLabel } from './types.ts'
import { DEFAULT_PROPORTIONALITY_WEIGHTS, type ProportionalityWeights, weightParameters } from './weights.ts'

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
  if (EFFECT_RANK[a] > EFFECT_RANK[b]) return a
  if (EFFECT_RANK[a] < EFFECT_RANK[b]) return b
  return a === 'supports' ? a : b
}

const MESSAGES = {
  title: { da: 'Årsag (P-REASON)', en: 'Reason (P-REASON)' },
  'no-reason': {
    da: 'ingen flytteårsag oplyst: 0 procentpoint',
    en: 'no reason for the move given: 0 percentage points',
  },
  /** `groundName` is the § 18 module's name of the ground (render.ts adds it from `ground`). */
  ground: {
    da: '{groundName} – {effect, select, obligates {forpligter til overtagelse} supports {taler for overtagelse} needs_information {manglede oplysninger} insufficient {utilstrækkelig} other {{effect}}} ({assessed, select, true {vurderet} other {antaget: grundtypens stærkest mulige virkning}})',
    en: "{groundName} – {effect, select, obligates {obligates takeover} supports {supports takeover} needs_information {needed information} insufficient {insufficient} other {{effect}}} ({assessed, select, true {assessed} other {assumed: the ground type's strongest possible effect}})",
  },
  total: {
    da: 'Den tungeste grund tæller: {points} procentpoint.',
    en: 'The weightiest ground counts: {points} percentage points.',
  },
  'obligates-note': {
    da: 'En grund, der forpligter til overtagelse, betyder, at afslaget selv strider mod IL § 18, stk. 2.',
    en: 'A ground that obligates takeover means the refusal itself conflicts with IL § 18(2).',
  },
  'needs-information-note': {
    da: 'Manglende oplysninger i § 18-vurderingen vægtes som en grund, der taler for overtagelse.',
    en: 'Missing facts in the § 18 assessment are weighed as a ground that supports takeover.',
  },
} as const satisfies Record<string, Message>

const finding = (code: keyof typeof MESSAGES, values?: Finding['values']): Finding => ({
  ruleId: 'P-REASON',
  code,
  ...(values ? { values } : {}),
})

export function assessReason(
  reason: { grounds: readonly ReasonGround[] } | undefined,
  weights: ProportionalityWeights,
): CriterionFindings {
  const grounds = reason?.grounds ?? []
  const title = finding('title')
  if (grounds.length === 0) {
    const missing = '/groundTypes' // the only fact P-REASON needs
    return {
      criterion: 'reason',
      ruleId: 'P-REASON',
      value: { score: 0, label: 'incomplete' },
      contribution: 0,
      explanation: {
        title,
        facts: [finding('no-reason')],
        closing: [{ ruleId: 'P-MAX', code: 'missing', values: { missing } }],
      },
      missing: [missing],
    }
  }

  const effects = grounds.map((ground) => ground.effect ?? STRONGEST_POSSIBLE_EFFECT[ground.type])
  const weightiest = effects.reduce(weightier) // at least one ground (above)
  const facts = grounds.map((ground, index) =>
    finding('ground', {
      ground: ground.type,
      effect: effects[index]!,
      assessed: ground.effect !== undefined,
    }),
  )
  const deducted = deduction(weightiest, weights)
  const contribution = deducted === 0 ? 0 : -deducted
  const label: ReasonLabel = weightiest
  const closing = [finding('total', { points: points(contribution) })]
  if (weightiest === 'obligates') closing.push(finding('obligates-note'))
  else if (weightiest === 'needs_information') closing.push(finding('needs-information-note'))
  return {
    criterion: 'reason',
    ruleId: 'P-REASON',
    value: { score: EFFECT_RANK[weightiest], label },
    contribution,
    explanation: { title, facts, closing },
    missing: [],
  }
}

/** The reason of a request that names only ground types (`groundTypes`): effects unknown. */
export function groundsFromTypes(types: readonly GroundType[]): { grounds: ReasonGround[] } {
  return { grounds: types.map((type) => ({ type })) }
}

export const P_REASON = defineRule({
  definition: {
    id: 'P-REASON',
    title: { da: 'Årsagen til flytningen', en: 'Reason for the move' },
    decides: {
      da: 'Hvor meget flytteårsagen trækker maksimum ned: en grund der forpligter > understøtter/mangler oplysninger > utilstrækkelig. Uden vurderet virkning bruges grundtypens stærkest mulige virkning (IL § 18, stk. 2).',
      en: 'How far the reason for the move pulls the maximum down: a ground that obligates > supports/needs information > insufficient. Without an assessed effect, the ground type’s strongest possible effect is used (IL § 18(2)).',
    },
    legalSources: [PROPORTIONALITY_SOURCES.IL_32, SOURCES.SEED_004, SOURCES.IL_18_2, SOURCES.SEED_003],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    parameters: weightParameters(DEFAULT_PROPORTIONALITY_WEIGHTS, ['reasonSupports', 'reasonObligates']),
  },
  evaluate: assessReason,
  messages: MESSAGES,
})
