/**
 * Evaluators of the "special personal circumstances" grounds (IL § 18 stk. 2, second limb): spouse,
 * partner, threats and discrimination (rules.md § 2).
 */
import {
  allConditions,
  type Condition,
  type EvaluationContext,
  type GroundEvaluation,
  given,
  inReceivingMunicipality,
  needsInformation,
} from './conditions.ts'
import type { DiscriminationGround, FactName, PartnerGround, SpouseGround, ThreatsGround } from './grounds.ts'

/**
 * T-SPOUSE when the spouse is not covered by the programme (obligates if the spouse lives in / moves to
 * the receiving municipality); T-SPOUSE-BOTH when both spouses are covered: the linked application's
 * outcome, resolved by the caller, decides (obligated → obligates; otherwise individual assessment).
 */
export function evaluateSpouse(ground: SpouseGround, ctx: EvaluationContext): GroundEvaluation {
  if (ground.spouseCoveredByProgramme === undefined) {
    return needsInformation('T-SPOUSE', ['spouseCoveredByProgramme'], given(ground, ['spouseMunicipality']))
  }
  if (!ground.spouseCoveredByProgramme) {
    const conditions: Condition[] = [
      {
        fact: 'spouseMunicipality',
        holds: inReceivingMunicipality(ground.spouseMunicipality, 'spouseMunicipality', ctx),
        otherwise: 'spouse_elsewhere',
      },
    ]
    return allConditions('T-SPOUSE', conditions, 'obligates', 'spouse_in_receiving', [
      'spouseCoveredByProgramme',
    ])
  }
  const context: FactName[] = ['spouseCoveredByProgramme']
  if (ground.linkedApplicationId === undefined) {
    return needsInformation('T-SPOUSE-BOTH', ['linkedApplicationId'], context)
  }
  const linked = ctx.linkedOutcomes.get(ground.linkedApplicationId)
  const factsUsed: FactName[] = [...context, 'linkedApplicationId']
  if (linked === undefined) {
    return {
      effect: 'needs_information',
      ruleId: 'T-SPOUSE-BOTH',
      reason: 'linked_application_unresolved',
      factsUsed: context,
      missing: ['linkedApplicationId'],
    }
  }
  return linked === 'obligated'
    ? {
        effect: 'obligates',
        ruleId: 'T-SPOUSE-BOTH',
        reason: 'linked_spouse_obligated',
        factsUsed,
        missing: [],
      }
    : {
        effect: 'supports',
        ruleId: 'T-SPOUSE-BOTH',
        reason: 'linked_spouse_not_obligated',
        factsUsed,
        missing: [],
      }
}

/**
 * T-PARTNER / T-PARTNER-CHILD. Paternity is decisive, so only a born child with registered paternity
 * obliges (seed 004). A child not yet born is expressed as `commonChildBorn: false` with paternity
 * acknowledged in advance (`paternityRegistered: true`): T-PARTNER-CHILD, insufficient until the birth.
 * `commonChildBorn: false` otherwise means no common child (T-PARTNER). A registration known to be
 * missing decides "insufficient" even when the birth is unknown.
 */
export function evaluatePartner(ground: PartnerGround): GroundEvaluation {
  if (ground.commonChildBorn === false) {
    const expecting = ground.paternityRegistered === true
    return {
      effect: 'insufficient',
      ruleId: expecting ? 'T-PARTNER-CHILD' : 'T-PARTNER',
      reason: expecting ? 'child_not_born' : 'partner_no_common_child',
      factsUsed: expecting ? ['commonChildBorn', 'paternityRegistered'] : ['commonChildBorn'],
      missing: [],
    }
  }
  const conditions: Condition[] = [
    { fact: 'commonChildBorn', holds: ground.commonChildBorn, otherwise: 'partner_no_common_child' },
    { fact: 'paternityRegistered', holds: ground.paternityRegistered, otherwise: 'paternity_not_registered' },
  ]
  return allConditions('T-PARTNER-CHILD', conditions, 'obligates', 'common_child_registered')
}

/**
 * T-THREAT. A stronger attachment elsewhere or no safety reason decides "insufficient"; otherwise one
 * kind of evidence suffices to oblige, and a claim with every kind of evidence absent only supports.
 */
export function evaluateThreats(ground: ThreatsGround): GroundEvaluation {
  if (ground.strongerAttachmentElsewhere === true) {
    return {
      effect: 'insufficient',
      ruleId: 'T-THREAT',
      reason: 'stronger_attachment_elsewhere',
      factsUsed: ['strongerAttachmentElsewhere'],
      missing: [],
    }
  }
  if (ground.cannotReturnForSafety === false) {
    return {
      effect: 'insufficient',
      ruleId: 'T-THREAT',
      reason: 'no_safety_reason',
      factsUsed: ['cannotReturnForSafety'],
      missing: [],
    }
  }
  const evidence = [
    'reportedToPolice',
    'documentedByHealthOrCrisisCentre',
    'authorityRecommendsRelocation',
  ] as const
  const documented = evidence.some((fact) => ground[fact] === true)
  const undocumented = evidence.every((fact) => ground[fact] === false)
  const missing: FactName[] = []
  if (ground.cannotReturnForSafety === undefined) missing.push('cannotReturnForSafety')
  if (!documented && !undocumented) missing.push(...evidence.filter((fact) => ground[fact] === undefined))
  if (ground.strongerAttachmentElsewhere === undefined) missing.push('strongerAttachmentElsewhere')
  // Once one kind of evidence is found, only the evidence found is what the effect rests on.
  const evidenceUsed = evidence.filter((fact) =>
    documented ? ground[fact] === true : ground[fact] !== undefined,
  )
  const known: FactName[] = [
    ...given(ground, ['cannotReturnForSafety']),
    ...evidenceUsed,
    ...given(ground, ['strongerAttachmentElsewhere']),
  ]
  if (missing.length > 0) return needsInformation('T-THREAT', missing, known)
  return documented
    ? { effect: 'obligates', ruleId: 'T-THREAT', reason: 'threat_documented', factsUsed: known, missing: [] }
    : { effect: 'supports', ruleId: 'T-THREAT', reason: 'threat_undocumented', factsUsed: known, missing: [] }
}

/**
 * T-DISCRIMINATION (seed 000): supports only when threats were received and the authorities assess that
 * it cannot be solved locally. Whether it is LGBT+-related does not change the effect (statistics only).
 */
export function evaluateDiscrimination(ground: DiscriminationGround): GroundEvaluation {
  const conditions: Condition[] = [
    { fact: 'threatsReceived', holds: ground.threatsReceived, otherwise: 'discrimination_no_threats' },
    {
      fact: 'authoritiesAssessNotSolvableLocally',
      holds: ground.authoritiesAssessNotSolvableLocally,
      otherwise: 'discrimination_solvable_locally',
    },
  ]
  return allConditions(
    'T-DISCRIMINATION',
    conditions,
    'supports',
    'discrimination_not_solvable_locally',
    given(ground, ['lgbtqRelated']),
  )
}
