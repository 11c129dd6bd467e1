/**
 * Issue 19 items 1 and 2: rows a chart builder uses as they are — periods as dates, every period of the
 * range present (zeros where nothing happened), suppressed told apart from not applicable, the effective
 * range in meta — and a CSV that Danish Excel and LibreOffice open as a sheet of numbers.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toCsv } from '../../src/statistics/csv.ts'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'
import { EXACT, type FixtureApplication, getStatistics, insertApplications, repeat } from './fixtures.ts'

let t: TestApp
const URL = '/v1/statistics/takeover-applications'

const app = (
  person: string,
  received: string,
  extra: Partial<FixtureApplication> = {},
): FixtureApplication => ({
  person,
  to: '101',
  from: '773',
  received,
  grounds: [{ type: 'employment' }],
  ...extra,
})

beforeAll(async () => {
  t = await createTestApp(EXACT)
  await insertApplications(t.app.database.db, [
    // January and March 2024; nothing in February or April.
    ...repeat(6, (i) =>
      app(`j${i}`, '2024-01-15', { decision: { outcome: 'approved', date: '2024-02-01' } }),
    ),
    ...repeat(3, (i) => app(`m${i}`, '2024-03-10', { decision: { outcome: 'refused', date: '2024-04-01' } })),
    // Two discrimination applications in March (a small sensitive count), and one pending in 2023.
    ...repeat(2, (i) =>
      app(`d${i}`, '2024-03-20', {
        grounds: [{ type: 'discrimination' }],
        decision: { outcome: 'refused', date: '2024-04-02' },
      }),
    ),
    app('p', '2023-11-05'),
  ])
})
afterAll(() => t.close())

const get = (query: string) => getStatistics(t.app, `${URL}?${query}`, BOOTSTRAP_AUTH)

describe('periods as dates, every period present', () => {
  it('fills the months without applications with zeros, each with its first and last day', async () => {
    const { data, meta } = await get('from=2024-01-01&to=2024-04-30&interval=month')
    expect(data.map((r) => [r.period, r.periodStart, r.periodEnd, r.received, r.suppressed])).toEqual([
      ['2024-01', '2024-01-01', '2024-01-31', 6, []],
      ['2024-02', '2024-02-01', '2024-02-29', 0, []],
      ['2024-03', '2024-03-01', '2024-03-31', 5, []],
      ['2024-04', '2024-04-01', '2024-04-30', 0, []],
    ])
    expect(meta).toMatchObject({ from: '2024-01-01', to: '2024-04-30' })
  })

  it('fills every series of a second dimension, and clips a partial first or last period to the range', async () => {
    const { data, meta } = await get('from=2024-02-10&to=2024-05-03&interval=quarter&groupBy=period,outcome')
    expect(meta).toMatchObject({ from: '2024-02-01', to: '2024-05-31' })
    expect(data.map((r) => [r.period, r.outcome, r.periodStart, r.periodEnd, r.received])).toEqual([
      ['2024-Q1', 'refused', '2024-02-01', '2024-03-31', 5],
      ['2024-Q2', 'refused', '2024-04-01', '2024-05-31', 0],
    ])
  })

  it('answers more than a thousand periods (months back to 1900, found by the endpoint fuzzer): the document allows up to the row limit', async () => {
    const { data, meta } = await get('from=1900-01-01&to=2024-12-31&interval=month')
    expect(data).toHaveLength(125 * 12)
    expect(data[0]).toMatchObject({ period: '1900-01', received: 0 })
    expect(data.at(-1)).toMatchObject({ period: '2024-12', received: 0 })
    expect(meta).toMatchObject({ from: '1900-01-01', to: '2024-12-31' })
  })

  it('without from, starts at the first period with data and says so in meta', async () => {
    const { data, meta } = await get('to=2024-12-31')
    expect(meta.from).toBe('2023-01-01')
    expect(data.map((r) => [r.period, r.periodStart, r.periodEnd, r.received])).toEqual([
      ['2023', '2023-01-01', '2023-12-31', 1],
      ['2024', '2024-01-01', '2024-12-31', 11],
    ])
    // Not grouped by period: the row covers the effective range.
    const whole = await get('from=2024-01-20&to=2024-03-05&groupBy=')
    expect(whole.data[0]).toMatchObject({ periodStart: '2024-01-01', periodEnd: '2024-03-31', received: 11 })
  })
})

describe('suppressed or not applicable', () => {
  it('names the suppressed fields of a row; a rate with nothing decided is null but not suppressed', async () => {
    const { data } = await get('from=2024-01-01&to=2024-03-31&interval=month&groupBy=period,groundType')
    const cell = (period: string, ground: string) =>
      data.find((r) => r.period === period && r.groundType === ground)!
    expect(cell('2024-03', 'discrimination')).toMatchObject({ received: null, approvalRate: null })
    expect(cell('2024-03', 'discrimination').suppressed).toEqual(
      expect.arrayContaining(['received', 'decided', 'refused', 'distinctPersons', 'approvalRate']),
    )
    // February: nothing received, nothing decided: approvalRate is not applicable.
    expect(cell('2024-02', 'employment')).toMatchObject({ received: 0, approvalRate: null, suppressed: [] })
    const pending = await get('from=2023-11-01&to=2023-11-30&groupBy=')
    expect(pending.data[0]).toMatchObject({ received: 1, decided: 0, approvalRate: null, suppressed: [] })
  })

  it('CSV has the same column, the names joined by |', async () => {
    const res = await t.app.inject({
      url: `${URL}?from=2024-03-01&to=2024-03-31&groupBy=groundType&format=csv`,
      headers: BOOTSTRAP_AUTH,
    })
    const [header, ...lines] = res.body.trim().split('\n')
    expect(header).toBe(
      'periodStart,periodEnd,groundType,received,decided,approved,refused,withdrawn,pending,distinctPersons,approvalRate,suppressed',
    )
    expect(lines).toEqual([
      '2024-03-01,2024-03-31,discrimination,,,0,,0,0,,,received|decided|refused|distinctPersons|approvalRate',
      // Secondary suppression: the only other cell of the line would give the first away.
      '2024-03-01,2024-03-31,employment,,,0,,0,0,,,received|decided|refused|distinctPersons|approvalRate',
    ])
  })
})

/** Converts a CSV file with LibreOffice headless (Danish import settings) to a flat ODS document. */
async function openInLibreOffice(csv: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ansvar-csv-'))
  try {
    await writeFile(join(dir, 'statistics.csv'), csv)
    // Field separator ';' (59), text delimiter '"' (34), charset from the byte order mark (empty),
    // from line 1, standard cell format, Danish number parsing (1030).
    await promisify(execFile)(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--infilter=CSV:59,34,,1,,1030',
        '--convert-to',
        'fods',
        '--outdir',
        dir,
        join(dir, 'statistics.csv'),
      ],
      { timeout: 120_000 },
    )
    return await readFile(join(dir, 'statistics.fods'), 'utf8')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** The cells of a flat ODS sheet: numbers as numbers, text as text. */
function cells(fods: string): (number | string | null)[][] {
  const rows = [...fods.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)]
  return rows.map(([, row]) =>
    [...row!.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)].flatMap(
      ([, attributes, content]) => {
        const repeated = Number(/table:number-columns-repeated="(\d+)"/.exec(attributes!)?.[1] ?? 1)
        const value = /office:value-type="float" office:value="([^"]+)"/.exec(attributes!)?.[1]
        const text = /<text:p>([\s\S]*?)<\/text:p>/.exec(content ?? '')?.[1] ?? null
        const cell = value !== undefined ? Number(value) : text
        return Array.from({ length: Math.min(repeated, 50) }, () => cell)
      },
    ),
  )
}

describe('format=csv-excel', () => {
  it('is ;-separated UTF-8 with a byte order mark and decimal commas', async () => {
    const res = await t.app.inject({
      url: `${URL}?from=2024-01-01&to=2024-03-31&groupBy=&format=csv-excel`,
      headers: BOOTSTRAP_AUTH,
    })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(
      res.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/),
    ).toEqual([
      'periodStart;periodEnd;received;decided;approved;refused;withdrawn;pending;distinctPersons;approvalRate;suppressed',
      '2024-01-01;2024-03-31;11;11;6;5;0;0;11;0,5455;',
    ])
  })

  it('opens in LibreOffice as a sheet of numbers, æøå intact', async () => {
    const res = await t.app.inject({
      url: `${URL}?from=2024-01-01&to=2024-03-31&groupBy=&format=csv-excel`,
      headers: BOOTSTRAP_AUTH,
    })
    const sheet = cells(await openInLibreOffice(res.body))
    expect(sheet[1]!.slice(2, 10)).toEqual([11, 11, 6, 5, 0, 0, 11, 0.5455])
    // Names with æøå (the API's own columns are ASCII; the dialect is the same function).
    const named = toCsv(
      ['municipality', 'share'],
      [
        { municipality: 'Høje-Taastrup', share: 0.25 },
        { municipality: 'Læsø', share: 1.5 },
      ],
      'csv-excel',
    )
    expect(cells(await openInLibreOffice(named)).slice(0, 3)).toEqual([
      ['municipality', 'share'],
      ['Høje-Taastrup', 0.25],
      ['Læsø', 1.5],
    ])
  }, 300_000)
})
