/**
 * Issue 13 item 1: differencing attacks on the figures answered to anyone but the data's owner.
 * Suppression alone hides a small sensitive cell, but two published figures that differ by exactly that
 * cell gave it away (57 − 56 = one discrimination application). With the cell key method every such
 * figure is perturbed consistently; an attacker who knows the perturbation table (but not the record
 * keys) never pins a sensitive count from 1 to threshold − 1, whichever pair of queries it subtracts.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  cellKey,
  KEY_SPACE,
  MAX_NOISE,
  noise,
  PERTURBATION_TABLE,
  perturb,
  possibleValues,
} from '../../src/statistics/perturbation.ts'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'
import {
  clearApplications,
  type FixtureApplication,
  getStatistics,
  insertApplications,
  type Row,
  statisticsKey,
} from './fixtures.ts'

const T = 5
const URL = '/v1/statistics/takeover-applications'
let t: TestApp
let aarhus: { authorization: string }

beforeAll(async () => {
  // Many requests on a busy machine: load shedding (503) is not what this file tests.
  t = await createTestApp({ MAX_EVENT_LOOP_DELAY_MS: '0' })
  aarhus = await statisticsKey(t.app, '751')
})
afterAll(() => t.close())

describe('the perturbation table', () => {
  it('moves a count by at most 2, keeps zero at zero and a count above zero, and never pins a published count', () => {
    for (let value = 0; value <= 40; value++) {
      for (let i = 0; i < 200; i++) {
        const published = perturb(value, Math.floor((i / 200) * KEY_SPACE))
        expect(Math.abs(published - value)).toBeLessThanOrEqual(MAX_NOISE)
        expect(published === 0).toBe(value === 0)
        expect(possibleValues(published)).toContain(value)
      }
    }
    for (let published = 1; published <= 40; published++) {
      expect(possibleValues(published).length).toBeGreaterThan(1)
      // On a sensitive row a published count is at least the threshold (smaller ones are suppressed).
      if (published >= T) expect(possibleValues(published, T).length).toBeGreaterThan(1)
      else expect(possibleValues(published, T)).toEqual([])
    }
  })

  it('is unbiased for counts of 3 or more (noise −2 … +2, variance 0.8)', () => {
    const bands = PERTURBATION_TABLE['3+']
    let previous = 0
    let mean = 0
    let variance = 0
    for (const band of bands) {
      mean += (band.below - previous) * band.noise
      variance += (band.below - previous) * band.noise ** 2
      previous = band.below
    }
    expect(mean).toBeCloseTo(0, 10)
    expect(variance).toBeCloseTo(0.8, 10)
    expect(noise(7, cellKey(0))).toBe(-2)
    expect(cellKey(KEY_SPACE + 5)).toBe(cellKey(5))
  })
})

const application = fc
  .record({
    to: fc.constantFrom('101', '147'),
    from: fc.constantFrom('751', '773'),
    month: fc.integer({ min: 0, max: 23 }),
    // Discrimination is rare, so that its counts are often small.
    ground: fc.constantFrom('employment', 'employment', 'employment', 'discrimination'),
    lgbtq: fc.boolean(),
    outcome: fc.constantFrom('approved', 'refused', 'pending'),
  })
  .map((r): FixtureApplication & { ground: string; lgbtq: boolean } => ({
    person: '', // numbered when inserted
    to: r.to,
    from: r.from,
    received: new Date(Date.UTC(2023, r.month, 10)).toISOString().slice(0, 10),
    grounds: [r.ground === 'discrimination' ? { type: r.ground, lgbtqRelated: r.lgbtq } : { type: r.ground }],
    decision: r.outcome === 'pending' ? undefined : { outcome: r.outcome, date: '2024-12-20' },
    ground: r.ground,
    lgbtq: r.ground === 'discrimination' && r.lgbtq,
  }))

/** What the attacker can conclude about one figure: the exact values it may stand for. */
type Knowledge = number[]
const UNKNOWN: Knowledge = Array.from({ length: 200 }, (_, i) => i)

async function figure(
  query: string,
  headers = BOOTSTRAP_AUTH,
  row?: (r: Row) => boolean,
): Promise<Knowledge> {
  const params = new URLSearchParams({ from: '2023-01-01', to: '2024-12-31', groupBy: '' })
  for (const [name, value] of new URLSearchParams(query)) params.set(name, value)
  const { data, meta } = await getStatistics(t.app, `${URL}?${params}`, headers)
  const found = row ? data.find(row) : data[0]
  const value = found?.received
  if (value === undefined) return [0] // no row: nothing there
  if (value === null) return UNKNOWN // suppressed (a primary 1 … T − 1, or a complement of any size)
  if (meta.perturbation === 'none') return [value as number] // the owner's exact figure
  const sensitive = meta.suppression === 'all' || /groundType=discrimination|lgbtqRelated/.test(query)
  return possibleValues(value as number, sensitive ? T : 0)
}

/** Every difference a − b the two figures allow. */
const difference = (a: Knowledge, b: Knowledge) =>
  [...new Set(a.flatMap((x) => b.map((y) => x - y)))].filter((d) => d >= 0)

const exposed = { attacks: 0, exactWouldLeak: 0 }

describe('differencing attacks on perturbed figures (national key, and a municipality key reading national figures)', () => {
  it('never recover an exact sensitive count from 1 to threshold − 1', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(application, { minLength: 8, maxLength: 45 }), async (generated) => {
        const apps = generated.map((a, i) => ({ ...a, person: `p${i}` }))
        const db = t.app.database.db
        await clearApplications(db)
        await insertApplications(db, apps)
        const count = (p: (a: (typeof apps)[number]) => boolean) => apps.filter(p).length
        const discrimination101 = count((a) => a.to === '101' && a.ground === 'discrimination')

        const total101 = await figure('toMunicipality=101')
        const attacks: [string, Knowledge, Knowledge, number][] = [
          // total vs filter: all applications to 101 minus those citing employment
          [
            'total vs filter',
            total101,
            await figure('toMunicipality=101&groundType=employment'),
            discrimination101,
          ],
          // total vs groupBy: the total minus the employment row of groupBy=groundType
          [
            'total vs groupBy',
            total101,
            await figure(
              'toMunicipality=101&groupBy=groundType',
              BOOTSTRAP_AUTH,
              (r) => r.groundType === 'employment',
            ),
            discrimination101,
          ],
          // overlapping date ranges: discrimination in 2023–2024 minus 2023 – 2024-06
          [
            'overlapping date ranges',
            await figure('groundType=discrimination'),
            await figure('groundType=discrimination&to=2024-06-30'),
            count((a) => a.ground === 'discrimination' && a.received > '2024-06-30'),
          ],
          // municipality vs national: national figure for 101 minus what Aarhus (751) knows exactly of it
          [
            'municipality vs national',
            total101,
            await figure('toMunicipality=101', aarhus),
            count((a) => a.to === '101' && a.from !== '751'),
          ],
          [
            'municipality (scope=national) vs own',
            await figure('toMunicipality=101&scope=national', aarhus),
            await figure('toMunicipality=101', aarhus),
            count((a) => a.to === '101' && a.from !== '751'),
          ],
          // dimension vs its complement: discrimination minus its LGBT+-related part; 101 minus from 773
          [
            'dimension vs complement (lgbtqRelated)',
            await figure('groundType=discrimination'),
            await figure('groundType=discrimination&lgbtqRelated=true'),
            count((a) => a.ground === 'discrimination' && !a.lgbtq),
          ],
          [
            'dimension vs complement (fromMunicipality)',
            total101,
            await figure('toMunicipality=101&fromMunicipality=773'),
            count((a) => a.to === '101' && a.from === '751'),
          ],
        ]
        for (const [name, a, b, secret] of attacks) {
          if (secret < 1 || secret >= T) continue
          const candidates = difference(a, b)
          exposed.attacks += 1
          if (a.length === 1 && b.length === 1) exposed.exactWouldLeak += 1
          // Sound: the attacker's reasoning keeps the truth; safe: it cannot tell it from another value.
          expect(candidates, name).toContain(secret)
          expect(candidates.length, `${name}: ${secret} pinned`).toBeGreaterThan(1)
        }
      }),
      { numRuns: 20 },
    )
    // Not vacuous: many attacks aimed at a small sensitive count.
    expect(exposed.attacks).toBeGreaterThan(20)
  }, 300_000)

  it('answer the same cell the same way, however it is reached: asking again averages nothing away', async () => {
    const db = t.app.database.db
    await clearApplications(db)
    const apps = fc.sample(application, { numRuns: 60, seed: 13 }).map((a, i) => ({ ...a, person: `p${i}` }))
    await insertApplications(db, apps)
    const get = async (
      query: string, // The dates a row covers follow the range asked for; the figures must not.
    ) =>
      (await getStatistics(t.app, `${URL}?${query}`, BOOTSTRAP_AUTH)).data.map(
        ({ periodStart: _, periodEnd: __, ...figures }) => figures,
      )
    const once = await get('from=2023-01-01&to=2024-12-31&groupBy=toMunicipality')
    expect(await get('from=2023-01-01&to=2024-12-31&groupBy=toMunicipality')).toEqual(once)
    // A wider range that holds no further records reaches the same cells.
    expect(await get('from=2021-01-01&to=2025-06-30&groupBy=toMunicipality')).toEqual(once)
    // The owner's own figures are exact.
    const own = await getStatistics(
      t.app,
      `${URL}?from=2023-01-01&to=2024-12-31&groupBy=&toMunicipality=101`,
      aarhus,
    )
    expect(own.meta.perturbation).toBe('none')
    expect(own.data[0]?.received ?? 0).toBe(apps.filter((a) => a.to === '101' && a.from === '751').length)
    // The national figures are perturbed, within 2 of the truth.
    const national = await getStatistics(
      t.app,
      `${URL}?from=2023-01-01&to=2024-12-31&groupBy=toMunicipality`,
      BOOTSTRAP_AUTH,
    )
    expect(national.meta.perturbation).toBe('cell-key')
    for (const row of national.data) {
      const truth = apps.filter((a) => a.to === row.toMunicipality).length
      expect(Math.abs((row.received as number) - truth)).toBeLessThanOrEqual(MAX_NOISE)
    }
  })
})
