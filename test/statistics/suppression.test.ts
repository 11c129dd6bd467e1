/**
 * Small-count suppression: unit properties of the algorithm, and attempts to recover suppressed cells
 * through the API from totals and from other groupings of the same filter.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPORTS } from '../../src/statistics/reports.ts'
import { type SuppressionRow, suppress } from '../../src/statistics/suppression.ts'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'
import {
  EXACT,
  type FixtureApplication,
  getStatistics,
  insertApplications,
  type Row,
  repeat,
} from './fixtures.ts'

const RULES = { ...REPORTS['takeover-applications'].rules, threshold: 5 }
const T = RULES.threshold

/**
 * The attacker's view of one group (a line, whose total another query publishes, or an additive
 * relation inside a row): knowing which hidden cells are primary (1 … T − 1), a single hidden cell is
 * given away, and so are primaries left no choice by the sum (all 1, or all T − 1 with no complement).
 * A leak only counts where the algorithm still had a cell to add (otherwise nothing can be done).
 */
function leaks(rows: readonly SuppressionRow[], hidden: readonly Set<string>[]): string[] {
  const found: string[] = []
  const isPrimary = (r: number, m: string) =>
    rows[r]!.sensitive && (rows[r]!.values[m] ?? 0) > 0 && (rows[r]!.values[m] ?? 0) < T
  const check = (cells: [number, string][], totalKnown: boolean, label: string) => {
    const secret = cells.filter(([r, m]) => hidden[r]!.has(m))
    const open = cells.filter(([r, m]) => !hidden[r]!.has(m))
    const primaries = secret.filter(([r, m]) => isPrimary(r, m)).length
    const sum = secret.reduce((s, [r, m]) => s + (rows[r]!.values[m] ?? 0), 0)
    const single = secret.length === 1 && open.length > 0
    const allOnes =
      totalKnown && primaries > 0 && sum <= primaries && open.some(([r, m]) => (rows[r]!.values[m] ?? 0) > 0)
    const allMax =
      totalKnown &&
      primaries > 0 &&
      primaries === secret.length &&
      secret.length > 1 &&
      sum >= primaries * (T - 1) &&
      open.length > 0
    if (single || allOnes || allMax) found.push(label)
  }
  rows.forEach((_, r) => {
    for (const { total, parts } of RULES.relations) {
      check(
        [[r, total], ...parts.map((p) => [r, p] as [number, string])],
        !hidden[r]!.has(total),
        `row ${r} ${total}`,
      )
    }
  })
  const dims = rows[0]?.key.length ?? 0
  for (let d = 0; d < dims; d++) {
    const lines = Map.groupBy(rows.keys(), (r) => JSON.stringify(rows[r]!.key.filter((_, j) => j !== d)))
    for (const [key, members] of lines) {
      if (members.length < 2) continue
      for (const m of RULES.measures)
        check(
          members.map((r) => [r, m]),
          true,
          `line ${d} ${key} ${m}`,
        )
    }
  }
  return found
}

const cell = fc.integer({ min: 0, max: 12 })
const rowValues = fc
  .record({
    approved: cell,
    refused: cell,
    withdrawn: cell,
    pending: cell,
    extra: fc.integer({ min: 0, max: 3 }),
  })
  // A row exists only when it has applications (the SQL drops empty groups).
  .filter((v) => v.approved + v.refused + v.withdrawn + v.pending > 0)
  .map((v) => {
    const decided = v.approved + v.refused
    const received = decided + v.withdrawn + v.pending
    return { received, decided, ...v, distinctPersons: Math.max(1, received - v.extra) }
  })

describe('suppress()', () => {
  it('hides every sensitive count from 1 to threshold − 1 and leaves no group giving one away', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            a: fc.constantFrom('x', 'y', 'z'),
            b: fc.constantFrom('1', '2', '3'),
            values: rowValues,
            sensitive: fc.boolean(),
          }),
          { selector: (r) => r.a + r.b, maxLength: 9 },
        ),
        (input) => {
          const rows = input.map((r) => ({ key: [r.a, r.b], values: r.values, sensitive: r.sensitive }))
          const hidden = suppress(rows, RULES)
          rows.forEach((row, i) => {
            for (const m of RULES.measures) {
              const v = row.values[m as keyof typeof row.values]
              if (row.sensitive && v > 0 && v < 5) expect(hidden[i]!.has(m)).toBe(true)
            }
          })
          expect(leaks(rows, hidden)).toEqual([])
        },
      ),
      { numRuns: 500 },
    )
  })

  it('suppresses the next-smallest cell of a group with exactly one small cell', () => {
    const values = (received: number) => ({
      received,
      decided: received,
      approved: received,
      refused: 0,
      withdrawn: 0,
      pending: 0,
      distinctPersons: received,
    })
    const hidden = suppress(
      [
        { key: ['discrimination'], values: values(3), sensitive: true },
        { key: ['employment'], values: values(40), sensitive: false },
        { key: ['spouse'], values: values(9), sensitive: false },
      ],
      RULES,
    )
    expect([...hidden[0]!].sort()).toEqual(['approved', 'decided', 'distinctPersons', 'received'])
    expect([...hidden[2]!].sort()).toEqual(['approved', 'decided', 'distinctPersons', 'received'])
    expect(hidden[1]!.size).toBe(0)
  })
})

let t: TestApp
const URL = '/v1/statistics/takeover-applications'

/** Each application cites one ground, so that ground rows add up to totals an attacker can query. */
const app = (
  person: string,
  to: string,
  type: string,
  outcome: 'approved' | 'refused',
): FixtureApplication => ({
  person,
  to,
  from: '825',
  received: '2024-03-01',
  grounds: [{ type }],
  decision: { outcome, date: '2024-04-01' },
})
const DATA: FixtureApplication[] = [
  ...repeat(12, (i) => app(`a${i}`, '101', 'employment', i % 3 ? 'approved' : 'refused')),
  ...repeat(3, (i) => app(`b${i}`, '101', 'discrimination', 'refused')),
  ...repeat(6, (i) => app(`c${i}`, '101', 'illness', i % 2 ? 'approved' : 'refused')),
  ...repeat(7, (i) => app(`d${i}`, '101', 'family_or_friends', 'refused')),
  ...repeat(9, (i) => app(`e${i}`, '751', 'employment', 'approved')),
  ...repeat(5, (i) => app(`f${i}`, '751', 'discrimination', i < 4 ? 'refused' : 'approved')),
  ...repeat(2, (i) => app(`g${i}`, '751', 'threats', 'approved')),
]

beforeAll(async () => {
  // Suppression alone must hold: the attacks below read exact figures.
  t = await createTestApp(EXACT)
  await insertApplications(t.app.database.db, DATA)
})
afterAll(() => t.close())

const get = async (groupBy: string) =>
  (await getStatistics(t.app, `${URL}?from=2024-01-01&to=2024-12-31&groupBy=${groupBy}`, BOOTSTRAP_AUTH)).data
const COUNTS = ['received', 'decided', 'approved', 'refused', 'withdrawn', 'pending', 'distinctPersons']

const SENSITIVE = ['discrimination', 'illness', 'threats', 'unaccompanied_minor_placement']

/**
 * Subtract the visible cells of each line from the total that the marginal query publishes. What is
 * left is the sum of the hidden cells; it gives a sensitive small count away when only one cell is
 * hidden, or when the hidden cells are all on sensitive rows and can only all be 1.
 */
function attack(detail: Row[], marginal: Row[], fixed: string): string[] {
  const recovered: string[] = []
  for (const total of marginal) {
    const line = detail.filter((r) => r[fixed] === total[fixed])
    for (const m of COUNTS) {
      const hidden = line.filter((r) => r[m] === null)
      if (total[m] === null || hidden.length === 0) continue
      const rest = (total[m] as number) - line.reduce((s, r) => s + ((r[m] as number | null) ?? 0), 0)
      const sensitive = hidden.every((r) => SENSITIVE.includes(String(r.groundType)))
      const pinned = hidden.length === 1 ? rest > 0 && rest < 5 : rest === hidden.length
      if (sensitive && pinned) recovered.push(`${fixed}=${total[fixed]} ${m}=${rest}`)
    }
  }
  return recovered
}

describe('recovering suppressed cells through the API', () => {
  it('hides the small sensitive cells and their complements in the detailed table', async () => {
    const detail = await get('toMunicipality,groundType')
    const cellOf = (to: string, ground: string) =>
      detail.find((r) => r.toMunicipality === to && r.groundType === ground)!
    expect(cellOf('101', 'discrimination').received).toBeNull()
    expect(cellOf('751', 'threats').received).toBeNull()
    // The complement that protects 101 × discrimination in its ground line.
    expect(cellOf('751', 'discrimination').received).toBeNull()
    expect(cellOf('101', 'employment').received).toBe(12)
  })

  it('cannot be recovered from the totals of each municipality or of each ground', async () => {
    const detail = await get('toMunicipality,groundType')
    expect(attack(detail, await get('toMunicipality'), 'toMunicipality')).toEqual([])
    expect(attack(detail, await get('groundType'), 'groundType')).toEqual([])
  })

  it('cannot be recovered from another grouping of the same filter (ground × outcome vs ground)', async () => {
    const detail = await get('groundType,outcome')
    expect(detail.some((r) => r.received === null)).toBe(true)
    expect(attack(detail, await get('groundType'), 'groundType')).toEqual([])
    expect(attack(detail, await get('outcome'), 'outcome')).toEqual([])
  })

  it('cannot be recovered inside a row (received = decided + withdrawn + pending, decided = approved + refused)', async () => {
    for (const row of await get('toMunicipality,groundType')) {
      const members = [
        ['received', 'decided', 'withdrawn', 'pending'],
        ['decided', 'approved', 'refused'],
      ]
      for (const relation of members) expect(relation.filter((m) => row[m] === null).length).not.toBe(1)
      if (row.received === null) expect(row.distinctPersons).toBeNull()
      if (row.approved === null || row.decided === null) expect(row.approvalRate).toBeNull()
    }
  })
})
