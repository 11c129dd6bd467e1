import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/app.ts'

/**
 * Issue 13, items 9 and 10, replayed on a raw socket: what Node's parser refuses before Fastify sees it
 * is still a problem with a request id, and a client trickling its headers is cut on time.
 */
let t: TestApp
let port: number
beforeAll(async () => {
  t = await createTestApp({ HEADERS_TIMEOUT_MS: '2000', REQUEST_TIMEOUT_MS: '5000' })
  await t.app.listen({ port: 0, host: '127.0.0.1' })
  port = (t.app.server.address() as net.AddressInfo).port
})
afterAll(() => t.close())

/** Sends raw bytes and collects everything until the server closes the connection. */
function raw(bytes: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1')
    let answer = ''
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1')
    })
    socket.on('error', reject)
    socket.on('close', () => resolve(answer))
    socket.write(bytes)
  })
}

function parse(answer: string) {
  const [head = '', body = ''] = answer.split('\r\n\r\n')
  const [statusLine = '', ...lines] = head.split('\r\n')
  const headers = Object.fromEntries(
    lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
  )
  return { status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(body) }
}

const CASES: [name: string, request: string | Buffer, status: number][] = [
  ['a bare LF line ending', 'GET /health/live HTTP/1.1\nHost: x\n\n', 400],
  ['a bare CR in a header', 'GET /health/live HTTP/1.1\r\nHost: x\rX-A: b\r\n\r\n', 400],
  ['a NUL in a header', 'GET /health/live HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n', 400],
  [
    'two Content-Length headers',
    'POST /v1/takeover-assessments HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}',
    400,
  ],
  [
    'Content-Length with chunked',
    'POST /v1/takeover-assessments HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    400,
  ],
  ['an unknown method', 'FROBNICATE /health/live HTTP/1.1\r\nHost: x\r\n\r\n', 501],
  ['headers too large', `GET /health/live HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
]

describe('framework errors are problems (issue 13, item 9)', () => {
  for (const [name, request, status] of CASES) {
    it(`${name}: ${status} application/problem+json with x-request-id and the security headers`, async () => {
      const answer = parse(await raw(request))
      expect(answer.status).toBe(status)
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
      expect(answer.headers['x-content-type-options']).toBe('nosniff')
      expect(answer.headers['content-security-policy']).toMatch(/default-src 'self'/)
      expect(answer.body).toMatchObject({ status, type: expect.stringMatching(/^urn:ansvar:problem:/) })
      expect(answer.body.requestId).toBe(answer.headers['x-request-id'])
      expect(answer.body.detail).toEqual(expect.any(String))
    })
  }

  it('a request during shutdown is a 503 problem with Retry-After and x-request-id', async () => {
    const closing = await createTestApp()
    await closing.app.listen({ port: 0, host: '127.0.0.1' })
    const closingPort = (closing.app.server.address() as net.AddressInfo).port
    // a keep-alive connection open before the shutdown begins
    const socket = net.connect(closingPort, '127.0.0.1')
    await new Promise((resolve) => socket.once('connect', resolve))
    const answered = new Promise<string>((resolve) => {
      let text = ''
      socket.on('data', (chunk) => {
        text += chunk.toString('latin1')
        if (text.includes('"status":503')) resolve(text)
      })
    })
    // close() waits for in-flight work; the request arrives while it is closing
    const closed = closing.close()
    socket.write('GET /v1/municipalities HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n')
    const answer = parse((await answered).slice((await answered).indexOf('HTTP/1.1 503')))
    socket.destroy()
    await closed
    expect(answer.status).toBe(503)
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(answer.headers['retry-after']).toBe('5')
    expect(answer.headers['x-request-id']).toBeDefined()
    expect(answer.body).toMatchObject({ status: 503, type: 'urn:ansvar:problem:shutting-down' })
  })
})

describe('slow clients are cut on time (issue 13, item 10)', () => {
  it('a client trickling its headers is answered 408 and cut within about a second of HEADERS_TIMEOUT_MS (2 s)', async () => {
    const socket = net.connect(port, '127.0.0.1')
    const started = Date.now()
    let answer = ''
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1')
    })
    socket.write('GET /health/live HTTP/1.1\r\nHost: x\r\n')
    // one header byte every 200 ms, never finishing
    const trickle = setInterval(() => socket.writable && socket.write('X'), 200)
    const closedAfter = await new Promise<number>((resolve) =>
      socket.on('close', () => resolve(Date.now() - started)),
    )
    clearInterval(trickle)
    expect(closedAfter).toBeGreaterThanOrEqual(1_900)
    expect(closedAfter).toBeLessThan(3_500)
    expect(parse(answer).status).toBe(408)
    expect(parse(answer).headers['content-type']).toMatch(/^application\/problem\+json/)
  })
})
