/**
 * Proportionality of a benefit reduction after a refused takeover (IL § 32; rules.md § 4; seed 004).
 * Pure: no I/O. Combines P-NEED, P-REASON and P-EVASION into the maximum proportionate reduction (P-MAX),
 * applies P-TOTAL-STOP, and compares the proposed reduction with the maximum. The model and the reasons
 * for its weights are documented in weights.ts.
 *
 * `evaluateBenefitReduction` finds, language-neutral; `renderBenefitReduction` (render.ts) words the
 * findings at the edge; `assessBenefitReduction` does both.
 */
import { InvalidInput } from '../../errors.ts'
import { type Language, RULES_VERSION } from '../rule-definition.ts'
import type { Finding } from '../rule-module.ts'
import { assessEvasion } from './p-evasion.ts'
import { toReductionStep } from './p-max.ts'
import { assessNeed } from './p-need.ts'
import { assessReason } from './p-reason.ts'
import { applyTotalStop } from './p-total-stop.ts'
import { points } from './points.ts'
import { renderBenefitReduction } from './render.ts'
import { PROPORTIONALITY_LEGAL_SOURCES } from './sources.ts'
import type {
  BenefitReductionAssessment,
  BenefitReductionFindings,
  BenefitReductionInput,
  ProportionalityVerdict,
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

const maxFinding = (code: string, values: Finding['values']): Finding => ({ ruleId: 'P-MAX', code, values })

/** The assessment as findings (rule ids, message codes, values): no language yet. */
export function evaluateBenefitReduction(
  input: BenefitReductionInput,
  options: Omit<ProportionalityOptions, 'language'> = {},
): BenefitReductionFindings {
  const proposed = input.proposedReductionPercent
  if (!Number.isInteger(proposed) || proposed < 0 || proposed > 100) {
    throw new InvalidInput('/proposedReductionPercent', 'must be an integer from 0 to 100')
  }
  const weights = validateWeights({ ...DEFAULT_PROPORTIONALITY_WEIGHTS, ...options.weights })

  const need = assessNeed(input.household, weights)
  const reason = assessReason(input.reason, weights)
  const evasion = assessEvasion(input.evasion, weights)
  const criteria = [need.criterion, reason, evasion.criterion]
  const missing = criteria.flatMap((c) => c.missing)
  const ruleIds = ['P-NEED', 'P-REASON', 'P-EVASION', 'P-MAX']
  const common = {
    proposedReductionPercent: proposed,
    evasionEstablished: evasion.established,
    criteria,
    legalSources: [...PROPORTIONALITY_LEGAL_SOURCES],
    parameters: weightParameters(weights),
    disclaimer: { ruleId: 'P-MAX', code: 'disclaimer' },
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
      explanation: [maxFinding('insufficient', { missing: missing.join(', '), proposed })],
    }
  }

  const raw = criteria.reduce((sum, c) => sum + c.contribution, 0)
  const stepped = toReductionStep(raw)
  const totalStop = applyTotalStop(stepped, need.protectedHousehold, evasion.established)
  const max = totalStop.max
  if (totalStop.cited) ruleIds.push('P-TOTAL-STOP')
  const verdict: ProportionalityVerdict = proposed <= max ? 'proportionate' : 'disproportionate'

  const sum = maxFinding('sum', {
    evasion: points(evasion.criterion.contribution),
    need: points(need.criterion.contribution),
    reason: points(reason.contribution),
    raw,
    stepped,
  })
  return {
    ...common,
    verdict,
    maxProportionateReductionPercent: max,
    ruleIds,
    explanation: [
      sum,
      ...(totalStop.finding ? [totalStop.finding] : []),
      maxFinding('conclusion', { max, proposed, verdict }),
      maxFinding('move-back', {}),
    ],
  }
}

/** The assessment worded in `options.language`: the findings of `evaluateBenefitReduction`, rendered. */
export function assessBenefitReduction(
  input: BenefitReductionInput,
  options: ProportionalityOptions,
): BenefitReductionAssessment {
  const { language, ...rest } = options
  return renderBenefitReduction(evaluateBenefitReduction(input, rest), language)
}
