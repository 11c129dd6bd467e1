/**
 * The answer of every statistics route (the four reports and the deadline compliance): the same `meta`,
 * the same headers, JSON or CSV with the same columns. The routes only send what this returns.
 */
import { type CsvDialect, toCsv, wantsCsv } from './csv.ts'
import type { Interval } from './model.ts'

/** `G`: the route's dimensions, `S`: its suppression modes (typed as its response schema). */
export interface StatisticsMeta<G extends string = string, S extends string = string> {
  /** Counts published as null. */
  suppressed: number
  threshold: number
  /** Which rows small counts are suppressed on: the reports say `sensitive`, the compliance `none`. */
  suppression: S
  perturbation: 'cell-key' | 'none'
  generatedAt: string
  /** The effective range (whole months; `from` null = from the first record). */
  from: string | null
  to: string
  interval: Interval
  groupBy: G[]
  scope: 'own' | 'national'
  municipality: string | null
}

export interface StatisticsAnswer<Row, G extends string, S extends string> {
  headers: Record<string, string>
  /** Text for CSV; for JSON the object the route's response schema serialises. */
  body: string | { data: Row[]; meta: StatisticsMeta<G, S> }
}

export function statisticsAnswer<
  Row extends Record<string, unknown>,
  G extends string,
  S extends string,
>(input: {
  /** The CSV's file name without `.csv`. */
  name: string
  /** The columns in order: the JSON rows' keys and the CSV header. */
  columns: readonly string[]
  rows: Row[]
  meta: Omit<StatisticsMeta<G, S>, 'generatedAt'>
  format: string | undefined
  accept: string | undefined
}): StatisticsAnswer<Row, G, S> {
  const headers: Record<string, string> = {
    'cache-control': 'private, max-age=60',
    // The answer depends on the key and on Accept (JSON or CSV): a browser's cache must not hand
    // one key's figures to a request made with another key (found by the dashboard's test).
    vary: 'authorization, accept',
    'x-statistics-suppressed': String(input.meta.suppressed),
  }
  const csv: CsvDialect | undefined = wantsCsv(input.format, input.accept)
  if (csv) {
    headers['content-type'] = 'text/csv; charset=utf-8'
    headers['content-disposition'] = `inline; filename="${input.name}.csv"`
    return { headers, body: toCsv(input.columns, input.rows, csv) }
  }
  headers['content-type'] = 'application/json; charset=utf-8'
  const { suppressed, threshold, suppression, perturbation, ...rest } = input.meta
  return {
    headers,
    body: {
      data: input.rows,
      meta: {
        suppressed,
        threshold,
        suppression,
        perturbation,
        generatedAt: new Date().toISOString(),
        ...rest,
      },
    },
  }
}
