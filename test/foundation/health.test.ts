import { afterAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.ts'
import { buildCheckedApp, createTestDatabase, requireRealPostgres } from '../helpers/app.ts'
import { startProxy } from '../helpers/proxy.ts'

const cleanups: (() => Promise<void> | void)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

describe('readiness', () => {
  it('turns /health/ready to 503 while PostgreSQL is unreachable and back to 200 when it returns, without a restart', async () => {
    requireRealPostgres()
    const database = await createTestDatabase()
    cleanups.push(() => database.drop())
    if (database.settings.kind !== 'postgres') throw new Error('unreachable')
    const url = new URL(database.settings.url)
    const proxy = await startProxy(new URL(url))
    cleanups.push(() => proxy.close())
    url.hostname = '127.0.0.1'
    url.port = String(proxy.port)
    const app = await buildCheckedApp({
      ...loadConfig({ LOG_LEVEL: 'silent' }),
      database: { kind: 'postgres', url: url.toString(), poolMax: 2 },
    })
    cleanups.push(() => app.close())
    const ready = () => app.inject({ method: 'GET', url: '/health/ready' })

    expect((await ready()).statusCode).toBe(200)
    proxy.cut()
    const down = await ready()
    expect(down.statusCode).toBe(503)
    expect(down.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect((await app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200)
    await proxy.restore()
    expect((await ready()).statusCode).toBe(200)
  })
})
