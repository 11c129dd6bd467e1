/**
 * Query string + caller → StatisticsQuery, including the scope rules:
 *
 * - A national key (municipality null) sees every municipality; counts below the threshold are
 *   suppressed on sensitive rows only. `scope=own` is a 400: it has no municipality of its own.
 * - A municipality key by default (`scope=own`) sees the applications it receives or departs from, in
 *   full detail, with the same suppression of sensitive small counts: statistics end up on dashboards
 *   and in council papers, and the case files, not the statistics, are where a caseworker sees persons.
 *   Filtering on two other municipalities is a 403 (nothing of its own can match).
 * - A municipality key with `scope=national` gets national figures with every count below the
 *   threshold suppressed, on every row.
 */

import type { Config } from '../config.ts'
import { Forbidden, InvalidInput } from '../errors.ts'
import type { Principal } from '../http/auth.ts'
import { addDays, addMonthsClamped, todayInDenmark } from '../law/dates.ts'
import { normaliseMunicipalityCode } from '../law/municipalities.ts'
import { SENSITIVE_GROUND_TYPES } from '../law/vocabulary.ts'
import { GROUP_BY, type GroupBy, type Kind, type StatisticsQuery } from './model.ts'
import type { StatisticsQuerystring } from './schemas.ts'

export interface Scope {
  scope: 'own' | 'national'
  municipality: string | null
  /** Suppress small counts on every row, not only on sensitive ones. */
  suppressAll: boolean
}

function invalid(pointer: string, message: string): InvalidInput {
  return new InvalidInput(pointer, message, { location: 'querystring' })
}

export function lastDayOfMonth(month: string): string {
  // One date library (src/law/dates.ts): the day before the 1st of the next month.
  return addDays(addMonthsClamped(`${month.slice(0, 7)}-01`, 1).date, -1)
}

function municipality(code: string | undefined, pointer: string): string | undefined {
  if (code === undefined) return undefined
  const normalised = normaliseMunicipalityCode(code)
  if (!normalised) throw invalid(pointer, `is not one of the 98 municipality codes: ${code}`)
  return normalised
}

function parseGroupBy(value: string | undefined): GroupBy[] {
  if (value === undefined) return ['period']
  const given = value.split(',').filter(Boolean) as GroupBy[]
  const unknown = given.find((d) => !GROUP_BY.includes(d))
  if (unknown !== undefined)
    throw invalid('/groupBy', `unknown dimension '${unknown}'; allowed: ${GROUP_BY.join(', ')}`)
  if (new Set(given).size !== given.length) throw invalid('/groupBy', 'names a dimension twice')
  return GROUP_BY.filter((d) => given.includes(d))
}

export function resolveScope(principal: Principal, requested: 'own' | 'national' | undefined): Scope {
  if (principal.municipalityCode === null) {
    if (requested === 'own')
      throw invalid('/scope', 'own needs a municipality key; a national key sees national figures')
    return { scope: 'national', municipality: null, suppressAll: false }
  }
  if (requested === 'national') return { scope: 'national', municipality: null, suppressAll: true }
  return { scope: 'own', municipality: principal.municipalityCode, suppressAll: false }
}

export function toStatisticsQuery(
  kind: Kind,
  qs: StatisticsQuerystring,
  scope: Scope,
  config: Readonly<Config>,
  today = todayInDenmark(),
): StatisticsQuery {
  const toMunicipality = municipality(qs.toMunicipality, '/toMunicipality')
  const fromMunicipality = municipality(qs.fromMunicipality, '/fromMunicipality')
  const to = qs.to ?? today
  if (qs.from !== undefined && qs.from > to) throw invalid('/from', `must not be after to (${to})`)
  const own = scope.scope === 'own' ? (scope.municipality ?? undefined) : undefined
  if (own && toMunicipality && fromMunicipality && toMunicipality !== own && fromMunicipality !== own) {
    throw new Forbidden(
      `A key of municipality ${own} sees applications it receives or departs from; use scope=national for national figures.`,
      { code: 'outside-municipality' },
    )
  }
  return {
    kind,
    fromMonth: qs.from === undefined ? undefined : `${qs.from.slice(0, 7)}-01`,
    toMonth: `${to.slice(0, 7)}-01`,
    interval: qs.interval ?? 'year',
    groupBy: parseGroupBy(qs.groupBy),
    filters: {
      toMunicipality,
      fromMunicipality,
      groundType: qs.groundType,
      category: qs.category,
      assessmentOutcome: qs.assessmentOutcome,
      lgbtqRelated: qs.lgbtqRelated,
    },
    ownMunicipality: own,
    targetOverrides: Object.keys(config.processingTargetDaysByMunicipality),
  }
}

/** Every row of the query is sensitive (before looking at its own ground type). */
export function querySensitive(query: StatisticsQuery, scope: Scope): boolean {
  const ground = query.filters.groundType
  return (
    scope.suppressAll ||
    query.filters.lgbtqRelated === true ||
    (ground !== undefined && SENSITIVE_GROUND_TYPES.includes(ground))
  )
}
