/**
 * The dashboard page (issue 19, item 3) in Debian's Chromium: it loads without console errors under
 * its strict CSP, the numbers in every table equal the API's answer for the same query, a suppressed
 * count reads "< 5" (the threshold), not 0, and the CSV export holds the table. A screenshot is written
 * to test/artifacts/ (git-ignored).
 */
import { mkdir, readFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { getStatistics, insertApplications, type Row, statisticsKey } from '../statistics/fixtures.ts'
import { type Browser, openBrowser } from './browser.ts'
import { DATA } from './data.ts'

const TEXTS = JSON.parse(
  await readFile(new URL('../../src/dashboard/public/texts.json', import.meta.url), 'utf8'),
) as Record<'da' | 'en', Record<string, string>>
const ARTIFACTS = new URL('../artifacts/', import.meta.url)

const QUERY = 'from=2024-01-01&to=2024-12-31&interval=quarter&toMunicipality=147'
const SECTIONS = [
  { id: 'applications', url: `/v1/statistics/takeover-applications?groupBy=period&${QUERY}`, dim: 'period' },
  {
    id: 'grounds',
    url: `/v1/statistics/takeover-applications?groupBy=groundType&${QUERY}`,
    dim: 'groundType',
  },
  { id: 'processing', url: `/v1/statistics/processing-times?groupBy=period&${QUERY}`, dim: 'period' },
  { id: 'appeals', url: `/v1/statistics/appeals?groupBy=period&${QUERY}`, dim: 'period' },
  { id: 'reductions', url: `/v1/statistics/benefit-reductions?groupBy=period&${QUERY}`, dim: 'period' },
]
const RATES = new Set(['approvalRate', 'shareWithinTarget'])
const DERIVED = new Set([...RATES, 'targetDays', 'medianDays', 'p90Days', 'averagePercent'])

/** The text the page must show for a value of the API's row (Danish). */
function expectedText(row: Row, field: string, threshold: number): string {
  const value = row[field]
  const suppressed = Array.isArray(row.suppressed)
    ? (row.suppressed as unknown as string[]).includes(field)
    : value === null && !DERIVED.has(field)
  if (suppressed) return DERIVED.has(field) ? TEXTS.da.hidden! : `< ${threshold}`
  if (value === null || value === undefined) return '–'
  const options: Intl.NumberFormatOptions = RATES.has(field)
    ? { style: 'percent', maximumFractionDigits: 1 }
    : { maximumFractionDigits: 1 }
  return new Intl.NumberFormat('da-DK', options).format(Number(value))
}

interface ShownCell {
  field: string
  state: string
  value: string
  text: string
}

let t: TestApp
let browser: Browser
let base: string
let auth: { authorization: string }
beforeAll(async () => {
  t = await createTestApp()
  await insertApplications(t.app.database.db, DATA)
  auth = await statisticsKey(t.app, '147')
  await t.app.listen({ host: '127.0.0.1', port: 0 })
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`
  browser = await openBrowser()
})
afterAll(async () => {
  await browser?.close()
  await t?.close()
})

describe('the dashboard page', () => {
  it('is served from this server with a strict CSP and hidden from the OpenAPI document', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/dashboard' })
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toMatch(/^text\/html/)
    const csp = String(page.headers['content-security-policy'])
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/)
    expect(page.body).not.toMatch(/<script>|<script(?![^>]*\bsrc=)[^>]*>|https?:\/\//)
    const chart = await t.app.inject({ method: 'GET', url: '/dashboard/chart.umd.min.js' })
    expect(chart.statusCode).toBe(200)
    expect(chart.body).toContain('Chart.js v4')
    const document = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json()
    expect(Object.keys(document.paths).filter((p) => p.startsWith('/dashboard'))).toEqual([])
  })

  it('shows the API numbers for the key, period and municipality chosen, suppressed counts as "< 5"', async () => {
    const { page, errors } = browser
    await page.goto(`${base}/dashboard?${QUERY}`)
    await page.waitForSelector('body[data-ready="true"]')
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('da')
    await expect(page.locator('#message').textContent()).resolves.toBe(TEXTS.da.needKey)
    // Entered like Swagger UI's Authorize: a dialog; the key is kept in sessionStorage only.
    await page.click('#authorize')
    await page.fill('#key', auth.authorization.slice('Bearer '.length))
    await page.click('#key-ok')
    await page.waitForSelector('body[data-loaded="true"]')
    const storage = await page.evaluate(() => ({
      session: sessionStorage.length,
      local: localStorage.length,
    }))
    expect(storage).toEqual({ session: 1, local: 0 })
    expect(page.url()).not.toContain(auth.authorization.slice(7))
    await expect(page.locator('#toMunicipality').inputValue()).resolves.toBe('147')

    for (const section of SECTIONS) {
      const api = await getStatistics(t.app, section.url, auth)
      const threshold = api.meta.threshold as number
      expect(threshold).toBe(5)
      const rows = page.locator(`#table-${section.id} tbody tr`)
      await expect(rows.count()).resolves.toBe(api.data.length)
      for (const [i, row] of api.data.entries()) {
        // Quarters in Danish: 2024-Q3 reads "3. kvt. 2024".
        const label =
          section.dim === 'groundType'
            ? TEXTS.da[`ground.${row.groundType}`]
            : String(row.period).replace(/^(\d{4})-Q(\d)$/, '$2. kvt. $1')
        await expect(rows.nth(i).locator('th').textContent()).resolves.toBe(label)
        const cells: ShownCell[] = await rows
          .nth(i)
          .locator('td')
          .evaluateAll((tds) =>
            tds.map((td) => ({
              field: td.getAttribute('data-field')!,
              state: td.getAttribute('data-state')!,
              value: td.getAttribute('data-value')!,
              text: td.textContent!,
            })),
          )
        expect(cells.length).toBeGreaterThan(0)
        for (const shown of cells) {
          expect(shown.field in row, `${section.id} ${shown.field}`).toBe(true)
          const value = row[shown.field]
          expect(shown.value, `${section.id} row ${i} ${shown.field}`).toBe(
            value === null ? '' : String(value),
          )
          expect(shown.text, `${section.id} row ${i} ${shown.field}`).toBe(
            expectedText(row, shown.field, threshold),
          )
        }
      }
    }

    // The two discrimination applications: a sensitive row, its counts suppressed; shown as "< 5".
    const discrimination = page.locator('#table-grounds tbody tr', {
      hasText: TEXTS.da['ground.discrimination']!,
    })
    await expect(discrimination.locator('td[data-field="received"]').textContent()).resolves.toBe('< 5')
    await expect(
      discrimination.locator('td[data-field="received"]').getAttribute('data-state'),
    ).resolves.toBe('suppressed')
    // The chart leaves suppressed values out; the line under it says how many, and where to read them.
    const suppressedCells = await page.locator('#table-grounds td[data-state="suppressed"]').count()
    expect(suppressedCells).toBeGreaterThan(0)
    await expect(page.locator('#gaps-grounds').textContent()).resolves.toBe(
      TEXTS.da.gaps!.replace('{n}', String(suppressedCells)).replace('{threshold}', '5'),
    )
    // And known figures, so that an empty page could not pass: 4 approved in 2024-Q1, 3 refused in Q1.
    const q1 = page.locator('#table-applications tbody tr', { hasText: '1. kvt. 2024' })
    await expect(q1.locator('td[data-field="approved"]').textContent()).resolves.toBe('4')
    await expect(q1.locator('td[data-field="refused"]').textContent()).resolves.toBe('3')
    await expect(page.locator('#note').textContent()).resolves.toContain('„< 5“')

    await mkdir(ARTIFACTS, { recursive: true })
    await page.screenshot({ path: new URL('dashboard.png', ARTIFACTS).pathname, fullPage: true })
    expect(errors).toEqual([])
  })

  it('shows a chart as a table on request and exports the table as CSV', async () => {
    const { page, errors } = browser
    const toggle = page.locator('#section-grounds .views button').first()
    // Visually hidden (still read by screen readers) until asked for; then it replaces the chart.
    const tableWidth = () => page.locator('#table-grounds').evaluate((e) => e.getBoundingClientRect().width)
    await expect(tableWidth()).resolves.toBeLessThanOrEqual(1)
    await toggle.click()
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true')
    await expect(tableWidth()).resolves.toBeGreaterThan(100)
    await expect(page.locator('#chart-grounds').isHidden()).resolves.toBe(true)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#section-grounds button.csv'),
    ])
    expect(download.suggestedFilename()).toBe('ansvar-grounds.csv')
    const csv = await readFile((await download.path())!, 'utf8')
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(lines[0]).toBe(
      ['groundType', 'received', 'decided', 'approved', 'refused', 'approvalRate']
        .map((c) => TEXTS.da[`col.${c}`])
        .join(';'),
    )
    const api = await getStatistics(t.app, SECTIONS[1]!.url, auth)
    expect(lines).toHaveLength(api.data.length + 1)
    const employment = lines.find((l) => l.startsWith(`${TEXTS.da['ground.employment']};`))!
    const row = api.data.find((r) => r.groundType === 'employment')!
    // The table's text, numbers as the API's (here integers), suppressed cells as "< 5".
    expect(employment.split(';').slice(1, 5)).toEqual(
      ['received', 'decided', 'approved', 'refused'].map((f) => expectedText(row, f, 5)),
    )
    expect(lines.find((l) => l.startsWith(`${TEXTS.da['ground.discrimination']};`))).toContain('< 5')
    expect(errors).toEqual([])
  })

  it('keeps the key for the tab only and switches to English', async () => {
    const { page, errors } = browser
    await page.reload()
    await page.waitForSelector('body[data-loaded="true"]')
    await page.selectOption('#lang', 'en')
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
    await expect(page.locator('#h-applications').textContent()).resolves.toBe(
      TEXTS.en['section.applications'],
    )
    await page.click('#forget')
    await expect(page.evaluate(() => sessionStorage.length)).resolves.toBe(0)
    expect(errors).toEqual([])
  })

  // Also: the browser's cache must not answer for another key (the statistics send Vary: authorization).
  it('names a rejected key instead of showing empty charts', async () => {
    const { page } = browser
    await page.goto(`${base}/dashboard?${QUERY}&lang=da`)
    await page.waitForSelector('body[data-ready="true"]')
    await page.click('#authorize')
    await page.fill('#key', 'not-a-valid-key')
    await page.click('#key-ok')
    await page.locator('#message', { hasText: TEXTS.da.keyRejected! }).waitFor()
    await expect(page.locator('body').getAttribute('data-loaded')).resolves.toBeNull()
  })
})
