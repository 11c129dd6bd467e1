import { stringify } from 'csv-stringify/sync'

/** The same columns as the JSON rows, in the same order; null (suppressed) becomes an empty cell. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return stringify(rows as Record<string, unknown>[], {
    header: true,
    columns: [...columns],
    cast: { number: (value) => String(value) },
  })
}

const MEDIA = ['application/json', 'text/csv'] as const

/**
 * `format` wins; otherwise the Accept header's preference between JSON and CSV (q-values honoured,
 * JSON on a tie or when neither is named), so that spreadsheet and BI tools can ask for text/csv.
 */
export function wantsCsv(format: 'json' | 'csv' | undefined, accept: string | undefined): boolean {
  if (format) return format === 'csv'
  if (!accept) return false
  const quality = (media: (typeof MEDIA)[number]) => {
    let best = 0
    for (const part of accept.split(',')) {
      const [type = '', ...params] = part.trim().toLowerCase().split(';')
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? '1',
      )
      const matches = type === media || type === `${media.split('/')[0]}/*`
      if (matches && Number.isFinite(q)) best = Math.max(best, q)
    }
    return best
  }
  return quality('text/csv') > quality('application/json')
}
