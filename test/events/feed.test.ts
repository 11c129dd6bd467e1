import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CREATE_APPLICATION_EXAMPLE } from '../../src/applications/request-schemas.ts'
import { outboxInsert } from '../../src/events/repository.ts'
import { approvedTakeover, registered, stepped } from '../applications/fixtures.ts'
import { BOOTSTRAP_AUTH, createTestApp, requireRealPostgres, type TestApp } from '../helpers/app.ts'
import { municipalityKeys } from '../helpers/keys.ts'

/**
 * Issue 16, items 1 and 2: the outbox written with each change, and the commit-ordered feed. On the
 * real PostgreSQL server, since the out-of-order commit test needs two concurrent transactions.
 */
let t: TestApp
type Auth = { authorization: string }
let receiving: Auth
let departure: Auth
let outsider: Auth

beforeAll(async () => {
  requireRealPostgres()
  t = await createTestApp()
  const keys = await municipalityKeys(t.app)
  receiving = keys.receiving
  departure = keys.departure
  outsider = keys.outsider
})
afterAll(() => t?.close())

interface Page {
  data: { id: string; type: string; subject: string; data: Record<string, unknown> }[]
  next: string | null
}

async function feed(headers: Auth, query = '', limit = 1000): Promise<Page> {
  const res = await t.app.inject({ method: 'GET', url: `/v1/events?limit=${limit}${query}`, headers })
  expect(res.statusCode, res.body).toBe(200)
  return res.json()
}

/** Every event the caller can see, following `next` page by page from the start. */
async function all(headers: Auth, limit = 1000): Promise<Page['data']> {
  const events: Page['data'] = []
  let after = ''
  for (;;) {
    const page = await feed(headers, after, limit)
    events.push(...page.data)
    if (page.data.length === 0) return events
    after = `&after=${page.next}`
  }
}

describe('outbox: one CloudEvent per change, in the same transaction', () => {
  let id: string
  let refusedId: string
  beforeAll(async () => {
    id = await approvedTakeover(t.app)
    await stepped(t.app, id, '/appeal', { lodgedDate: '2025-04-01' })
    await stepped(t.app, id, '/appeal/decision', { outcome: 'upheld', decisionDate: '2025-06-01' })
    refusedId = await registered(t.app, { grounds: [{ type: 'loneliness' }] })
    await stepped(t.app, refusedId, '/decision', {
      outcome: 'refused',
      decisionDate: '2025-03-20',
      justification: 'Ensomhed alene forpligter ikke',
    })
    const reduction = await t.app.inject({
      method: 'POST',
      url: `/v1/takeover-applications/${refusedId}/benefit-reductions`,
      headers: BOOTSTRAP_AUTH,
      payload: {
        household: { adults: 1, dependentChildren: 0, benefitIsOnlyIncome: true, healthIssues: false },
        evasion: {
          stoppedParticipatingBeforeMove: true,
          refusedOffersBeforeMove: 2,
          statedIntentToContinueProgramme: false,
        },
        decidedReductionPercent: 50,
        effectiveDate: '2025-05-01',
        justification: 'Konkret vurdering',
      },
    })
    expect(reduction.statusCode, reduction.body).toBe(201)
  })

  it('created, decided, moved, appealed, appeal-decided and benefit-reduction recorded, in order, as CloudEvents 1.0', async () => {
    const events = (await all(BOOTSTRAP_AUTH)).filter((e) => e.subject === id || e.subject === refusedId)
    expect(events.map((e) => [e.subject === id ? 'a' : 'r', e.type.replace('dk.ansvar.', '')])).toEqual([
      ['a', 'takeover-application.created'],
      ['a', 'takeover-application.decided'],
      ['a', 'takeover-application.moved'],
      ['a', 'takeover-application.appealed'],
      ['a', 'takeover-application.appeal-decided'],
      ['r', 'takeover-application.created'],
      ['r', 'takeover-application.decided'],
      ['r', 'benefit-reduction.recorded'],
    ])
    const decided = events[1]!
    expect(decided).toMatchObject({
      specversion: '1.0',
      source: '/v1/takeover-applications',
      subject: id,
      datacontenttype: 'application/json',
      data: {
        applicationId: id,
        status: 'decided',
        fromMunicipality: '773',
        toMunicipality: '101',
        decision: { outcome: 'approved', decisionDate: '2025-03-20', legalBasis: 'obligated' },
      },
    })
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length)
    expect(events[4]!.data).toMatchObject({ status: 'appeal_decided', appeal: { outcome: 'upheld' } })
    expect(events[7]!.data).toMatchObject({ change: { decidedReductionPercent: 50 } })
  })

  it('never carries the CPR number or free text (justification)', async () => {
    const text = JSON.stringify(await all(BOOTSTRAP_AUTH))
    const cpr = CREATE_APPLICATION_EXAMPLE.applicant.cpr
    expect(text).not.toContain(cpr)
    expect(text).not.toContain(cpr.replace('-', ''))
    expect(text).not.toContain('Ensomhed alene')
    expect(text).not.toContain('Konkret vurdering')
  })

  it('a change that is refused (422) or rolled back writes no event; a withdrawal writes one', async () => {
    const before = (await all(BOOTSTRAP_AUTH)).length
    const other = await registered(t.app, { externalReference: 'KK-2025-0002' })
    const refused = await t.app.inject({
      method: 'POST',
      url: `/v1/takeover-applications/${other}/decision`,
      headers: BOOTSTRAP_AUTH,
      payload: { outcome: 'approved', decisionDate: '2025-03-20' }, // no legalBasis: 422
    })
    expect(refused.statusCode).toBe(422)
    await stepped(t.app, other, '/withdrawal', { withdrawnDate: '2025-03-10', reason: 'flytter ikke' })
    const events = (await all(BOOTSTRAP_AUTH)).slice(before)
    expect(events.map((e) => e.type)).toEqual([
      'dk.ansvar.takeover-application.created',
      'dk.ansvar.takeover-application.withdrawn',
    ])
    expect(JSON.stringify(events)).not.toContain('flytter ikke')
  })
})

describe('milestones (issue 18) publish milestone-recorded', () => {
  it('a recorded milestone is a dk.ansvar.takeover-application.milestone-recorded event, without its note', async () => {
    const id = await approvedTakeover(t.app, { externalReference: 'KK-MILESTONE' })
    const res = await t.app.inject({
      method: 'POST',
      url: `/v1/takeover-applications/${id}/milestones`,
      headers: BOOTSTRAP_AUTH,
      payload: { type: 'contract_signed', date: '2025-06-01', note: 'underskrevet på mødet' },
    })
    expect(res.statusCode, res.body).toBe(201)
    const events = (await all(BOOTSTRAP_AUTH)).filter((e) => e.subject === id)
    const last = events.at(-1)!
    expect(last.type).toBe('dk.ansvar.takeover-application.milestone-recorded')
    expect(last.data).toMatchObject({ change: { type: 'contract_signed', date: '2025-06-01' } })
    expect(JSON.stringify(last)).not.toContain('underskrevet')
  })
})

describe('feed: visibility, cursor, filters', () => {
  it('the receiving and the departure municipality see an application’s events, another municipality none', async () => {
    const id = await registered(t.app, { externalReference: 'KK-VIS' })
    const seen = async (auth: Auth) => (await all(auth)).filter((e) => e.subject === id).length
    expect(await seen(receiving)).toBe(1)
    expect(await seen(departure)).toBe(1)
    expect(await seen(outsider)).toBe(0)
    expect((await all(outsider)).length).toBe(0)
  })

  it('pages of 2 give the same events as one page, each once; type filters; a foreign cursor is a 400 naming after', async () => {
    const whole = await all(BOOTSTRAP_AUTH)
    const paged = await all(BOOTSTRAP_AUTH, 2)
    expect(paged.map((e) => e.id)).toEqual(whole.map((e) => e.id))
    const decided = (await feed(BOOTSTRAP_AUTH, '&type=dk.ansvar.takeover-application.decided')).data
    expect(decided.length).toBeGreaterThan(0)
    expect(decided.every((e) => e.type === 'dk.ansvar.takeover-application.decided')).toBe(true)
    const bad = await t.app.inject({ method: 'GET', url: '/v1/events?after=bm9wZQ', headers: BOOTSTRAP_AUTH })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors[0].pointer).toBe('/after')
    const badType = await t.app.inject({
      method: 'GET',
      url: '/v1/events?type=dk.ansvar.x',
      headers: BOOTSTRAP_AUTH,
    })
    expect(badType.statusCode).toBe(400)
    expect(badType.json().errors[0].pointer).toBe('/type')
  })

  it('at the end, next is the cursor sent; a long poll (wait) returns the event committed while it waits', async () => {
    const end = await feed(BOOTSTRAP_AUTH)
    const again = await feed(BOOTSTRAP_AUTH, `&after=${end.next}`)
    expect(again).toEqual({ data: [], next: end.next })
    const polling = feed(BOOTSTRAP_AUTH, `&after=${end.next}&wait=10`)
    await new Promise((resolve) => setTimeout(resolve, 300))
    const id = await registered(t.app, { externalReference: 'KK-LONGPOLL' })
    const page = await polling
    expect(page.data.map((e) => e.subject)).toEqual([id])
  })
})

describe('feed: no event skipped when transactions commit out of order (real PostgreSQL)', () => {
  /** The outbox insert exactly as the service writes it, run on a client of our own. */
  const insert = (client: pg.Client, id: string) => {
    const query = outboxInsert(t.app.database.db, {
      type: 'dk.ansvar.takeover-application.moved',
      application_id: id,
      from_municipality: '773',
      to_municipality: '101',
      data: '{}',
    }).compile()
    return client.query(query.sql, [...query.parameters])
  }

  it('the later-started transaction commits first: the feed hands out neither until the earlier one ends, then both in order', async () => {
    const id = await registered(t.app, { externalReference: 'KK-ORDER' })
    const start = (await feed(BOOTSTRAP_AUTH)).next
    const first = new pg.Client({ connectionString: t.databaseUrl })
    const second = new pg.Client({ connectionString: t.databaseUrl })
    await Promise.all([first.connect(), second.connect()])
    try {
      await first.query('begin')
      await insert(first, id) // the first transaction takes the smaller position …
      await second.query('begin')
      await insert(second, id)
      await second.query('commit') // … the second commits first
      let answered = false
      const reading = feed(BOOTSTRAP_AUTH, `&after=${start}`).then((page) => {
        answered = true
        return page
      })
      await new Promise((resolve) => setTimeout(resolve, 500))
      // a position-ordered feed would have answered with the second's event and moved past the first's
      expect(answered).toBe(false)
      await first.query('commit')
      const page = await reading
      const positions = await first.query<{ id: string }>(
        `select id from event_outbox where application_id = $1 and type like '%moved' order by position`,
        [id],
      )
      expect(page.data.map((e) => e.id)).toEqual(positions.rows.map((r) => r.id))
    } finally {
      await Promise.all([first.end(), second.end()])
    }
  })

  it('a rolled-back writer leaves a gap that is passed once it has ended, and nothing appears in it later', async () => {
    const id = await registered(t.app, { externalReference: 'KK-ROLLBACK' })
    const start = (await feed(BOOTSTRAP_AUTH)).next
    const client = new pg.Client({ connectionString: t.databaseUrl })
    await client.connect()
    try {
      await client.query('begin')
      await insert(client, id)
      await client.query('rollback')
      await insert(client, id) // autocommit
      const page = await feed(BOOTSTRAP_AUTH, `&after=${start}`)
      expect(page.data).toHaveLength(1)
    } finally {
      await client.end()
    }
  })

  it('events committed by 8 concurrent writers while a reader follows the cursor: every event read exactly once', async () => {
    const id = await registered(t.app, { externalReference: 'KK-RACE' })
    let cursor = (await feed(BOOTSTRAP_AUTH)).next
    const clients = Array.from({ length: 8 }, () => new pg.Client({ connectionString: t.databaseUrl }))
    await Promise.all(clients.map((c) => c.connect()))
    const seen: string[] = []
    let writing = true
    const reader = (async () => {
      for (;;) {
        const stillWriting = writing
        const page = await feed(BOOTSTRAP_AUTH, `&after=${cursor}`)
        seen.push(...page.data.filter((e) => e.subject === id).map((e) => e.id))
        cursor = page.next
        if (!stillWriting && page.data.length === 0) return
      }
    })()
    try {
      await Promise.all(
        clients.map(async (client) => {
          for (let i = 0; i < 25; i++) {
            await client.query('begin')
            await insert(client, id)
            await new Promise((resolve) => setTimeout(resolve, Math.random() * 4))
            await client.query('commit')
          }
        }),
      )
    } finally {
      writing = false
      await reader
      await Promise.all(clients.map((c) => c.end()))
    }
    expect(seen).toHaveLength(8 * 25)
    expect(new Set(seen).size).toBe(8 * 25)
  })
})
