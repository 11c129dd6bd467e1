import { spawnSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFirstAdminKey, FIRST_KEY_NAME, startMessage } from '../../src/apikeys/first-run.ts'
import { type Config, loadConfig } from '../../src/config.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { ROOT, startNode, stop, waitForStderr } from '../helpers/process.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const embedded = (env: Record<string, string> = {}): Config => ({
  ...loadConfig(env),
  database: { kind: 'pglite', dir: 'memory://' },
})

describe('first admin key', () => {
  it('is not made on a PostgreSQL server, on a non-loopback address, or with AUTH_BOOTSTRAP_KEY', async () => {
    const db = t.app.database.db
    expect(await createFirstAdminKey(db, loadConfig({ DATABASE_URL: 'postgres://x/y' }))).toBeUndefined()
    expect(await createFirstAdminKey(db, embedded({ HOST: '0.0.0.0' }))).toBeUndefined()
    expect(await createFirstAdminKey(db, embedded({ AUTH_BOOTSTRAP_KEY: 'x'.repeat(24) }))).toBeUndefined()
  })

  it('is made once on the embedded default bound to loopback, as a national admin key', async () => {
    const first = await createFirstAdminKey(t.app.database.db, embedded())
    expect(first?.key).toMatch(/^ansvar_/)
    expect(await createFirstAdminKey(t.app.database.db, embedded())).toBeUndefined()
    const res = await t.app.inject({
      method: 'GET',
      url: '/v1/api-keys',
      headers: { authorization: `Bearer ${first!.key}` },
    })
    expect(res.statusCode).toBe(200)
    expect(res.json().data).toEqual([
      expect.objectContaining({ name: FIRST_KEY_NAME, municipality: null, createdBy: 'first start' }),
    ])
  })
})

describe('the start message', () => {
  const url = 'http://127.0.0.1:3000'
  it('always gives the docs URL; with nothing set and a key existing, how to get a key', () => {
    const text = startMessage(url, embedded(), undefined)
    expect(text).toContain('http://127.0.0.1:3000/docs')
    expect(text).toContain('POST /v1/api-keys')
    expect(text).toContain('npm run apikey -- create')
  })

  it('shows the bootstrap key on loopback, and only its end on another address', () => {
    const key = `${'k'.repeat(20)}WXYZ`
    expect(startMessage(url, embedded({ AUTH_BOOTSTRAP_KEY: key }), undefined)).toContain(
      `AUTH_BOOTSTRAP_KEY is active (a national admin key): ${key}`,
    )
    const remote = startMessage(url, embedded({ AUTH_BOOTSTRAP_KEY: key, HOST: '0.0.0.0' }), undefined)
    expect(remote).toContain('AUTH_BOOTSTRAP_KEY is active')
    expect(remote).toContain('…WXYZ')
    expect(remote).not.toContain(key)
  })
})

describe('GET /', () => {
  it('sends a browser to Swagger UI and gives other clients the links', async () => {
    const browser = await t.app.inject({
      method: 'GET',
      url: '/',
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    })
    expect(browser.statusCode).toBe(302)
    expect(browser.headers.location).toBe('/docs')
    const client = await t.app.inject({ method: 'GET', url: '/' })
    expect(client.statusCode).toBe(200)
    expect(client.json()).toMatchObject({ docs: '/docs', openapi: '/openapi.json' })
  })
})

describe('Node.js 24 guard (scripts/check-node.cjs)', () => {
  const guard = join(ROOT, 'scripts/check-node.cjs')
  it('stops on another major with what to do, run as npm runs it, on a faked Node.js 20', () => {
    const fake = join(ROOT, 'test/helpers/fake-node-20.cjs')
    const run = spawnSync(process.execPath, ['--require', fake, guard], { encoding: 'utf8' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('Node.js 24 is required, found v20.11.1')
    expect(run.stderr).toContain('nvm install 24')
  })

  it('passes on Node.js 24', () => {
    const run = spawnSync(process.execPath, [guard], { encoding: 'utf8' })
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
  })

  it('runs before npm ci, npm start, npm run dev, npm run start:dist and npm test', async () => {
    const { scripts } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'))
    for (const hook of ['preinstall', 'prestart', 'predev', 'prestart:dist', 'pretest']) {
      expect(scripts[hook], hook).toBe('node scripts/check-node.cjs')
    }
  })
})

describe('npm run start:dist', { timeout: 300_000 }, () => {
  it('runs the build output (npm run build → dist/)', async () => {
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' })
    expect(build.status, build.stdout + build.stderr).toBe(0)
    const { scripts } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'))
    const args = (scripts['start:dist'] as string).split(' ').slice(1)
    expect(args.at(-1)).toBe('dist/src/server.js')
    const server = startNode(args, {
      PGLITE_DIR: 'memory://',
      PORT: '0',
      LOG_LEVEL: 'warn',
      // A loaded CI machine must not shed the first calls (503) while the start's work settles.
      MAX_EVENT_LOOP_DELAY_MS: '0',
      AUTH_BOOTSTRAP_KEY: 'dist-test-bootstrap-key-0123456789',
    })
    try {
      const [, url] = await waitForStderr(server, /listening on (http:\/\/127\.0\.0\.1:\d+)/)
      const res = await fetch(`${url}/v1/api-keys`, {
        headers: { authorization: 'Bearer dist-test-bootstrap-key-0123456789' },
      })
      expect(res.status).toBe(200)
      expect((await fetch(`${url}/`)).status).toBe(200)
    } finally {
      await stop(server)
    }
  })
})
