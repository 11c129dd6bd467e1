import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'
import { applicationBody, LONELINESS_ONLY } from './fixtures.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const create = (payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/v1/takeover-applications',
    payload,
    headers: { ...BOOTSTRAP_AUTH, ...headers },
  })

describe('POST /v1/takeover-applications', () => {
  it('stores the application with its assessment and dates: 201, Location, ETag, no CPR anywhere', async () => {
    const res = await create(applicationBody())
    expect(res.statusCode).toBe(201)
    const body = res.json()
    expect(res.headers.location).toBe(`/v1/takeover-applications/${body.id}`)
    expect(res.headers.etag).toBe('"v1"')
    expect(body).toMatchObject({
      status: 'received',
      fromMunicipality: '773',
      toMunicipality: '101',
      version: 1,
    })
    expect(body.assessment.outcome).toBe('obligated')
    expect(body.assessment.grounds[0].ruleId).toBe('T-EMP')
    // H-REF: decision 15 March 2023 → first whole month April → 1 May 2023
    expect(body.dates.responsibilityDate).toEqual({ date: '2023-05-01', ruleId: 'H-REF', source: 'computed' })
    expect(body.dates.integrationPeriodEndDate).toBe('2028-04-30')
    expect(body.dates.processingTargetDate).toMatchObject({ date: '2025-04-02', ruleId: 'D-PROCESSING' })
    expect(JSON.stringify(body)).not.toMatch(/010190|0101901234/)
    expect(JSON.stringify(t.logs)).not.toMatch(/010190|0101901234/)
    const stored = await t.app.database.db
      .selectFrom('takeover_application')
      .select('person_hash')
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow()
    expect(stored.person_hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it("G-REPEAT: links the same person's earlier applications (previousApplications)", async () => {
    const first = (
      await create(
        applicationBody({
          externalReference: 'R-1',
          receivedDate: '2024-01-10',
          grounds: LONELINESS_ONLY,
          applicant: { cpr: '0202851234', category: 'family_reunified', responsibilityDate: '2022-01-01' },
        }),
      )
    ).json()
    const second = (
      await create(
        applicationBody({
          externalReference: 'R-2',
          receivedDate: '2025-02-01',
          applicant: { cpr: '020285-1234', category: 'family_reunified', responsibilityDate: '2022-01-01' },
        }),
      )
    ).json()
    expect(first.previousApplications).toEqual({ count: 0, ids: [] })
    expect(second.previousApplications).toEqual({ count: 1, ids: [first.id] })
  })

  it('accepts a CPR number that fails modulus 11, and rejects one that is not a date, naming the field', async () => {
    expect(
      (
        await create(
          applicationBody({
            applicant: { cpr: '010190-1234', category: 'refugee', responsibilityDate: '2024-01-01' },
          }),
        )
      ).statusCode,
    ).toBe(201)
    const bad = await create(
      applicationBody({
        applicant: { cpr: '320190-1234', category: 'refugee', responsibilityDate: '2024-01-01' },
      }),
    )
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors[0].pointer).toBe('/applicant/cpr')
    expect(bad.body).not.toContain('320190')
  })

  it('names missing dates under /applicant when the responsibility date can be neither read nor computed', async () => {
    const res = await create(applicationBody({ applicant: { cpr: '010190-1234', category: 'refugee' } }))
    expect(res.statusCode).toBe(400)
    expect(res.json().errors[0].pointer).toMatch(/^\/applicant\//)
  })

  it('rejects unknown municipalities (400) and a move within one municipality (422), writing nothing', async () => {
    const before = await count()
    expect((await create(applicationBody({ toMunicipality: '999' }))).statusCode).toBe(400)
    const same = await create(applicationBody({ fromMunicipality: '101', toMunicipality: '0101' }))
    expect(same.statusCode).toBe(422)
    expect(await count()).toBe(before)
  })

  it('rejects client-set ids, statuses and unknown fields (mass assignment)', async () => {
    const res = await create({
      ...applicationBody(),
      status: 'decided',
      id: '00000000-0000-4000-8000-000000000000',
    })
    expect(res.statusCode).toBe(400)
    const pointers = res.json().errors.map((e: { pointer: string }) => e.pointer)
    expect(pointers).toEqual(expect.arrayContaining(['/status', '/id']))
  })
})

async function count(): Promise<number> {
  const row = await t.app.database.db
    .selectFrom('takeover_application')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
