/**
 * T-OTHER (rules.md § 2): other circumstance. The rule's definition, its evaluator and its wording in
 * Danish and English (`label` names the ground, `fact.*` / `missing.*` its facts, the rest are the
 * conclusions it can reach).
 */

import { LEGAL_BASIS, SOURCES } from '../../rule-definition.ts'
import { defineRule } from '../../rule-module.ts'
import { type GroundEvaluation, needsInformation } from '../conditions.ts'
import { factMessages } from '../facts.ts'
import type { DescribedGround } from '../grounds.ts'
import { SHARED_REASONS } from '../wording.ts'

/** T-OTHER: no presumption; without a description there is nothing to assess. */
export function evaluateOther(ground: DescribedGround<'other'>): GroundEvaluation<'T-OTHER'> {
  if (ground.description === undefined || ground.description.trim() === '') {
    return needsInformation('T-OTHER', ['description'], [])
  }
  return { effect: 'supports', ruleId: 'T-OTHER', reason: 'other', factsUsed: ['description'], missing: [] }
}

export const tOther = defineRule({
  definition: {
    id: 'T-OTHER',
    title: { da: 'Andet forhold', en: 'Other circumstance' },
    decides: {
      da: 'Kræver en konkret, individuel vurdering uden formodning for eller imod.',
      en: 'Needs an individual assessment with no presumption either way.',
    },
    legalSources: [SOURCES.IL_18_2],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: evaluateOther,
  messages: {
    label: { da: 'Andet forhold', en: 'Other circumstance' },
    ...factMessages('description'),
    missing_facts: SHARED_REASONS.missing_facts,
    other: {
      da: 'Forholdet er ikke et af de typiske eksempler; det kræver en konkret, individuel vurdering uden formodning for eller imod',
      en: 'This circumstance is not one of the typical examples; it needs an individual assessment with no presumption either way',
    },
  },
})
