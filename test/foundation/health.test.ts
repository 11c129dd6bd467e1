import net from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import { createTestDatabase, requireRealPostgres } from '../helpers/app.ts'

/** A TCP proxy in front of PostgreSQL that the test can cut and restore, as if the server stopped. */
function startProxy(
  target: URL,
): Promise<{ port: number; cut(): void; restore(): Promise<void>; close(): void }> {
  const sockets = new Set<net.Socket>()
  const listen = (server: net.Server, port: number) =>
    new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const make = () =>
    net.createServer((client) => {
      const upstream = net.connect(Number(target.port || 5432), target.hostname)
      for (const s of [client, upstream]) {
        sockets.add(s)
        s.on('error', () => s.destroy())
        s.on('close', () => sockets.delete(s))
      }
      client.pipe(upstream).pipe(client)
    })
  let server = make()
  return listen(server, 0).then(() => {
    const port = (server.address() as net.AddressInfo).port
    return {
      port,
      cut() {
        server.close()
        for (const s of sockets) s.destroy()
      },
      async restore() {
        server = make()
        await listen(server, port)
      },
      close() {
        server.close()
        for (const s of sockets) s.destroy()
      },
    }
  })
}

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
    const app = await buildApp({
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
