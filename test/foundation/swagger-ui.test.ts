import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/app.ts'

/**
 * Swagger UI in a real Chromium, opened by a host name that is not 127.0.0.1 (ansvar.test, mapped to the
 * loopback server by Chromium's resolver) over plain HTTP, as a colleague opening a test instance would.
 */
let t: TestApp
let browser: BrowserContext
let profile: string
let origin: string

beforeAll(async () => {
  t = await createTestApp()
  await t.app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = t.app.server.address() as { port: number }
  origin = `http://ansvar.test:${port}`
  profile = await mkdtemp(join(tmpdir(), 'ansvar-chromium-'))
  // A fresh profile (--user-data-dir), which playwright takes as launchPersistentContext's first argument.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP ansvar.test 127.0.0.1',
    ],
  })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await t?.close()
  if (profile) await rm(profile, { recursive: true, force: true })
})

describe('Swagger UI', () => {
  it('renders every operation over plain HTTP from any host name, with no failed asset', async () => {
    const page = await browser.newPage()
    const failed: string[] = []
    page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`))
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.url()} ${response.status()}`)
    })
    const response = await page.goto(`${origin}/docs`, { waitUntil: 'networkidle' })
    expect(response?.headers()['content-security-policy']).not.toMatch(/upgrade-insecure-requests/)
    await page.locator('.opblock').first().waitFor({ timeout: 20_000 })
    const document = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json()
    const operations = Object.values(document.paths as Record<string, object>).flatMap(Object.keys).length
    expect(await page.locator('.opblock').count()).toBe(operations)
    expect(failed).toEqual([])

    // The service's name in the top bar and the tab, not Fastify's.
    expect(await page.title()).toBe('Ansvar API – documentation')
    const logo = await page.locator('.topbar img').getAttribute('src')
    expect(Buffer.from(logo!.split(',')[1]!, 'base64').toString()).toContain('Ansvar API')

    // Real problem examples, not a generated `status: -9007199254740991`.
    await page.locator('#operations-Applications-getTakeoverApplication').click()
    const operation = page.locator('#operations-Applications-getTakeoverApplication')
    for (const status of [401, 403, 404, 429, 500]) {
      const row = operation.locator(`tr.response[data-code="${status}"]`)
      await row.waitFor()
      const text = await row.innerText()
      expect(text).toContain(`"status": ${status}`)
      expect(text).toContain('"type": "urn:ansvar:problem:')
      expect(text).not.toContain('9007199254740991')
    }
    await page.close()
  }, 60_000)

  it('keeps upgrade-insecure-requests for requests that came over HTTPS', async () => {
    const https = await createTestApp({ TRUST_PROXY: 'true' })
    try {
      const viaProxy = await https.app.inject({
        method: 'GET',
        url: '/health/live',
        headers: { 'x-forwarded-proto': 'https' },
      })
      expect(viaProxy.headers['content-security-policy']).toMatch(/upgrade-insecure-requests/)
      const plain = await https.app.inject({ method: 'GET', url: '/health/live' })
      expect(plain.headers['content-security-policy']).not.toMatch(/upgrade-insecure-requests/)
    } finally {
      await https.close()
    }
  })
})
