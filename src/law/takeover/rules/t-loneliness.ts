/**
 * T-LONELINESS (rules.md § 2): loneliness. The rule's definition, its evaluator and its wording in Danish
 * and English (`label` names the ground, `fact.*` / `missing.*` its facts, the rest are the conclusions it
 * can reach).
 */

import { LEGAL_BASIS, SOURCES } from '../../rule-definition.ts'
import { defineRule } from '../../rule-module.ts'
import { alwaysInsufficient } from '../conditions.ts'
import { factMessages } from '../facts.ts'

/** Insufficient, whatever the facts (AST: "as a starting point not"). */
export const evaluateLoneliness = alwaysInsufficient('T-LONELINESS')

export const tLoneliness = defineRule({
  definition: {
    id: 'T-LONELINESS',
    title: { da: 'Ensomhed', en: 'Loneliness' },
    decides: { da: 'Utilstrækkeligt.', en: 'Insufficient.' },
    legalSources: [SOURCES.IL_18_2, SOURCES.SEED_003, SOURCES.SEED_004],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: evaluateLoneliness,
  messages: {
    label: { da: 'Ensomhed', en: 'Loneliness' },
    ...factMessages('description'),
    loneliness: {
      da: 'Ensomhed i boligplaceringskommunen forpligter ikke tilflytningskommunen til at overtage integrationsansvaret',
      en: 'Loneliness in the current municipality does not oblige the receiving municipality to take over',
    },
  },
})
