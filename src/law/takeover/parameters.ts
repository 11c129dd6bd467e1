/**
 * The configurable thresholds of the § 18 rules (interpretations, rules.md § 2): the modules carry them
 * with their default values; `takeoverRules` (catalogue.ts) shows the configured values in `GET /v1/rules`.
 */
import type { RuleParameter } from '../rule-definition.ts'

/**
 * Interpretation (rules.md § 2, "Commute threshold"): the law names no number; 90 minutes each way
 * mirrors the 3 hours a day of transport that Danish employment rules treat as reasonable.
 */
export const DEFAULT_REASONABLE_ONE_WAY_COMMUTE_MINUTES = 90

export function commuteParameter(value: number): RuleParameter {
  return {
    name: 'reasonableOneWayCommuteMinutes',
    value,
    description:
      'One-way public-transport commute in minutes that is still reasonable; strictly longer is unreasonable, equal or shorter is reasonable. The law names no number: 90 minutes each way mirrors the 3 hours a day of transport Danish employment rules treat as reasonable.',
    interpretation: true,
  }
}

/**
 * Interpretation (issue 14): how few hours a week an ordinary, permanent job may have and still oblige
 * (T-EMP). The law and AST leave it open: part-time can oblige (AST I-4-03, seed 004). Default 0: any
 * ordinary part-time job can oblige (a job of 0 hours is no job and is rejected as input).
 */
export const DEFAULT_MINIMUM_OBLIGING_HOURS_PER_WEEK = 0

export function minimumHoursParameter(value: number): RuleParameter {
  return {
    name: 'minimumObligingHoursPerWeek',
    value,
    description:
      'Fewest hours a week with which an ordinary, permanent job in the receiving municipality can oblige the takeover (T-EMP); a job with fewer hours weighs for it (individual assessment). The law leaves it open and Ankestyrelsen holds that part-time can oblige (I-4-03): the default 0 means any ordinary part-time job can oblige.',
    interpretation: true,
  }
}

/** The configured values by parameter name, as the catalogue and the evaluation take them. */
export interface TakeoverParameters {
  reasonableOneWayCommuteMinutes: number
  minimumObligingHoursPerWeek: number
}
