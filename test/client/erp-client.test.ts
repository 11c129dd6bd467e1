import { execFile } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, TEST_BOOTSTRAP_KEY, type TestApp } from '../helpers/app.ts'

/**
 * A client nobody here wrote: openapi-typescript generates it from the committed openapi/openapi.json
 * (offline, into the git-ignored test/client/generated/), `tsc --strict` typechecks the README's ERP
 * flow against it (test/client/erp-flow.ts), and the flow runs against a server listening on 127.0.0.1.
 */
const run = promisify(execFile)
const root = new URL('../../', import.meta.url).pathname
const bin = (name: string) => `${root}node_modules/.bin/${name}`

let t: TestApp
let baseUrl: string

beforeAll(async () => {
  await mkdir(`${root}test/client/generated`, { recursive: true })
  await run(bin('openapi-typescript'), ['openapi/openapi.json', '-o', 'test/client/generated/ansvar.ts'], {
    cwd: root,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true' },
  })
  t = await createTestApp()
  await t.app.listen({ host: '127.0.0.1', port: 0 })
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`
}, 120_000)
afterAll(() => t?.close())

describe('a TypeScript client generated from openapi/openapi.json', () => {
  it('typechecks the ERP flow with tsc --strict', async () => {
    const result = await run(bin('tsc'), ['-p', 'test/client/tsconfig.json', '--strict', '--noEmit'], {
      cwd: root,
    }).catch((error: { stdout: string; stderr: string }) => error)
    expect(`${result.stdout}${result.stderr}`).toBe('')
  }, 120_000)

  it('runs the ERP flow against the server: create and replay, 304 poll, If-Match, move, appeal, lookups, events', async () => {
    const { runErpFlow } = await import(`${root}test/client/erp-flow.ts`)
    const flow = await runErpFlow(baseUrl, TEST_BOOTSTRAP_KEY)
    expect(flow.created).toMatchObject({ status: 'received', toMunicipality: '101' })
    expect(flow.etagAfterCreate).toBe('"v1"')
    expect(flow.replayed).toEqual({ id: flow.created.id, header: 'true' })
    expect(flow.pollStatus).toBe(304)
    expect(flow.staleDecision).toMatchObject({
      status: 412,
      type: expect.stringMatching(/^urn:ansvar:problem:/),
    })
    expect(flow.decided.status).toBe('decided')
    expect(flow.moved.moveDate).toBe('2025-05-01')
    expect(flow.appealDecided.status).toBe('appeal_decided')
    expect(flow.byExternalReference).toEqual([flow.created.id])
    expect(flow.byCpr).toContain(flow.created.id)
    expect(flow.eventTypes).toEqual(['created', 'decision', 'move', 'appeal', 'appeal_decision'])
  }, 60_000)
})
