import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registered, stepped } from '../applications/fixtures.ts'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'
import { keyHeader } from '../helpers/keys.ts'
import { applicationWith, getLetter, MEDIA, QUIET_LOAD_SHEDDING } from './fixtures.ts'

let t: TestApp
let decided: string
beforeAll(async () => {
  t = await createTestApp(QUIET_LOAD_SHEDDING)
  decided = await applicationWith(t.app, 'refused')
})
afterAll(() => t.close())

const PROBLEM = 'application/problem+json; charset=utf-8'

describe('decision letter: who may read it, and when there is one', () => {
  it('the receiving and the departure municipality read it; the read is in the access log as "letter"', async () => {
    for (const municipality of ['101', '773']) {
      const key = await keyHeader(t.app, `caseworker-${municipality}`, municipality, ['applications:read'])
      const res = await getLetter(t.app, decided, {}, key)
      expect(res.statusCode, res.body).toBe(200)
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
      expect(res.headers['cache-control']).toBe('private, no-store')
    }
    const log = await t.app.inject({
      method: 'GET',
      url: `/v1/access-log?applicationId=${decided}`,
      headers: BOOTSTRAP_AUTH,
    })
    const letterReads = log.json().data.filter((e: { action: string }) => e.action === 'letter')
    expect(letterReads.map((e: { actorMunicipality: string }) => e.actorMunicipality).sort()).toEqual([
      '101',
      '773',
    ])
  })

  it("another municipality gets a 404 problem, so that the application's existence does not leak", async () => {
    const key = await keyHeader(t.app, 'caseworker-147', '147', ['applications:read'])
    const res = await getLetter(t.app, decided, {}, key)
    expect(res.statusCode).toBe(404)
    expect(res.headers['content-type']).toBe(PROBLEM)
    expect(res.json()).toMatchObject({ status: 404, type: 'urn:ansvar:problem:not-found' })
  })

  it('a key without applications:read is 403', async () => {
    const key = await keyHeader(t.app, 'statistician', '101', ['statistics:read'])
    expect((await getLetter(t.app, decided, {}, key)).statusCode).toBe(403)
  })

  it('an application still received, or appealed and not yet decided by the appeal body, is a 409 problem naming its status', async () => {
    const received = await registered(t.app, { externalReference: 'KK-2025-received' })
    const appealed = await applicationWith(t.app, 'approved')
    await stepped(t.app, appealed, '/appeal', { lodgedDate: '2025-04-01' })
    for (const [id, status] of [
      [received, 'received'],
      [appealed, 'appealed'],
    ]) {
      for (const media of Object.values(MEDIA)) {
        const res = await getLetter(t.app, id!, { accept: media })
        expect(res.statusCode).toBe(409)
        expect(res.headers['content-type']).toBe(PROBLEM)
        expect(res.json()).toMatchObject({ status: 409, currentStatus: status })
      }
    }
  })

  it('an unknown id is 404; a malformed id is a 400 naming the parameter', async () => {
    expect((await getLetter(t.app, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404)
    const bad = await getLetter(t.app, 'not-a-uuid')
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors[0]).toMatchObject({ pointer: '/id', in: 'params' })
  })
})

describe('decision letter: content negotiation', () => {
  it.each([
    [undefined, 'application/json; charset=utf-8'],
    ['*/*', 'application/json; charset=utf-8'],
    ['text/*', 'text/html; charset=utf-8'],
    ['application/pdf, application/json;q=0.5', MEDIA.pdf],
    ['application/json;q=0.1, text/html', 'text/html; charset=utf-8'],
    [`${MEDIA.docx}, */*;q=0.1`, MEDIA.docx],
  ])('Accept %s → %s', async (accept, type) => {
    const res = await getLetter(t.app, decided, accept ? { accept } : {})
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe(type)
  })

  it('an Accept that allows none of the four media types is a 406 problem listing them', async () => {
    for (const accept of ['image/png', 'application/pdf;q=0, text/plain']) {
      const res = await getLetter(t.app, decided, { accept })
      expect(res.statusCode).toBe(406)
      expect(res.headers['content-type']).toBe(PROBLEM)
      expect(res.json().supported).toEqual([MEDIA.json, MEDIA.html, MEDIA.pdf, MEDIA.docx])
    }
  })

  it('Danish by default, English with Accept-Language: en (Content-Language says which)', async () => {
    const da = await getLetter(t.app, decided)
    const en = await getLetter(t.app, decided, { 'accept-language': 'en-GB,en;q=0.9' })
    expect(da.headers['content-language']).toBe('da')
    expect(da.json().sections[1].heading).toBe('Afgørelse')
    expect(en.headers['content-language']).toBe('en')
    expect(en.json().sections[1].heading).toBe('Decision')
  })

  it('PDF and Word carry a file name from the case reference', async () => {
    const pdf = await getLetter(t.app, decided, { accept: MEDIA.pdf })
    expect(pdf.headers['content-disposition']).toBe('inline; filename="decision-letter-KK-2025-refused.pdf"')
    const docx = await getLetter(t.app, decided, { accept: MEDIA.docx })
    expect(docx.headers['content-disposition']).toBe(
      'inline; filename="decision-letter-KK-2025-refused.docx"',
    )
  })
})
