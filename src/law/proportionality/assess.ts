/**
 * Proportionality of a benefit reduction after a refused takeover (IL § 32; rules.md § 4; seed 004).
 * Pure: no I/O. Combines P-NEED, P-REASON and P-EVASION into the maximum proportionate reduction (P-MAX),
 * applies P-TOTAL-STOP, and compares the proposed reduction with the maximum. The model and the reasons
 * for its weights are documented in weights.ts.
 */
import { InvalidInput } from '../../errors.ts'
import { type Language, RULES_VERSION } from '../rule-definition.ts'
import { assessEvasion } from './evasion.ts'
import { assessNeed } from './need.ts'
import { assessReason } from './reason.ts'
import { PROPORTIONALITY_LEGAL_SOURCES } from './rules.ts'
import { disclaimer, points, say } from './text.ts'
import type {
  BenefitReductionAssessment,
  BenefitReductionInput,
  ProportionalityVerdict,
  ReductionStep,
} from './types.ts'
import {
  DEFAULT_PROPORTIONALITY_WEIGHTS,
  type ProportionalityWeights,
  validateWeights,
  weightParameters,
} from './weights.ts'

export interface ProportionalityOptions {
  language: Language
  /** Overrides of the interpreted weights (e.g. from configuration); defaults in weights.ts. */
  weights?: Partial<ProportionalityWeights>
}

/** P-TOTAL-STOP: the highest step below stopping the benefit. */
export const TOTAL_STOP_CAP_PERCENT = 75

/** P-MAX: clamp to 0–100 and round down to a step of 25, so that doubt about a step favours the person. */
export function toReductionStep(raw: number): ReductionStep {
  const clamped = Math.min(100, Math.max(0, raw))
  return (Math.floor(clamped / 25) * 25) as ReductionStep
}

export function assessBenefitReduction(
  input: BenefitReductionInput,
  options: ProportionalityOptions,
): BenefitReductionAssessment {
  const { language } = options
  const proposed = input.proposedReductionPercent
  if (!Number.isInteger(proposed) || proposed < 0 || proposed > 100) {
    throw new InvalidInput('/proposedReductionPercent', 'must be an integer from 0 to 100')
  }
  const weights = validateWeights({ ...DEFAULT_PROPORTIONALITY_WEIGHTS, ...options.weights })

  const need = assessNeed(input.household, weights, language)
  const reason = assessReason(input.reason, weights, language)
  const evasion = assessEvasion(input.evasion, weights, language)
  const criteria = [need.criterion, reason, evasion.criterion]
  const missing = criteria.flatMap((c) => c.missing)
  const ruleIds = ['P-NEED', 'P-REASON', 'P-EVASION', 'P-MAX']
  const common = {
    proposedReductionPercent: proposed,
    evasionEstablished: evasion.established,
    criteria,
    legalSources: [...PROPORTIONALITY_LEGAL_SOURCES],
    parameters: weightParameters(weights),
    disclaimer: disclaimer(language),
    rulesVersion: RULES_VERSION,
  }

  // rules.md § 4: missing facts on any criterion give insufficient_information, never a verdict —
  // a maximum computed from half the facts would look like an answer it is not.
  if (missing.length > 0) {
    return {
      ...common,
      verdict: 'insufficient_information',
      maxProportionateReductionPercent: null,
      ruleIds,
      explanation: say(
        language,
        `Der mangler oplysninger til den konkrete vurdering (${missing.join(', ')}); der gives derfor ingen vurdering af, om en nedsættelse på ${proposed} % er forholdsmæssig.`,
        `Facts needed for the concrete assessment are missing (${missing.join(', ')}); so no verdict is given on whether a reduction of ${proposed} % is proportionate.`,
      ),
    }
  }

  const raw = criteria.reduce((sum, c) => sum + c.contribution, 0)
  const stepped = toReductionStep(raw)
  // P-TOTAL-STOP is a guard independent of the weights: it holds whatever the configuration.
  const totalStopApplies = need.protectedHousehold === true && evasion.established !== true
  const max = (totalStopApplies ? Math.min(stepped, TOTAL_STOP_CAP_PERCENT) : stepped) as ReductionStep
  // Cited whenever the household is protected: the rule was weighed even where established evasion lifts it.
  if (need.protectedHousehold) ruleIds.push('P-TOTAL-STOP')
  const verdict: ProportionalityVerdict = proposed <= max ? 'proportionate' : 'disproportionate'

  const sum = say(
    language,
    `Unddragelse ${points(evasion.criterion.contribution)}, behov ${points(need.criterion.contribution)} og årsag ${points(reason.contribution)} giver ${raw} procentpoint; rundet ned til et trin på 25 (0–100): ${stepped} %.`,
    `Evasion ${points(evasion.criterion.contribution)}, need ${points(need.criterion.contribution)} and reason ${points(reason.contribution)} give ${raw} percentage points; rounded down to a step of 25 (0–100): ${stepped} %.`,
  )
  const totalStop = totalStopApplies
    ? say(
        language,
        ` Husstanden har børn at forsørge eller ydelsen er eneste indkomst, og unddragelse er ikke godtgjort: ydelsen kan ikke standses helt, højst ${TOTAL_STOP_CAP_PERCENT} % (P-TOTAL-STOP).`,
        ` The household has dependent children or the benefit is its only income, and evasion is not established: the benefit cannot be stopped entirely, at most ${TOTAL_STOP_CAP_PERCENT} % (P-TOTAL-STOP).`,
      )
    : need.protectedHousehold
      ? say(
          language,
          ' Husstanden har børn at forsørge eller ydelsen er eneste indkomst, men unddragelse er godtgjort, så P-TOTAL-STOP udelukker ikke ophør.',
          ' The household has dependent children or the benefit is its only income, but evasion is established, so P-TOTAL-STOP does not rule out stopping the benefit.',
        )
      : ''
  const conclusion = say(
    language,
    `Højeste forholdsmæssige nedsættelse: ${max} %. Den foreslåede nedsættelse på ${proposed} % er ${verdict === 'proportionate' ? 'forholdsmæssig' : 'ikke forholdsmæssig'}.`,
    `Maximum proportionate reduction: ${max} %. The proposed reduction of ${proposed} % is ${verdict === 'proportionate' ? 'proportionate' : 'disproportionate'}.`,
  )
  const moveBack = say(
    language,
    'Flytter personen tilbage, udbetales fuld ydelse igen efter ansøgning (D-MOVE-BACK, IL § 32, stk. 2).',
    'If the person moves back, the full benefit is paid again on application (D-MOVE-BACK, IL § 32(2)).',
  )
  return {
    ...common,
    verdict,
    maxProportionateReductionPercent: max,
    ruleIds,
    explanation: `${sum}${totalStop} ${conclusion} ${moveBack}`,
  }
}
