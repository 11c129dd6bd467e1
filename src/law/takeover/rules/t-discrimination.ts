/**
 * T-DISCRIMINATION (rules.md § 2): harassment and discrimination. The rule's definition, its evaluator and
 * its wording in Danish and English (`label` names the ground, `fact.*` / `missing.*` its facts, the rest
 * are the conclusions it can reach).
 */

import { LEGAL_BASIS, SOURCES } from '../../rule-definition.ts'
import { defineRule } from '../../rule-module.ts'
import { allConditions, type Condition, type GroundEvaluation, given } from '../conditions.ts'
import { factMessages } from '../facts.ts'
import type { DiscriminationGround } from '../grounds.ts'
import { SHARED_REASONS } from '../wording.ts'

/**
 * T-DISCRIMINATION (seed 000): supports only when threats were received and the authorities assess that
 * it cannot be solved locally. Whether it is LGBT+-related does not change the effect (statistics only).
 */
export function evaluateDiscrimination(ground: DiscriminationGround): GroundEvaluation<'T-DISCRIMINATION'> {
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

export const tDiscrimination = defineRule({
  definition: {
    id: 'T-DISCRIMINATION',
    title: { da: 'Chikane og diskrimination', en: 'Harassment and discrimination' },
    decides: {
      da: 'Taler for overtagelse, når der er modtaget trusler, og myndighederne vurderer, at situationen ikke kan løses lokalt (anden bolig, skoleskift); ellers utilstrækkeligt.',
      en: 'Supports a takeover when threats were received and the authorities assess that the situation cannot be solved locally (other housing, change of school); otherwise insufficient.',
    },
    legalSources: [SOURCES.IL_18_2, SOURCES.SEED_000],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: evaluateDiscrimination,
  messages: {
    label: { da: 'Chikane og diskrimination', en: 'Harassment and discrimination' },
    ...factMessages('lgbtqRelated', 'threatsReceived', 'authoritiesAssessNotSolvableLocally'),
    missing_facts: SHARED_REASONS.missing_facts,
    discrimination_no_threats: {
      da: 'Der er ikke modtaget trusler; chikane og diskrimination forpligter ikke i sig selv kommunen',
      en: 'No threats were received; harassment and discrimination do not by themselves oblige the municipality',
    },
    discrimination_solvable_locally: {
      da: 'Myndighederne vurderer ikke, at situationen ikke kan løses lokalt; forholdet forpligter ikke i sig selv kommunen',
      en: 'The authorities do not assess that the situation cannot be solved locally; this does not by itself oblige the municipality',
    },
    discrimination_not_solvable_locally: {
      da: 'Der er modtaget trusler, og myndighederne vurderer, at situationen ikke kan løses lokalt (anden bolig, skoleskift); det taler for overtagelse efter en konkret vurdering af omfang og karakter',
      en: 'Threats were received and the authorities assess that the situation cannot be solved locally (other housing, change of school); this weighs for a takeover after an individual assessment of its extent and character',
    },
  },
})
