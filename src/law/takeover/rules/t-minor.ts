/**
 * T-MINOR (rules.md § 2): unaccompanied minor placed in the receiving municipality. The rule's definition,
 * its evaluator and its wording in Danish and English (`label` names the ground, `fact.*` / `missing.*` its
 * facts, the rest are the conclusions it can reach).
 */

import { LEGAL_BASIS, SOURCES } from '../../rule-definition.ts'
import { defineRule } from '../../rule-module.ts'
import {
  allConditions,
  type Condition,
  type EvaluationContext,
  type GroundEvaluation,
  inReceivingMunicipality,
} from '../conditions.ts'
import { factMessages } from '../facts.ts'
import type { UnaccompaniedMinorPlacementGround } from '../grounds.ts'
import { SHARED_REASONS } from '../wording.ts'

export function evaluateMinor(
  ground: UnaccompaniedMinorPlacementGround,
  ctx: EvaluationContext,
): GroundEvaluation<'T-MINOR'> {
  const conditions: Condition[] = [
    {
      fact: 'placementMunicipality',
      holds: inReceivingMunicipality(ground.placementMunicipality, 'placementMunicipality', ctx),
      otherwise: 'minor_placed_elsewhere',
    },
  ]
  return allConditions('T-MINOR', conditions, 'obligates', 'minor_placed_in_receiving')
}

export const tMinor = defineRule({
  definition: {
    id: 'T-MINOR',
    title: {
      da: 'Uledsaget mindreårig anbragt i tilflytningskommunen',
      en: 'Unaccompanied minor placed in the receiving municipality',
    },
    decides: {
      da: 'En uledsaget mindreårig flygtning i programmet anbragt efter serviceloven på en institution i tilflytningskommunen: forpligter.',
      en: 'An unaccompanied minor refugee in the programme placed under the Social Services Act at an institution in the receiving municipality: obliges.',
    },
    legalSources: [SOURCES.IL_18_2, SOURCES.SEED_003, SOURCES.SEED_004, SOURCES.SEED_001],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: evaluateMinor,
  messages: {
    label: { da: 'Anbringelse af uledsaget mindreårig', en: 'Placement of an unaccompanied minor' },
    ...factMessages('placementMunicipality'),
    missing_facts: SHARED_REASONS.missing_facts,
    minor_placed_in_receiving: {
      da: 'Den uledsagede mindreårige er anbragt efter serviceloven i tilflytningskommunen; kommunen skal derfor overtage integrationsansvaret',
      en: 'The unaccompanied minor is placed under the Social Services Act in the receiving municipality; the municipality must therefore take over',
    },
    minor_placed_elsewhere: {
      da: 'Anbringelsesstedet ligger ikke i tilflytningskommunen; forholdet forpligter ikke denne kommune',
      en: 'The placement is not in the receiving municipality; this does not oblige this municipality',
    },
  },
})
