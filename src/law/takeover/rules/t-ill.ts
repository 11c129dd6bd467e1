/**
 * T-ILL (rules.md § 2): illness of the applicant or a close relative. The rule's definition, its evaluator
 * and its wording in Danish and English (`label` names the ground, `fact.*` / `missing.*` its facts, the
 * rest are the conclusions it can reach).
 */

import { LEGAL_BASIS, SOURCES } from '../../rule-definition.ts'
import { defineRule } from '../../rule-module.ts'
import {
  type Condition,
  commuteUnreasonable,
  type EvaluationContext,
  failedCondition,
  type GroundEvaluation,
  given,
  inReceivingMunicipality,
  insufficient,
  needsInformation,
  nonNegative,
  unknownFacts,
} from '../conditions.ts'
import { factMessages } from '../facts.ts'
import type { IllnessGround } from '../grounds.ts'
import { commuteParameter, DEFAULT_REASONABLE_ONE_WAY_COMMUTE_MINUTES } from '../parameters.ts'
import { SHARED_REASONS } from '../wording.ts'

/** T-ILL: frequency (weekly or more) decides obligates vs supports once place and commute qualify. */
export function evaluateIllness(ground: IllnessGround, ctx: EvaluationContext): GroundEvaluation<'T-ILL'> {
  const conditions: Condition[] = [
    {
      fact: 'treatmentMunicipality',
      holds: inReceivingMunicipality(ground.treatmentMunicipality, 'treatmentMunicipality', ctx),
      otherwise: 'treatment_elsewhere',
    },
    {
      fact: 'oneWayCommuteMinutes',
      holds: commuteUnreasonable(ground.oneWayCommuteMinutes, ctx),
      otherwise: 'commute_reasonable',
    },
  ]
  if (ground.treatmentsPerWeek !== undefined) nonNegative(ground.treatmentsPerWeek, 'treatmentsPerWeek', ctx)
  const failed = failedCondition(conditions)
  if (failed) return insufficient('T-ILL', failed, [])
  const missing = unknownFacts(conditions)
  if (ground.treatmentsPerWeek === undefined) missing.push('treatmentsPerWeek')
  const known = given(ground, ['treatmentsPerWeek', 'treatmentMunicipality', 'oneWayCommuteMinutes'])
  if (missing.length > 0) return needsInformation('T-ILL', missing, known)
  return (ground.treatmentsPerWeek ?? 0) >= 1
    ? { effect: 'obligates', ruleId: 'T-ILL', reason: 'frequent_treatment', factsUsed: known, missing: [] }
    : { effect: 'supports', ruleId: 'T-ILL', reason: 'infrequent_treatment', factsUsed: known, missing: [] }
}

export const tIll = defineRule({
  definition: {
    id: 'T-ILL',
    title: {
      da: 'Sygdom hos ansøgeren eller en nær pårørende',
      en: 'Illness of the applicant or a close relative',
    },
    decides: {
      da: 'Behandling i tilflytningskommunen uden rimelig transport: forpligter ved hyppig behandling (ugentligt eller oftere); taler for ved sjældnere behandling; utilstrækkeligt ved rimelig transport.',
      en: 'Treatment in the receiving municipality without reasonable transport: obliges for frequent treatment (weekly or more); supports for less frequent treatment; insufficient with a reasonable commute.',
    },
    legalSources: [SOURCES.IL_18_2, SOURCES.SEED_003, SOURCES.SEED_004, SOURCES.SEED_001],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    parameters: [commuteParameter(DEFAULT_REASONABLE_ONE_WAY_COMMUTE_MINUTES)],
  },
  evaluate: evaluateIllness,
  messages: {
    label: { da: 'Sygdom', en: 'Illness' },
    ...factMessages('patient', 'treatmentMunicipality', 'oneWayCommuteMinutes', 'treatmentsPerWeek'),
    missing_facts: SHARED_REASONS.missing_facts,
    commute_reasonable: SHARED_REASONS.commute_reasonable,
    treatment_elsewhere: {
      da: 'Behandlingsstedet ligger ikke i tilflytningskommunen; forholdet forpligter ikke i sig selv denne kommune',
      en: 'The place of treatment is not in the receiving municipality; this does not by itself oblige this municipality',
    },
    frequent_treatment: {
      da: 'Hyppig behandling (ugentligt eller oftere) i tilflytningskommunen uden rimelig transport; tilflytningskommunen skal derfor overtage integrationsansvaret',
      en: 'Frequent treatment (weekly or more) in the receiving municipality without reasonable transport; the receiving municipality must therefore take over',
    },
    infrequent_treatment: {
      da: 'Behandlingen er sjældnere end ugentligt; sygdommen taler for overtagelse efter en konkret vurdering af dens karakter',
      en: 'Treatment is less frequent than weekly; the illness weighs for a takeover after an individual assessment of its character',
    },
  },
})
