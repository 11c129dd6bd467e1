/**
 * T-THREAT (rules.md § 2): threats and safety. The rule's definition, its evaluator and its wording in
 * Danish and English (`label` names the ground, `fact.*` / `missing.*` its facts, the rest are the
 * conclusions it can reach).
 */

import { LEGAL_BASIS, SOURCES } from '../../rule-definition.ts'
import { defineRule } from '../../rule-module.ts'
import { type GroundEvaluation, given, needsInformation } from '../conditions.ts'
import { factMessages } from '../facts.ts'
import type { FactName, ThreatsGround } from '../grounds.ts'
import { DECISIONS } from '../sources.ts'
import { SHARED_REASONS } from '../wording.ts'

/**
 * T-THREAT. A stronger attachment elsewhere or no safety reason decides "insufficient"; otherwise one
 * kind of evidence suffices to oblige, and a claim with every kind of evidence absent only supports.
 */
export function evaluateThreats(ground: ThreatsGround): GroundEvaluation<'T-THREAT'> {
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
  const missing: FactName[] = []
  if (ground.cannotReturnForSafety === undefined) missing.push('cannotReturnForSafety')
  // Without evidence found, the kinds neither found nor ruled out are missing (none when all are ruled out).
  if (!documented) missing.push(...evidence.filter((fact) => ground[fact] === undefined))
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

export const tThreat = defineRule({
  definition: {
    id: 'T-THREAT',
    title: { da: 'Trusler og sikkerhed', en: 'Threats and safety' },
    decides: {
      da: 'Kan personen af sikkerhedsmæssige årsager ikke vende tilbage: forpligter, når det er dokumenteret (politianmeldelse, journal/krisecentererklæring eller myndigheds anbefaling) og der ikke er større tilknytning til en anden kommune; taler for uden dokumentation.',
      en: 'If the person cannot return for safety reasons: obliges when documented (police report, medical or crisis-centre records, or an authority’s recommendation) and there is no stronger attachment to another municipality; supports without evidence.',
    },
    legalSources: [
      SOURCES.IL_18_2,
      SOURCES.SEED_003,
      SOURCES.SEED_004,
      DECISIONS.SM_1_3_01,
      SOURCES.SEED_001,
    ],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: evaluateThreats,
  messages: {
    label: { da: 'Trusler', en: 'Threats' },
    ...factMessages(
      'cannotReturnForSafety',
      'reportedToPolice',
      'documentedByHealthOrCrisisCentre',
      'authorityRecommendsRelocation',
      'strongerAttachmentElsewhere',
    ),
    missing_facts: SHARED_REASONS.missing_facts,
    stronger_attachment_elsewhere: {
      da: 'Der er større tilknytning til en anden kommune; tilflytningskommunen er derfor ikke forpligtet (et midlertidigt krisecenterophold skaber ikke større tilknytning)',
      en: 'There is a stronger attachment to another municipality; the receiving municipality is therefore not obliged (a temporary crisis-centre stay creates no stronger attachment)',
    },
    no_safety_reason: {
      da: 'Der er ikke oplyst sikkerhedsmæssige årsager til, at personen ikke kan vende tilbage; forholdet forpligter ikke kommunen',
      en: 'No safety reason for not returning is stated; this does not oblige the municipality',
    },
    threat_documented: {
      da: 'Personen kan af dokumenterede sikkerhedsmæssige årsager ikke vende tilbage og har ikke større tilknytning til en anden kommune; tilflytningskommunen skal derfor overtage integrationsansvaret',
      en: 'The person cannot return for documented safety reasons and has no stronger attachment elsewhere; the receiving municipality must therefore take over',
    },
    threat_undocumented: {
      da: 'Truslerne er ikke dokumenteret (politianmeldelse, journal/krisecentererklæring eller myndigheds anbefaling); de taler for overtagelse efter en konkret vurdering',
      en: 'The threats are not documented (police report, medical or crisis-centre records, or an authority’s recommendation); they weigh for a takeover after an individual assessment',
    },
  },
})
