/**
 * T-PARTNER (rules.md § 2): partner without a common child. The rule's definition, its evaluator and its
 * wording in Danish and English (`label` names the ground, `fact.*` / `missing.*` its facts, the rest are
 * the conclusions it can reach).
 */

import { LEGAL_BASIS, SOURCES } from '../../rule-definition.ts'
import { defineRule } from '../../rule-module.ts'
import { allConditions, type Condition, type GroundEvaluation } from '../conditions.ts'
import { factMessages } from '../facts.ts'
import type { PartnerGround } from '../grounds.ts'

/**
 * T-PARTNER / T-PARTNER-CHILD. Paternity is decisive, so only a born child with registered paternity
 * obliges (seed 004). A child not yet born is expressed as `commonChildBorn: false` with paternity
 * acknowledged in advance (`paternityRegistered: true`): T-PARTNER-CHILD, insufficient until the birth.
 * `commonChildBorn: false` otherwise means no common child (T-PARTNER). A registration known to be
 * missing decides "insufficient" even when the birth is unknown.
 */
export function evaluatePartner(ground: PartnerGround): GroundEvaluation<'T-PARTNER' | 'T-PARTNER-CHILD'> {
  if (ground.commonChildBorn === false) {
    const expecting = ground.paternityRegistered === true
    return {
      effect: 'insufficient',
      ruleId: expecting ? 'T-PARTNER-CHILD' : 'T-PARTNER',
      reason: expecting ? 'child_not_born' : 'partner_no_common_child',
      factsUsed: expecting ? ['commonChildBorn', 'paternityRegistered'] : ['commonChildBorn'],
      missing: [],
    }
  }
  const conditions: Condition[] = [
    // Stryker disable next-line StringLiteral: equivalent because commonChildBorn === false returned above, so this condition never fails
    { fact: 'commonChildBorn', holds: ground.commonChildBorn, otherwise: 'partner_no_common_child' },
    { fact: 'paternityRegistered', holds: ground.paternityRegistered, otherwise: 'paternity_not_registered' },
  ]
  return allConditions('T-PARTNER-CHILD', conditions, 'obligates', 'common_child_registered')
}

export const tPartner = defineRule({
  definition: {
    id: 'T-PARTNER',
    title: { da: 'Kæreste uden fælles barn', en: 'Partner without a common child' },
    decides: {
      da: 'Et kæresteforhold uden fælles barn er ikke en tilstrækkelig nær og fast relation: utilstrækkeligt.',
      en: 'A relationship without a common child is not a sufficiently close and stable family relation: insufficient.',
    },
    legalSources: [SOURCES.IL_18_2, SOURCES.SEED_003, SOURCES.SEED_004],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: evaluatePartner,
  messages: {
    label: { da: 'Kæreste', en: 'Partner' },
    ...factMessages('commonChildBorn'),
    partner_no_common_child: {
      da: 'Et kæresteforhold uden fælles barn er ikke en tilstrækkelig nær og fast relation og forpligter ikke kommunen; efter et fælles barns fødsel og registrering af faderskab kan der søges igen',
      en: 'A relationship without a common child is not a sufficiently close and stable relation and does not oblige the municipality; after a common child’s birth and registration of paternity the applicant may apply again',
    },
  },
})
