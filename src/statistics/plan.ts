/**
 * The aggregate navigator: which pre-aggregated cube (migration 20261123150000) can answer a query, or
 * whether it must be answered live from the base tables. Both give the same figures (a test compares
 * them on random data); the cubes are what keeps dashboards under 100 ms at a million applications.
 */
import type { Kind, StatisticsQuery } from './model.ts'

export type Source =
  | { table: 'national' | 'national_detail' }
  | {
      table: 'municipality'
      /** receiving = the municipality column is toMunicipality; departure = fromMunicipality; null = either. */
      role: 'receiving' | 'departure' | null
      /** A fixed municipality (filter or own scope); undefined = grouped by it. */
      municipality: string | undefined
    }
  /** Applications per receiving × departing municipality (migration 20261127190000). */
  | { table: 'pair' }
  /**
   * Processing days per receiving municipality and ground, by month, quarter and year (migration
   * 20261127204000). `municipality`: a fixed one; undefined = all together, or grouped by it.
   */
  | { table: 'days'; municipality: string | undefined }
  | { table: 'live' }

export interface Plan {
  source: Source
  /**
   * National processing times with per-municipality targets: the national cube has no municipality, so
   * the decisions of the municipalities with their own target are read from the municipality cube and
   * moved to their target group.
   */
  overrideCorrection: boolean
}

const DETAIL_KINDS: readonly Kind[] = ['application', 'appeal', 'reduction']

const LIVE: Plan = { source: { table: 'live' }, overrideCorrection: false }

/** `heavyPersons`: someone has more than 8 facts of this kind; the cubes cannot count them distinctly. */
export function planQuery(query: StatisticsQuery, heavyPersons: boolean): Plan {
  if (heavyPersons && (query.kind === 'application' || query.kind === 'reduction')) return LIVE
  const { groupBy, filters } = query
  const usesTo = groupBy.includes('toMunicipality') || filters.toMunicipality !== undefined
  const usesFrom = groupBy.includes('fromMunicipality') || filters.fromMunicipality !== undefined
  const usesGround = groupBy.includes('groundType') || filters.groundType !== undefined
  const usesDetail =
    groupBy.includes('category') ||
    groupBy.includes('assessmentOutcome') ||
    filters.category !== undefined ||
    filters.assessmentOutcome !== undefined
  // A filter on the own municipality already implies the own scope.
  let own = query.ownMunicipality
  if (own !== undefined && (filters.toMunicipality === own || filters.fromMunicipality === own))
    own = undefined
  const overrides = query.kind === 'decision' && query.targetOverrides.length > 0

  // Processing times by period, receiving municipality and ground: the days cube, whose per-municipality
  // rows carry their own target group and whose national rows are corrected from the municipality rows.
  if (
    query.kind === 'decision' &&
    !usesFrom &&
    !usesDetail &&
    own === undefined &&
    !groupBy.includes('outcome') &&
    !filters.lgbtqRelated
  ) {
    return {
      source: { table: 'days', municipality: filters.toMunicipality },
      overrideCorrection: overrides && !usesTo,
    }
  }
  if (!usesTo && !usesFrom && own === undefined) {
    if (usesDetail) {
      return DETAIL_KINDS.includes(query.kind)
        ? { source: { table: 'national_detail' }, overrideCorrection: false }
        : LIVE
    }
    // The correction reads the municipality cube, which has no ground split for decisions.
    if (overrides && usesGround) return LIVE
    return { source: { table: 'national' }, overrideCorrection: overrides }
  }
  // The municipality cube has neither category nor assessment outcome, nor processing days per ground.
  if (usesDetail || (query.kind === 'decision' && usesGround)) return LIVE
  // The pair cube has applications by outcome only: no ground, no LGBT+ flag, no own scope.
  if (usesTo && usesFrom && own === undefined && query.kind === 'application') {
    if (!usesGround && !filters.lgbtqRelated) return { source: { table: 'pair' }, overrideCorrection: false }
  }
  if (own !== undefined) {
    // Either role: to-municipality varies (departures), so per-municipality targets cannot be applied.
    if (usesTo || usesFrom || overrides) return LIVE
    return { source: { table: 'municipality', role: null, municipality: own }, overrideCorrection: false }
  }
  if (usesTo && !usesFrom) {
    return {
      source: { table: 'municipality', role: 'receiving', municipality: filters.toMunicipality },
      overrideCorrection: false,
    }
  }
  if (usesFrom && !usesTo && !overrides) {
    return {
      source: { table: 'municipality', role: 'departure', municipality: filters.fromMunicipality },
      overrideCorrection: false,
    }
  }
  return LIVE
}
