import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runApiKeyCli } from '../../src/apikeys/cli.ts'
import { BOOTSTRAP_AUTH, createTestApp, requireRealPostgres, type TestApp } from '../helpers/app.ts'
import { keyHeader } from '../helpers/keys.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const create = (body: unknown, headers: Record<string, string> = BOOTSTRAP_AUTH) =>
  t.app.inject({ method: 'POST', url: '/v1/api-keys', headers, payload: body as object })
const list = (headers: Record<string, string> = BOOTSTRAP_AUTH, query = '') =>
  t.app.inject({ method: 'GET', url: `/v1/api-keys${query}`, headers })
const revoke = (id: string, headers: Record<string, string> = BOOTSTRAP_AUTH) =>
  t.app.inject({ method: 'DELETE', url: `/v1/api-keys/${id}`, headers })

describe('POST /v1/api-keys', () => {
  it('creates a municipality key, shown once, that works at once; the audit names who created it', async () => {
    const res = await create({ name: 'kk-erp', municipality: '0101', scopes: ['applications:read'] })
    expect(res.statusCode).toBe(201)
    expect(res.headers['cache-control']).toBe('no-store')
    const body = res.json()
    expect(body).toMatchObject({
      name: 'kk-erp',
      municipality: '101',
      scopes: ['applications:read'],
      createdBy: 'bootstrap',
    })
    expect(body.key).toMatch(/^ansvar_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/)
    const call = await t.app.inject({
      method: 'GET',
      url: '/v1/takeover-applications',
      headers: { authorization: `Bearer ${body.key}` },
    })
    expect(call.statusCode).toBe(200)
  })

  it('creates a national key with national: true', async () => {
    const res = await create({ name: 'dst', national: true, scopes: ['statistics:read'] })
    expect(res.statusCode).toBe(201)
    expect(res.json().municipality).toBeNull()
  })

  it.each([
    [{ name: 'a', municipality: '101', national: true, scopes: ['admin'] }, '/national'],
    [{ name: 'b', scopes: ['admin'] }, '/municipality'],
    [{ name: 'c', municipality: '999', scopes: ['admin'] }, '/municipality'],
    [{ name: 'd', national: true, scopes: ['root'] }, '/scopes/0'],
    [{ name: 'e', national: true, scopes: [] }, '/scopes'],
    [{ name: ' ', national: true, scopes: ['admin'] }, '/name'],
  ])('rejects %j with a 400 problem naming %s', async (body, pointer) => {
    const res = await create(body)
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer)
  })

  it('answers 409 for a name an active key already has', async () => {
    await create({ name: 'twice', national: true, scopes: ['admin'] })
    const res = await create({ name: 'twice', national: true, scopes: ['admin'] })
    expect(res.statusCode).toBe(409)
    expect(res.json().detail).toContain('"twice"')
  })

  it('needs the admin scope; a municipality admin creates keys for its own municipality only', async () => {
    const reader = await keyHeader(t.app, 'no-admin', '101', ['applications:read'])
    expect((await create({ name: 'x', national: true, scopes: ['admin'] }, reader)).statusCode).toBe(403)
    const aarhusAdmin = await keyHeader(t.app, 'aarhus-admin', '751', ['admin'])
    expect((await create({ name: 'y', national: true, scopes: ['admin'] }, aarhusAdmin)).statusCode).toBe(403)
    expect(
      (await create({ name: 'y', municipality: '101', scopes: ['admin'] }, aarhusAdmin)).statusCode,
    ).toBe(403)
    const own = await create(
      { name: 'aarhus-erp', municipality: '751', scopes: ['applications:read'] },
      aarhusAdmin,
    )
    expect(own.statusCode).toBe(201)
    expect(own.json().createdBy).toBe('aarhus-admin')
    const seen = (await list(aarhusAdmin)).json().data.map((k: { name: string }) => k.name)
    expect(seen).toEqual(['aarhus-admin', 'aarhus-erp'])
  })
})

describe('GET /v1/api-keys', () => {
  it('never shows a key or its hash, and pages with nextCursor', async () => {
    const made = (await create({ name: 'secret-check', national: true, scopes: ['admin'] })).json()
    const res = await list()
    expect(res.statusCode).toBe(200)
    const text = res.body
    expect(text).not.toContain(made.key)
    expect(text).not.toMatch(/[0-9a-f]{64}/)
    expect(res.json().data.find((k: { id: string }) => k.id === made.id)).toMatchObject({
      prefix: made.prefix,
      revokedAt: null,
      revokedBy: null,
    })
    const all = res.json().data.map((k: { id: string }) => k.id)
    const pages: string[] = []
    let cursor = ''
    do {
      const page = (await list(BOOTSTRAP_AUTH, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json()
      pages.push(...page.data.map((k: { id: string }) => k.id))
      cursor = page.nextCursor ?? ''
    } while (cursor)
    expect(pages).toEqual(all)
    const bad = await list(BOOTSTRAP_AUTH, '?cursor=nonsense')
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors[0].pointer).toBe('/cursor')
  })
})

describe('DELETE /v1/api-keys/{id}', () => {
  it('revokes: 204, the key stops working at once, the audit names who revoked it and when', async () => {
    const made = (
      await create({ name: 'to-revoke', municipality: '101', scopes: ['applications:read'] })
    ).json()
    const auth = { authorization: `Bearer ${made.key}` }
    const before = await t.app.inject({ method: 'GET', url: '/v1/takeover-applications', headers: auth })
    expect(before.statusCode).toBe(200)
    expect((await revoke(made.id)).statusCode).toBe(204)
    const after = await t.app.inject({ method: 'GET', url: '/v1/takeover-applications', headers: auth })
    expect(after.statusCode).toBe(401)
    const row = (await list()).json().data.find((k: { id: string }) => k.id === made.id)
    expect(row.revokedBy).toBe('bootstrap')
    expect(Date.parse(row.revokedAt)).toBeGreaterThanOrEqual(Date.parse(row.createdAt))
    expect((await revoke(made.id)).statusCode).toBe(204) // again: nothing changes
    const again = (await list()).json().data.find((k: { id: string }) => k.id === made.id)
    expect(again.revokedAt).toBe(row.revokedAt)
  })

  it('is 404 for an unknown key and for a key of another municipality', async () => {
    expect((await revoke('00000000-0000-4000-8000-000000000000')).statusCode).toBe(404)
    const national = (await create({ name: 'national-x', national: true, scopes: ['admin'] })).json()
    const odenseAdmin = await keyHeader(t.app, 'odense-admin', '461', ['admin'])
    expect((await revoke(national.id, odenseAdmin)).statusCode).toBe(404)
  })
})

describe('npm run apikey on a PostgreSQL server', () => {
  it('works while the server runs on the same database', async () => {
    requireRealPostgres()
    const saved = { ...process.env }
    process.env.DATABASE_URL = t.databaseUrl
    try {
      const out: string[] = []
      await runApiKeyCli(['create', '--name', 'cli-live', '--national', '--scopes', 'admin'], (l) =>
        out.push(l),
      )
      const auth = { authorization: `Bearer ${out.at(-1)}` }
      const res = await list(auth)
      expect(res.statusCode).toBe(200)
      expect(res.json().data.find((k: { name: string }) => k.name === 'cli-live').createdBy).toMatch(
        /^npm run apikey/,
      )
    } finally {
      process.env = saved
    }
  })
})
