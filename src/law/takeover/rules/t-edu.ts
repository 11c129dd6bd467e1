/**
 * T-EDU (rules.md § 2): admission to an education in the receiving municipality. The rule's definition, its
 * evaluator and its wording in Danish and English (`label` names the ground, `fact.*` / `missing.*` its
 * facts, the rest are the conclusions it can reach).
 */

import { LEGAL_BASIS, SOURCES } from '../../rule-definition.ts'
import { defineRule } from '../../rule-module.ts'
import {
  allConditions,
  type Condition,
  commuteUnreasonable,
  type EvaluationContext,
  type GroundEvaluation,
  inReceivingMunicipality,
  not,
} from '../conditions.ts'
import { factMessages } from '../facts.ts'
import type { EducationGround } from '../grounds.ts'
import { commuteParameter, DEFAULT_REASONABLE_ONE_WAY_COMMUTE_MINUTES } from '../parameters.ts'
import { SHARED_REASONS } from '../wording.ts'

/** T-EDU: obligates only when every condition holds; the first one that fails makes it insufficient. */
export function evaluateEducation(
  ground: EducationGround,
  ctx: EvaluationContext,
): GroundEvaluation<'T-EDU'> {
  const conditions: Condition[] = [
    { fact: 'admitted', holds: ground.admitted, otherwise: 'not_admitted' },
    {
      fact: 'institutionMunicipality',
      holds: inReceivingMunicipality(ground.institutionMunicipality, 'institutionMunicipality', ctx),
      otherwise: 'institution_elsewhere',
    },
    {
      fact: 'oneWayCommuteMinutes',
      holds: commuteUnreasonable(ground.oneWayCommuteMinutes, ctx),
      otherwise: 'commute_reasonable',
    },
    {
      fact: 'availableNearCurrentHome',
      holds: not(ground.availableNearCurrentHome),
      otherwise: 'education_available_nearby',
    },
    {
      fact: 'fastestRouteToEmployment',
      holds: ground.fastestRouteToEmployment,
      otherwise: 'education_not_fastest_route',
    },
  ]
  return allConditions('T-EDU', conditions, 'obligates', 'education_obligates')
}

export const tEdu = defineRule({
  definition: {
    id: 'T-EDU',
    title: {
      da: 'Optagelse på uddannelse i tilflytningskommunen',
      en: 'Admission to an education in the receiving municipality',
    },
    decides: {
      da: 'Forpligter, når ansøgeren eller ægtefællen er optaget, transporten er urimelig, samme uddannelse ikke kan tages lokalt eller med rimelig transport, og uddannelsen er den hurtigste vej til beskæftigelse; ellers utilstrækkeligt.',
      en: 'Obliges when the applicant or spouse is admitted, the commute is unreasonable, the same education is not available locally or within reasonable transport, and it is the fastest route to employment; otherwise insufficient.',
    },
    legalSources: [SOURCES.IL_18_2, SOURCES.SEED_003, SOURCES.SEED_004],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    parameters: [commuteParameter(DEFAULT_REASONABLE_ONE_WAY_COMMUTE_MINUTES)],
  },
  evaluate: evaluateEducation,
  messages: {
    label: { da: 'Uddannelse', en: 'Education' },
    ...factMessages(
      'holder',
      'admitted',
      'institutionMunicipality',
      'oneWayCommuteMinutes',
      'availableNearCurrentHome',
      'fastestRouteToEmployment',
    ),
    missing_facts: SHARED_REASONS.missing_facts,
    commute_reasonable: SHARED_REASONS.commute_reasonable,
    not_admitted: {
      da: 'Ansøgeren eller ægtefællen er ikke optaget på uddannelsen; forholdet forpligter ikke kommunen, men der kan søges igen efter optagelse',
      en: 'The applicant or spouse has not been admitted; this does not oblige the municipality, but the applicant may apply again once admitted',
    },
    institution_elsewhere: {
      da: 'Uddannelsesstedet ligger ikke i tilflytningskommunen; forholdet forpligter ikke i sig selv kommunen',
      en: 'The place of education is not in the receiving municipality; this does not by itself oblige the municipality',
    },
    education_available_nearby: {
      da: 'Samme uddannelse kan tages i boligplaceringskommunen eller en kommune med rimelig transport; tilflytningskommunen er derfor ikke forpligtet',
      en: 'The same education can be taken in the current municipality or one within reasonable transport; the receiving municipality is therefore not obliged',
    },
    education_not_fastest_route: {
      da: 'Uddannelsen er ikke den hurtigste vej til beskæftigelse (fx en lang videregående uddannelse); tilflytningskommunen er derfor ikke forpligtet',
      en: 'The education is not the fastest route to employment (e.g. a long higher education); the receiving municipality is therefore not obliged',
    },
    education_obligates: {
      da: 'Optagelse på en uddannelse i tilflytningskommunen, som ikke kan tages lokalt eller med rimelig transport, og som er den hurtigste vej til beskæftigelse; tilflytningskommunen skal derfor overtage integrationsansvaret',
      en: 'Admission to an education in the receiving municipality that is not available locally or within reasonable transport and is the fastest route to employment; the receiving municipality must therefore take over',
    },
  },
})
