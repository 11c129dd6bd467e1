/**
 * The cell key method (issue 13 item 1; as in ABS TableBuilder and the 2021 EU census), applied to every
 * figure answered to anyone but the data's owner: national keys, and municipality keys with
 * `scope=national`. The own scope of a municipality key stays exact.
 *
 * - Every record (application, decision, appeal, benefit reduction) has a fixed pseudo-random record key
 *   in 0 … KEY_SPACE − 1 (migration 20261127130000: md5 of a per-database salt, the kind and the id).
 * - A cell's key is the sum of its records' keys mod KEY_SPACE, scaled to [0, 1). The same records give
 *   the same cell key whichever query reaches them, so the same cell always gets the same answer: asking
 *   again, or through another query that covers the same records, gives nothing new to average.
 * - The perturbation table below maps (cell value, cell key) to a noise of −2 … +2. Zero stays zero (an
 *   empty cell has no records) and a non-zero count never becomes zero; counts of 1 and 2 are only moved
 *   up or by one, so that they stay positive.
 *
 * Applied after suppression (src/statistics/suppression.ts, which works on the exact counts): a published
 * count on a sensitive row is never moved below the threshold (it is known to be ≥ threshold already),
 * and a part is never published above its total (approved ≤ decided ≤ received, persons ≤ applications),
 * so rates stay within 0 … 1. Each published count differs from the exact one by at most 2; over many
 * cells the noise averages out (mean 0 for counts ≥ 3, variance 0.8; see README).
 */
import type { SuppressionRules } from './suppression.ts'

/** Record keys are 20-bit integers (migration 20261127130000). */
export const KEY_SPACE = 2 ** 20

/** The largest noise in either direction. */
export const MAX_NOISE = 2

interface Band {
  /** The band covers cell keys below this value (and at or above the previous band's). */
  below: number
  noise: number
}

/** Rows: the cell values 1, 2, and 3 or more. Columns: cell-key bands. */
export const PERTURBATION_TABLE: Readonly<Record<'1' | '2' | '3+', readonly Band[]>> = {
  '1': [
    { below: 0.5, noise: 0 },
    { below: 0.8, noise: 1 },
    { below: 1, noise: 2 },
  ],
  '2': [
    { below: 0.25, noise: -1 },
    { below: 0.75, noise: 0 },
    { below: 0.95, noise: 1 },
    { below: 1, noise: 2 },
  ],
  '3+': [
    { below: 0.05, noise: -2 },
    { below: 0.25, noise: -1 },
    { below: 0.75, noise: 0 },
    { below: 0.95, noise: 1 },
    { below: 1, noise: 2 },
  ],
}

/** The cell key in [0, 1) of a cell whose records' keys sum to `keySum`. */
export function cellKey(keySum: number): number {
  return (((keySum % KEY_SPACE) + KEY_SPACE) % KEY_SPACE) / KEY_SPACE
}

const rowOf = (value: number) => PERTURBATION_TABLE[value === 1 ? '1' : value === 2 ? '2' : '3+']

export function noise(value: number, key: number): number {
  if (value <= 0) return 0
  return rowOf(value).find((band) => key < band.below)?.noise ?? 0
}

/**
 * One count as published: `floor` is the suppression threshold on a sensitive row (its published counts
 * are known to be 0 or at least the threshold), 0 elsewhere.
 */
export function perturb(value: number, keySum: number, floor = 0): number {
  if (value <= 0) return value
  const moved = value + noise(value, cellKey(keySum))
  return value >= floor ? Math.max(moved, floor) : moved
}

/**
 * Every exact value that can be published as `published` (before the clamping to totals), for an
 * attacker who knows this table but not the record keys. On a sensitive row (`floor` = the threshold) a
 * published count is known to be at least the threshold (1 … threshold − 1 would be suppressed). More
 * than one value for every published count but 0.
 */
export function possibleValues(published: number, floor = 0): number[] {
  if (published === 0) return [0]
  const found: number[] = []
  for (let value = Math.max(1, floor, published - MAX_NOISE); value <= published + MAX_NOISE; value++) {
    const outcomes = rowOf(value).map((band) => value + band.noise)
    const reachable = outcomes.map((v) => (value >= floor ? Math.max(v, floor) : v))
    if (reachable.includes(published)) found.push(value)
  }
  return found
}

/**
 * Perturbs every count of a row (published and virtual) with its own cell key; then no part exceeds its
 * total (relations top-down, then dependents such as distinct persons ≤ applications).
 */
export function perturbCounts(
  counts: Readonly<Record<string, number>>,
  keys: Readonly<Record<string, number>>,
  rules: Omit<SuppressionRules, 'threshold'>,
  floor: number,
): Record<string, number> {
  const out: Record<string, number> = { ...counts }
  for (const measure of rules.measures) {
    const value = counts[measure]
    if (value !== undefined) out[measure] = perturb(value, keys[measure] ?? 0, floor)
  }
  const clamp = (part: string, total: string) => {
    if (out[part] !== undefined && out[total] !== undefined) out[part] = Math.min(out[part], out[total])
  }
  for (const { total, parts } of rules.relations) for (const part of parts) clamp(part, total)
  for (const [total, parts] of Object.entries(rules.dependents ?? {}))
    for (const part of parts) clamp(part, total)
  return out
}
