/**
 * T-FAMILY-FRIENDS (rules.md § 2): family or friends in the receiving municipality. The rule's definition,
 * its evaluator and its wording in Danish and English (`label` names the ground, `fact.*` / `missing.*` its
 * facts, the rest are the conclusions it can reach).
 */

import { LEGAL_BASIS, SOURCES } from '../../rule-definition.ts'
import { defineRule } from '../../rule-module.ts'
import { alwaysInsufficient } from '../conditions.ts'
import { factMessages } from '../facts.ts'
import { DECISIONS } from '../sources.ts'

/** Insufficient, whatever the facts (AST: "as a starting point not"). */
export const evaluateFamilyFriends = alwaysInsufficient('T-FAMILY-FRIENDS')

export const tFamilyFriends = defineRule({
  definition: {
    id: 'T-FAMILY-FRIENDS',
    title: {
      da: 'Familie eller venner i tilflytningskommunen',
      en: 'Family or friends in the receiving municipality',
    },
    decides: { da: 'Utilstrækkeligt.', en: 'Insufficient.' },
    legalSources: [SOURCES.IL_18_2, SOURCES.SEED_003, SOURCES.SEED_004, DECISIONS.I_2_00],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: evaluateFamilyFriends,
  messages: {
    label: { da: 'Familie eller venner', en: 'Family or friends' },
    ...factMessages('description'),
    family_or_friends: {
      da: 'Familie (ud over ægtefælle og fælles barn) eller venner i tilflytningskommunen forpligter ikke kommunen til at overtage integrationsansvaret',
      en: 'Family (other than a spouse or common child) or friends in the receiving municipality do not oblige the municipality to take over',
    },
  },
})
