import { mkdtemp, rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runApiKeyCli } from '../../src/apikeys/cli.ts'
import { generateApiKey } from '../../src/apikeys/keys.ts'
import { insertApiKey, listApiKeys, revokeApiKey } from '../../src/apikeys/repository.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({}, (app) => {
    app.get('/test/admin-only', { config: { scopes: ['admin'] } }, async () => ({ ok: true }))
  })
})
afterAll(() => t.close())

async function createKey(
  name: string,
  scopes: ('applications:read' | 'statistics:read')[],
  municipality: string | null,
) {
  const generated = generateApiKey()
  await insertApiKey(t.app.database.db, {
    name,
    key_hash: generated.hash,
    key_prefix: generated.prefix,
    municipality_code: municipality,
    scopes,
  })
  return generated.key
}

describe('API keys', () => {
  it('stores only the hash of a key and accepts the key as a bearer token', async () => {
    const key = await createKey('erp-aarhus', ['applications:read'], '751')
    const rows = await listApiKeys(t.app.database.db)
    expect(JSON.stringify(rows)).not.toContain(key)
    expect(rows.find((r) => r.name === 'erp-aarhus')?.key_hash).toMatch(/^[0-9a-f]{64}$/)
    const res = await t.app.inject({
      method: 'GET',
      url: '/v1/municipalities',
      headers: { authorization: `Bearer ${key}` },
    })
    expect(res.statusCode).toBe(200)
  })

  it('never accepts a key that was revoked before its first use', async () => {
    const key = await createKey('revoked-unused', ['statistics:read'], null)
    await revokeApiKey(t.app.database.db, 'revoked-unused')
    const res = await t.app.inject({
      method: 'GET',
      url: '/v1/municipalities',
      headers: { authorization: `Bearer ${key}` },
    })
    expect(res.statusCode).toBe(401)
    expect(res.json().detail).toMatch(/unknown or revoked/)
  })
})

describe('scopes', () => {
  it("answers 403 problem+json when the key lacks the route's scope, naming the scope", async () => {
    const key = await createKey('reader', ['applications:read'], '101')
    const res = await t.app.inject({
      method: 'GET',
      url: '/test/admin-only',
      headers: { authorization: `Bearer ${key}` },
    })
    expect(res.statusCode).toBe(403)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(res.json()).toMatchObject({ status: 403, requiredScopes: ['admin'] })
  })
})

describe('npm run apikey', { timeout: 120_000 }, () => {
  it('creates a key (printed once), lists it without the secret, and revokes it', async () => {
    const dir = await mkdtemp('/tmp/ansvar-cli-')
    const saved = { ...process.env }
    process.env.PGLITE_DIR = dir
    delete process.env.DATABASE_URL
    try {
      const out: string[] = []
      await runApiKeyCli(
        [
          'create',
          '--name',
          'kk-erp',
          '--municipality',
          '0101',
          '--scopes',
          'applications:read,applications:write',
        ],
        (l) => out.push(l),
      )
      const key = out.at(-1)!
      expect(key).toMatch(/^ansvar_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/)
      const listed: string[] = []
      await runApiKeyCli(['list'], (l) => listed.push(l))
      expect(listed.join('\n')).toContain('kk-erp')
      expect(listed.join('\n')).toContain('101')
      expect(listed.join('\n')).not.toContain(key)
      const revoked: string[] = []
      await runApiKeyCli(['revoke', 'kk-erp'], (l) => revoked.push(l))
      expect(revoked[0]).toBe('Revoked 1 key(s).')
      await expect(
        runApiKeyCli(['create', '--name', 'x', '--national', '--scopes', 'root'], () => {}),
      ).rejects.toThrow(/Bad scopes: root/)
    } finally {
      process.env = saved
      await rm(dir, { recursive: true, force: true })
    }
  })
})
