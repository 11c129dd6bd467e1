import { stringify } from 'csv-stringify/sync'

export type CsvDialect = 'csv' | 'csv-excel'

/**
 * The same columns as the JSON rows, in the same order; null becomes an empty cell and a list (the
 * `suppressed` names) its items joined by `|`. `csv-excel` is what Danish Excel and LibreOffice open as
 * a sheet without an import dialog: `;` between cells, a decimal comma, and a UTF-8 byte order mark.
 */
export function toCsv(
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
  dialect: CsvDialect = 'csv',
): string {
  const excel = dialect === 'csv-excel'
  const text = stringify(rows as Record<string, unknown>[], {
    header: true,
    columns: [...columns],
    delimiter: excel ? ';' : ',',
    cast: {
      number: (value) => (excel ? String(value).replace('.', ',') : String(value)),
      object: (value) => (Array.isArray(value) ? value.join('|') : JSON.stringify(value)),
    },
  })
  return excel ? `\uFEFF${text}` : text
}

const MEDIA = ['application/json', 'text/csv'] as const

/**
 * `format` wins; otherwise the Accept header's preference between JSON and CSV (q-values honoured,
 * JSON on a tie or when neither is named), so that spreadsheet and BI tools can ask for text/csv.
 */
export function wantsCsv(format: string | undefined, accept: string | undefined): CsvDialect | undefined {
  if (format) return format === 'json' ? undefined : (format as CsvDialect)
  if (!accept) return undefined
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
  return quality('text/csv') > quality('application/json') ? 'csv' : undefined
}
