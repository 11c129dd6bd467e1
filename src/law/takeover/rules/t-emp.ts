/**
 * T-EMP (rules.md § 2): ordinary employment in the receiving municipality. The rule's definition, its
 * evaluator and its wording in Danish and English (`label` names the ground, `fact.*` / `missing.*` its
 * facts, the rest are the conclusions it can reach).
 */

import { InvalidInput } from '../../../errors.ts'
import { LEGAL_BASIS, SOURCES } from '../../rule-definition.ts'
import { defineRule } from '../../rule-module.ts'
import {
  type Condition,
  commuteUnreasonable,
  type EvaluationContext,
  failedCondition,
  type GroundEvaluation,
  given,
  inReceivingMunicipality,
  insufficient,
  needsInformation,
  unknownFacts,
} from '../conditions.ts'
import { factMessages } from '../facts.ts'
import type { EmploymentGround } from '../grounds.ts'
import {
  commuteParameter,
  DEFAULT_MINIMUM_OBLIGING_HOURS_PER_WEEK,
  DEFAULT_REASONABLE_ONE_WAY_COMMUTE_MINUTES,
  minimumHoursParameter,
} from '../parameters.ts'
import { DECISIONS } from '../sources.ts'
import { SHARED_REASONS } from '../wording.ts'

/** T-EMP / T-EMP-PRACTICE. A work placement is expressed as `ordinary: false`. */
export function evaluateEmployment(
  ground: EmploymentGround,
  ctx: EvaluationContext,
): GroundEvaluation<'T-EMP' | 'T-EMP-PRACTICE'> {
  const ruleId = ground.ordinary === false ? 'T-EMP-PRACTICE' : 'T-EMP'
  const conditions: Condition[] = [
    {
      fact: 'workplaceMunicipality',
      holds: inReceivingMunicipality(ground.workplaceMunicipality, 'workplaceMunicipality', ctx),
      otherwise: 'workplace_elsewhere',
    },
    {
      fact: 'oneWayCommuteMinutes',
      holds: commuteUnreasonable(ground.oneWayCommuteMinutes, ctx),
      otherwise: 'commute_reasonable',
    },
  ]
  if (ground.hoursPerWeek !== undefined) positiveHours(ground.hoursPerWeek, ctx)
  const failed = failedCondition(conditions)
  if (failed) return insufficient(ruleId, failed, given(ground, ['ordinary']))

  const missing = unknownFacts(conditions)
  // Both a work placement and a temporary job only support: `ordinary` decides only a permanent job.
  if (ground.ordinary === undefined && ground.permanent !== false) missing.push('ordinary')
  if (ground.ordinary !== false && ground.permanent === undefined) missing.push('permanent')
  // With a minimum above 0 (an interpretation, issue 14) the hours decide a permanent ordinary job.
  const hoursDecide =
    ctx.minimumObligingHoursPerWeek > 0 && ground.ordinary !== false && ground.permanent !== false
  if (hoursDecide && ground.hoursPerWeek === undefined) missing.push('hoursPerWeek')
  const known = given(ground, [
    'ordinary',
    'permanent',
    'hoursPerWeek',
    'workplaceMunicipality',
    'oneWayCommuteMinutes',
  ])
  if (missing.length > 0) return needsInformation(ruleId, missing, known)
  if (ground.ordinary === false) {
    return { effect: 'supports', ruleId, reason: 'work_placement', factsUsed: known, missing: [] }
  }
  if (ground.permanent === false) {
    return { effect: 'supports', ruleId, reason: 'temporary_job', factsUsed: known, missing: [] }
  }
  if (hoursDecide && ground.hoursPerWeek! < ctx.minimumObligingHoursPerWeek) {
    return { effect: 'supports', ruleId, reason: 'few_hours', factsUsed: known, missing: [] }
  }
  return { effect: 'obligates', ruleId, reason: 'permanent_ordinary_job', factsUsed: known, missing: [] }
}

/** An ordinary job of 0 hours is no job (issue 14): hoursPerWeek is above 0 (the schema says so too). */
export function positiveHours(hours: number, ctx: EvaluationContext): void {
  if (!Number.isFinite(hours) || hours <= 0) {
    throw new InvalidInput(
      `/grounds/${ctx.index}/hoursPerWeek`,
      'hoursPerWeek must be above 0: a job of 0 hours a week is no job (omit the ground, or give the hours)',
    )
  }
}

/**
 * The wording T-EMP and T-EMP-PRACTICE share (one evaluator, one employment ground): the ground's label,
 * its facts and the conclusions both can reach before the job's kind decides.
 */
export const EMPLOYMENT_FACT_MESSAGES = {
  label: { da: 'Beskæftigelse', en: 'Employment' },
  ...factMessages(
    'holder',
    'workplaceMunicipality',
    'ordinary',
    'permanent',
    'hoursPerWeek',
    'oneWayCommuteMinutes',
  ),
  missing_facts: SHARED_REASONS.missing_facts,
  commute_reasonable: SHARED_REASONS.commute_reasonable,
  workplace_elsewhere: {
    da: 'Arbejdsstedet ligger ikke i tilflytningskommunen, så flytningen er ikke nødvendig for at varetage arbejdet; forholdet forpligter ikke i sig selv kommunen',
    en: 'The workplace is not in the receiving municipality, so the move is not necessary to do the job; this does not by itself oblige the municipality',
  },
}

export const tEmp = defineRule({
  definition: {
    id: 'T-EMP',
    title: {
      da: 'Ordinær beskæftigelse i tilflytningskommunen',
      en: 'Ordinary employment in the receiving municipality',
    },
    decides: {
      da: 'Ansøgeren eller ægtefællen har ordinært arbejde (også deltid) i tilflytningskommunen, og flytningen er nødvendig, fordi den offentlige transport er urimelig: forpligter ved varigt job; taler for ved midlertidigt job; utilstrækkeligt ved rimelig transport eller arbejdssted i en anden kommune.',
      en: 'The applicant or spouse has ordinary (also part-time) work in the receiving municipality and the move is necessary because public transport is unreasonable: obliges for a permanent job; supports for a temporary job; insufficient with a reasonable commute or a workplace elsewhere.',
    },
    legalSources: [SOURCES.IL_18_2, SOURCES.SEED_003, SOURCES.SEED_004, DECISIONS.I_4_03, SOURCES.SEED_001],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    parameters: [
      commuteParameter(DEFAULT_REASONABLE_ONE_WAY_COMMUTE_MINUTES),
      minimumHoursParameter(DEFAULT_MINIMUM_OBLIGING_HOURS_PER_WEEK),
    ],
  },
  evaluate: evaluateEmployment,
  messages: {
    ...EMPLOYMENT_FACT_MESSAGES,
    permanent_ordinary_job: {
      da: 'Der er tale om varig ordinær beskæftigelse i tilflytningskommunen (deltid tæller, jf. I-4-03), og flytningen er nødvendig for at varetage arbejdet; tilflytningskommunen skal derfor overtage integrationsansvaret',
      en: 'This is permanent ordinary employment in the receiving municipality (part-time counts, cf. I-4-03) and the move is necessary to do the job; the receiving municipality must therefore take over the integration responsibility',
    },
    few_hours: {
      da: 'Jobbet har færre timer om ugen end det mindste timetal, der efter tjenestens indstilling kan forpligte (parameteren minimumObligingHoursPerWeek, en fortolkning); det taler for overtagelse efter en konkret, individuel vurdering, da også deltid kan forpligte (I-4-03)',
      en: 'The job has fewer hours a week than the service is configured to let oblige (parameter minimumObligingHoursPerWeek, an interpretation); it weighs for a takeover after an individual assessment, since part-time work can oblige (I-4-03)',
    },
    temporary_job: {
      da: 'Beskæftigelsen er midlertidig; det taler for overtagelse, men forpligter ikke uden en konkret, individuel vurdering af varigheden',
      en: 'The employment is temporary; this weighs for a takeover but needs an individual assessment of its duration',
    },
  },
})
