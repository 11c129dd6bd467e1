import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'
import { applicationBody, LONELINESS_ONLY } from './fixtures.ts'

let t: TestApp
const ids: string[] = []
beforeAll(async () => {
  t = await createTestApp()
  // 7 applications on distinct and equal received dates, two by the same person
  const dates = [
    '2025-01-05',
    '2025-01-05',
    '2025-02-10',
    '2025-03-15',
    '2025-03-15',
    '2025-04-01',
    '2025-05-20',
  ]
  for (const [i, receivedDate] of dates.entries()) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/takeover-applications',
      headers: BOOTSTRAP_AUTH,
      payload: applicationBody({
        externalReference: `L-${i}`,
        receivedDate,
        toMunicipality: i % 2 === 0 ? '101' : '751',
        grounds: i < 3 ? LONELINESS_ONLY : applicationBody().grounds,
        applicant: {
          cpr: i < 2 ? '121285-4321' : `0101${80 + i}1234`,
          category: 'refugee',
          responsibilityDate: '2023-01-01',
        },
      }),
    })
    expect(res.statusCode).toBe(201)
    ids.push(res.json().id)
  }
})
afterAll(() => t.close())

const list = (query: string, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'GET',
    url: `/v1/takeover-applications${query}`,
    headers: { ...BOOTSTRAP_AUTH, ...headers },
  })

describe('GET /v1/takeover-applications', () => {
  it('pages with a cursor in a stable order (newest received first, then id), without gaps or repeats', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: { data: { id: string }[]; nextCursor: string | null } = (
        await list(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json()
      expect(page.data.length).toBeLessThanOrEqual(2)
      seen.push(...page.data.map((a: { id: string }) => a.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen.sort()).toEqual([...ids].sort())
    const all = (await list('?limit=200')).json().data as { receivedDate: string; id: string }[]
    const sorted = [...all].sort((a, b) =>
      a.receivedDate === b.receivedDate ? (a.id < b.id ? 1 : -1) : a.receivedDate < b.receivedDate ? 1 : -1,
    )
    expect(all.map((a) => a.id)).toEqual(sorted.map((a) => a.id))
  })

  it('filters by receiving municipality, received dates, ground type, status and external reference', async () => {
    expect((await list('?toMunicipality=0751')).json().data).toHaveLength(3)
    expect((await list('?receivedFrom=2025-03-15&receivedTo=2025-04-01')).json().data).toHaveLength(3)
    expect((await list('?groundType=loneliness')).json().data).toHaveLength(3)
    expect((await list('?status=received')).json().data).toHaveLength(7)
    expect((await list('?externalReference=L-4')).json().data.map((a: { id: string }) => a.id)).toEqual([
      ids[4],
    ])
  })

  it("lists a person's applications through the x-civilregistrationIdentifier header, never the URL", async () => {
    const res = await list('', { 'x-civilregistrationidentifier': '1212854321' })
    expect(
      res
        .json()
        .data.map((a: { id: string }) => a.id)
        .sort(),
    ).toEqual([ids[0], ids[1]].sort())
  })

  it('rejects a bad cursor, an unknown ground type, a limit out of range and unknown parameters with 400 problems', async () => {
    for (const query of [
      '?cursor=bogus',
      '?groundType=weather',
      '?limit=0',
      '?limit=500',
      '?cpr=0101901234',
    ]) {
      const res = await list(query)
      expect(res.statusCode, query).toBe(400)
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    }
  })
})
