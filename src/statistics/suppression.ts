/**
 * Small-count suppression (rules.md § 5): a count on a sensitive row that is at least 1 and below the
 * threshold could identify a person, so it is published as null. The algorithm:
 *
 * 1. Primary suppression. A row is sensitive when it involves a sensitive ground type (its groundType,
 *    a groundType filter, the lgbtqRelated filter) or when the caller's scope makes every row sensitive
 *    (a municipality key reading national figures). Every count of a sensitive row with
 *    0 < count < threshold is suppressed. Zero is published: it describes nobody.
 *
 * 2. Secondary suppression, repeated until nothing changes, so that no suppressed value can be
 *    recovered by subtraction:
 *    - within a row, for each additive relation (received = decided + withdrawn + pending, decided =
 *      approved + refused, …), and
 *    - across rows, for each line: the cells of one measure that agree on every dimension but one.
 *      A line's total is assumed known (another query without that dimension returns it).
 *    A group (relation or line) with exactly one suppressed cell gives it away; so does one whose
 *    suppressed cells leave the primary ones no choice (they sum to no more than the number of
 *    primaries: all 1; or, with no complement among them, to the maximum: all threshold − 1). Either
 *    way the smallest unsuppressed non-zero cell of the group is suppressed as well (a zero only when
 *    nothing else is left and a zero helps). Counts that are not published but follow from published ones (e.g. decisions over target
 *    = decided − within target) take part as "virtual" measures.
 *    - dependents: a value derived from a suppressed count (distinctPersons of a suppressed received)
 *      is suppressed with it; rates and medians are nulled by the reports after this step.
 *
 * Lines treat groundType as additive although an application citing two grounds counts in both rows:
 * that only makes the protection more conservative. What per-query suppression cannot prevent is
 * differencing two overlapping queries (e.g. two date ranges; the routes reduce that by widening every
 * range to whole months), nor a line with nothing left to pair with: a municipality whose only row is a
 * suppressed sensitive ground, next to its (non-sensitive) total from a query without groundType.
 */

export interface SuppressionRow {
  /** Dimension values, one per grouped dimension, in a fixed order. */
  key: readonly string[]
  /** Every count measure, published and virtual. */
  values: Readonly<Record<string, number>>
  sensitive: boolean
}

export interface SuppressionRules {
  threshold: number
  /** Count measures protected against recovery, published and virtual. */
  measures: readonly string[]
  /** Additive relations inside a row: total = Σ parts. */
  relations: readonly { total: string; parts: readonly string[] }[]
  /** A suppressed measure suppresses these in the same row. */
  dependents?: Readonly<Record<string, readonly string[]>>
}

interface Cell {
  row: number
  measure: string
}

/** Returns, per row, the measures to publish as null (primary and secondary). */
export function suppress(rows: readonly SuppressionRow[], rules: SuppressionRules): Set<string>[] {
  const suppressed = rows.map(() => new Set<string>())
  const primary = rows.map(() => new Set<string>())
  const value = (c: Cell) => rows[c.row]!.values[c.measure] ?? 0
  const isSuppressed = (c: Cell) => suppressed[c.row]!.has(c.measure)
  const t = rules.threshold

  rows.forEach((row, i) => {
    if (!row.sensitive) return
    for (const measure of rules.measures) {
      const v = row.values[measure] ?? 0
      if (v > 0 && v < t) {
        suppressed[i]!.add(measure)
        primary[i]!.add(measure)
      }
    }
  })

  /**
   * Suppresses one more cell of the group when its hidden cells could be recovered. The attacker is
   * assumed to know which hidden cells are primary (1 … t − 1) and which are complements (≥ 0). With
   * the group's total known, the hidden cells sum to a known S; the primaries are pinned when S leaves
   * them no choice: all 1 (S ≤ P), or, without a complement, all t − 1 (S ≥ P·(t − 1)).
   */
  function protect(members: readonly Cell[], total?: Cell): boolean {
    const hidden = members.filter(isSuppressed)
    if (hidden.length === 0) return false
    let zeroHelps = true
    if (hidden.length > 1) {
      if (total !== undefined && isSuppressed(total)) return false
      const primaries = hidden.filter((c) => primary[c.row]!.has(c.measure)).length
      const sum = hidden.reduce((s, c) => s + value(c), 0)
      const allOnes = primaries > 0 && sum <= primaries
      const allMax = primaries > 0 && primaries === hidden.length && sum >= primaries * (t - 1)
      if (!allOnes && !allMax) return false
      // Only a non-zero complement raises S above the number of primaries.
      zeroHelps = !allOnes
    }
    const next = members
      .filter((c) => !isSuppressed(c) && (zeroHelps || value(c) > 0))
      .sort((a, b) => {
        const zero = Number(value(a) === 0) - Number(value(b) === 0)
        const isTotal = Number(a === total) - Number(b === total)
        return zero || value(a) - value(b) || isTotal
      })[0]
    if (!next) return false
    suppressed[next.row]!.add(next.measure)
    return true
  }

  // Secondary suppression only ever protects suppressed cells: without a primary one there is none.
  if (primary.every((cells) => cells.size === 0)) return suppressed

  const lines = linesOf(rows)
  let changed = true
  while (changed) {
    changed = false
    rows.forEach((row, i) => {
      for (const relation of rules.relations) {
        const total = { row: i, measure: relation.total }
        const members = [total, ...relation.parts.map((measure) => ({ row: i, measure }))]
        if (protect(members, total)) changed = true
      }
      for (const [source, targets] of Object.entries(rules.dependents ?? {})) {
        if (!suppressed[i]!.has(source)) continue
        for (const target of targets) {
          if (row.values[target] !== undefined && !suppressed[i]!.has(target)) {
            suppressed[i]!.add(target)
            changed = true
          }
        }
      }
    })
    for (const line of lines) {
      for (const measure of rules.measures) {
        if (protect(line.map((row) => ({ row, measure })))) changed = true
      }
    }
  }
  return suppressed
}

/** Rows that agree on every dimension but one, for each dimension; lines of a single row are skipped. */
function linesOf(rows: readonly SuppressionRow[]): number[][] {
  const lines: number[][] = []
  const dimensions = rows[0]?.key.length ?? 0
  for (let d = 0; d < dimensions; d++) {
    const groups = new Map<string, number[]>()
    rows.forEach((row, i) => {
      const key = JSON.stringify(row.key.filter((_, j) => j !== d))
      const group = groups.get(key)
      if (group) group.push(i)
      else groups.set(key, [i])
    })
    for (const group of groups.values()) if (group.length > 1) lines.push(group)
  }
  return lines
}
