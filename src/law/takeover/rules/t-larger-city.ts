/**
 * T-LARGER-CITY (rules.md § 2): wish for a larger city or a community. The rule's definition, its evaluator
 * and its wording in Danish and English (`label` names the ground, `fact.*` / `missing.*` its facts, the
 * rest are the conclusions it can reach).
 */

import { LEGAL_BASIS, SOURCES } from '../../rule-definition.ts'
import { defineRule } from '../../rule-module.ts'
import { alwaysInsufficient } from '../conditions.ts'
import { factMessages } from '../facts.ts'
import { DECISIONS } from '../sources.ts'

/** Insufficient, whatever the facts (AST: "as a starting point not"). */
export const evaluateLargerCity = alwaysInsufficient('T-LARGER-CITY')

export const tLargerCity = defineRule({
  definition: {
    id: 'T-LARGER-CITY',
    title: { da: 'Ønske om større by eller netværk', en: 'Wish for a larger city or a community' },
    decides: {
      da: 'Ønsket om en større by, forventede bedre jobchancer uden konkret job eller nærhed til et fællesskab (fx LGBT+-miljøet i København): utilstrækkeligt.',
      en: 'Wishing for a larger city, expecting better job chances without a concrete job, or wishing to be near a community (e.g. the LGBT+ community in Copenhagen): insufficient.',
    },
    legalSources: [SOURCES.IL_18_2, SOURCES.SEED_000, SOURCES.SEED_003, SOURCES.SEED_004, DECISIONS.I_2_00],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: evaluateLargerCity,
  messages: {
    label: { da: 'Større by eller netværk', en: 'Larger city or community' },
    ...factMessages('description'),
    larger_city: {
      da: 'Ønsket om en større by med flere muligheder, forventede bedre jobchancer uden konkret job eller nærhed til et fællesskab forpligter ikke kommunen; programmet kan gennemføres lige så godt i en mindre kommune',
      en: 'Wishing for a larger city, expecting better job chances without a concrete job, or wishing to be near a community does not oblige the municipality; the programme can be completed as well in a smaller municipality',
    },
  },
})
