/**
 * T-SPOUSE (rules.md § 2): spouse not covered by the programme. The rule's definition, its evaluator and
 * its wording in Danish and English (`label` names the ground, `fact.*` / `missing.*` its facts, the rest
 * are the conclusions it can reach).
 */

import { LEGAL_BASIS, SOURCES } from '../../rule-definition.ts'
import { defineRule } from '../../rule-module.ts'
import {
  allConditions,
  type Condition,
  type EvaluationContext,
  type GroundEvaluation,
  given,
  inReceivingMunicipality,
  needsInformation,
} from '../conditions.ts'
import { factMessages } from '../facts.ts'
import type { FactName, SpouseGround } from '../grounds.ts'
import { DECISIONS } from '../sources.ts'
import { SHARED_REASONS } from '../wording.ts'

/**
 * T-SPOUSE when the spouse is not covered by the programme (obligates if the spouse lives in / moves to
 * the receiving municipality); T-SPOUSE-BOTH when both spouses are covered: the linked application's
 * outcome, resolved by the caller, decides (obligated → obligates; otherwise individual assessment).
 */
export function evaluateSpouse(
  ground: SpouseGround,
  ctx: EvaluationContext,
): GroundEvaluation<'T-SPOUSE' | 'T-SPOUSE-BOTH'> {
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

export const tSpouse = defineRule({
  definition: {
    id: 'T-SPOUSE',
    title: { da: 'Ægtefælle uden for programmet', en: 'Spouse not covered by the programme' },
    decides: {
      da: 'En ægtefælle, der ikke er omfattet af programmet, bor i eller flytter til tilflytningskommunen: forpligter. Årsagen til ægtefællens flytning er uden betydning.',
      en: 'A spouse not covered by the programme lives in or moves to the receiving municipality: obliges. The reason for the spouse’s move is irrelevant.',
    },
    legalSources: [SOURCES.IL_18_2, SOURCES.SEED_004, DECISIONS.I_2_05, SOURCES.SEED_001],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: evaluateSpouse,
  messages: {
    label: { da: 'Ægtefælle', en: 'Spouse' },
    ...factMessages('spouseCoveredByProgramme', 'spouseMunicipality'),
    missing_facts: SHARED_REASONS.missing_facts,
    spouse_in_receiving: {
      da: 'Ægtefællen er ikke omfattet af programmet og bor i eller flytter til tilflytningskommunen; ægtefæller er en familieenhed, årsagen til ægtefællens flytning er uden betydning, og kommunen skal derfor overtage integrationsansvaret',
      en: 'The spouse is not covered by the programme and lives in or moves to the receiving municipality; spouses form a family unit, the reason for the spouse’s move is irrelevant, and the municipality must therefore take over',
    },
    spouse_elsewhere: {
      da: 'Ægtefællen bor ikke i og flytter ikke til tilflytningskommunen; forholdet forpligter ikke denne kommune',
      en: 'The spouse neither lives in nor moves to the receiving municipality; this does not oblige this municipality',
    },
  },
})
