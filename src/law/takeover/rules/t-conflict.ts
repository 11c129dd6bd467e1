/**
 * T-CONFLICT (rules.md § 2): conflicts with other refugees or municipal staff. The rule's definition, its
 * evaluator and its wording in Danish and English (`label` names the ground, `fact.*` / `missing.*` its
 * facts, the rest are the conclusions it can reach).
 */

import { LEGAL_BASIS, SOURCES } from '../../rule-definition.ts'
import { defineRule } from '../../rule-module.ts'
import { alwaysInsufficient } from '../conditions.ts'
import { factMessages } from '../facts.ts'
import { DECISIONS } from '../sources.ts'

/** Insufficient, whatever the facts (AST: "as a starting point not"). */
export const evaluateConflict = alwaysInsufficient('T-CONFLICT')

export const tConflict = defineRule({
  definition: {
    id: 'T-CONFLICT',
    title: {
      da: 'Konflikter med andre flygtninge eller forvaltningen',
      en: 'Conflicts with other refugees or municipal staff',
    },
    decides: { da: 'Utilstrækkeligt.', en: 'Insufficient.' },
    legalSources: [SOURCES.IL_18_2, DECISIONS.SM_1_2_00, SOURCES.SEED_001],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: evaluateConflict,
  messages: {
    label: { da: 'Konflikter', en: 'Conflicts' },
    ...factMessages('description'),
    conflict: {
      da: 'Problemer med andre flygtninge eller med kommunens medarbejdere har ikke væsentlig betydning for integrationsforløbet og forpligter ikke kommunen',
      en: 'Problems with other refugees or municipal staff are not of substantial importance for integration and do not oblige the municipality',
    },
  },
})
