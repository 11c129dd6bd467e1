import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registered, stepped } from '../applications/fixtures.ts'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'
import { keyHeader } from '../helpers/keys.ts'

/** Issue 13, items 2 and 7, replayed. */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '100000', MAX_EVENT_LOOP_DELAY_MS: '0' })
})
afterAll(() => t.close())

const accessLog = (id: string) =>
  t.app.database.db
    .selectFrom('access_log')
    .select(['action', 'via', 'actor'])
    .where('application_id', '=', id)
    .orderBy('id')
    .execute()

const assess = (headers: Record<string, string>, applicationId: string) =>
  t.app.inject({
    method: 'POST',
    url: '/v1/benefit-reduction-assessments',
    headers,
    payload: { applicationId, proposedReductionPercent: 50 },
  })

describe('a statistics-only key cannot read application data through § 32 (issue 13, item 2)', () => {
  it('an assessment from applicationId needs applications:read (403), visibility (404), and is in the access log', async () => {
    const received = await registered(t.app, { externalReference: 'SCOPE-RECEIVED' })
    const refused = await stepped(
      t.app,
      await registered(t.app, { externalReference: 'SCOPE-REFUSED' }),
      '/decision',
      { outcome: 'refused', decisionDate: '2025-03-20', justification: 'Ikke godtgjort.' },
    )
    const statistics = await keyHeader(t.app, 'statistics-only', null, ['statistics:read'])
    // the attack: a 422 revealed the status, a 200 the grounds; now both are 403 and nothing is logged
    for (const id of [received, refused]) {
      const res = await assess(statistics, id)
      expect(res.statusCode).toBe(403)
      expect(res.json()).toMatchObject({ requiredScopes: ['applications:read'] })
      expect(res.body).not.toMatch(/received|refused|grounds/)
    }
    // groundTypes alone need no stored data: any key may still ask
    const hypothetical = await t.app.inject({
      method: 'POST',
      url: '/v1/benefit-reduction-assessments',
      headers: statistics,
      payload: { groundTypes: ['employment'], proposedReductionPercent: 50 },
    })
    expect(hypothetical.statusCode).toBe(200)
    // another municipality's reader does not see them: 404, as GET would answer
    const aarhus = await keyHeader(t.app, 'aarhus-reader', '751', ['applications:read'])
    expect((await assess(aarhus, refused)).statusCode).toBe(404)
    expect(await accessLog(refused)).toEqual([])

    const reader = await keyHeader(t.app, 'kk-reader', '101', ['applications:read'])
    expect((await assess(reader, refused)).statusCode).toBe(200)
    expect((await assess(reader, received)).statusCode).toBe(422)
    expect(await accessLog(refused)).toEqual([
      { action: 'read', via: 'reduction-assessment', actor: 'kk-reader' },
    ])
    expect(await accessLog(received)).toEqual([
      { action: 'read', via: 'reduction-assessment', actor: 'kk-reader' },
    ])

    const listed = await t.app.inject({
      method: 'GET',
      url: `/v1/takeover-applications/${refused}/benefit-reductions`,
      headers: reader,
    })
    expect(listed.statusCode).toBe(200)
    expect((await accessLog(refused)).at(-1)).toEqual({
      action: 'read',
      via: 'benefit-reductions',
      actor: 'kk-reader',
    })
  })
})

describe('previousApplications is bounded (issue 13, item 7)', () => {
  it('with 25 earlier applications: the exact count, the first 20 ids, and a link listing them all', async () => {
    const cpr = '121285-4321'
    const ids: string[] = []
    for (let i = 0; i < 26; i++) {
      ids.push(
        await registered(t.app, {
          externalReference: `MANY-${i}`,
          receivedDate: `2025-02-${String(i + 1).padStart(2, '0')}`,
          applicant: { cpr, category: 'refugee', visitationDecisionDate: '2023-03-15' },
        }),
      )
    }
    const last = ids.at(-1)!
    const read = await t.app.inject({
      method: 'GET',
      url: `/v1/takeover-applications/${last}`,
      headers: BOOTSTRAP_AUTH,
    })
    const previous = read.json().previousApplications
    expect(previous.count).toBe(25)
    expect(previous.ids).toEqual(ids.slice(0, 20))
    expect(previous.list).toBe(`/v1/takeover-applications?samePersonAs=${last}`)
    // the create's own answer is bounded the same way, and equals the read
    const again = await t.app.inject({
      method: 'POST',
      url: '/v1/takeover-applications',
      headers: BOOTSTRAP_AUTH,
      payload: {
        externalReference: 'MANY-LAST',
        receivedDate: '2025-03-01',
        applicant: { cpr, category: 'refugee', visitationDecisionDate: '2023-03-15' },
        fromMunicipality: '773',
        toMunicipality: '101',
        grounds: [{ type: 'loneliness' }],
      },
    })
    expect(again.json().previousApplications).toMatchObject({ count: 26, ids: ids.slice(0, 20) })
    expect(again.json().previousApplications.list).toMatch(/samePersonAs=/)
    // a page of many applications of one person stays small
    const page = await t.app.inject({
      method: 'GET',
      url: '/v1/takeover-applications?limit=200',
      headers: BOOTSTRAP_AUTH,
    })
    for (const application of page.json().data)
      expect(application.previousApplications.ids.length).toBeLessThanOrEqual(20)
    // the link lists all of the person's applications
    const listed: string[] = []
    let url: string | null = `${previous.list}&limit=10`
    while (url) {
      const res: { statusCode: number; json(): { data: { id: string }[]; nextCursor: string | null } } =
        await t.app.inject({ method: 'GET', url, headers: BOOTSTRAP_AUTH })
      expect(res.statusCode).toBe(200)
      listed.push(...res.json().data.map((a: { id: string }) => a.id))
      const cursor: string | null = res.json().nextCursor
      url = cursor ? `${previous.list}&limit=10&cursor=${cursor}` : null
    }
    expect(listed).toHaveLength(27)
    expect(new Set(listed)).toEqual(new Set([...ids, again.json().id]))
    // only for an application the caller sees
    const aarhus = await keyHeader(t.app, 'aarhus-lister', '751', ['applications:read'])
    const hidden = await t.app.inject({ method: 'GET', url: previous.list, headers: aarhus })
    expect(hidden.statusCode).toBe(404)
  })
})
