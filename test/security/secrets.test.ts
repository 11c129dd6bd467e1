import type { InjectOptions } from 'fastify'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateApiKey } from '../../src/apikeys/keys.ts'
import { applicationBody, registered } from '../applications/fixtures.ts'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'

/**
 * Issue 13, item 3, replayed: CPR numbers and keys planted everywhere a client can put text (fields,
 * member names, headers, query, cursor, path, Idempotency-Key), then the whole log stream and every
 * table of the database are searched for them.
 */
const CPR = '150561-2223'
const CPR_BARE = '1505612223'
const STOLEN_KEY = generateApiKey().key // an API key of the right shape, pasted where it does not belong
const QUERY_SECRET = 'qs-secret-9f8e7d6c5b4a3928'
const PLANTED = [CPR, CPR_BARE, STOLEN_KEY, QUERY_SECRET]

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({
    RATE_LIMIT_PER_MINUTE: '100000',
    MAX_EVENT_LOOP_DELAY_MS: '0',
    AUTH_FAILURES_PER_MINUTE: '100000',
    LOG_LEVEL: 'debug',
  })
})
afterAll(() => t.close())

const b64 = (text: string) => Buffer.from(text).toString('base64url')

describe('no CPR number or key reaches the logs or the database (issue 13, item 3)', () => {
  it('planted everywhere, found nowhere; every answer to it is a 4xx problem at most, without echo', async () => {
    const id = await registered(t.app, { externalReference: 'SECRETS-1' })
    const auth = { ...BOOTSTRAP_AUTH }
    const requests: InjectOptions[] = [
      // fields: a CPR number in a free-text field, and the key
      {
        method: 'POST',
        url: '/v1/takeover-applications',
        headers: auth,
        payload: applicationBody({ externalReference: CPR }),
      },
      {
        method: 'POST',
        url: '/v1/takeover-applications',
        headers: auth,
        payload: applicationBody({ externalReference: STOLEN_KEY }),
      },
      {
        method: 'POST',
        url: `/v1/takeover-applications/${id}/withdrawal`,
        headers: auth,
        payload: { withdrawnDate: '2025-04-01', reason: `cpr ${CPR_BARE}` },
      },
      // member names
      {
        method: 'POST',
        url: '/v1/takeover-assessments',
        headers: auth,
        payload: { [CPR]: 1, [CPR_BARE]: { [STOLEN_KEY]: 2 } },
      },
      {
        method: 'POST',
        url: `/v1/takeover-applications/${id}/move`,
        headers: auth,
        payload: { [CPR_BARE]: '2025-04-01' },
      },
      // headers
      {
        method: 'GET',
        url: '/v1/municipalities',
        headers: {
          ...auth,
          'x-request-id': CPR_BARE,
          'user-agent': CPR,
          'x-api-key': STOLEN_KEY,
          referer: `https://x/?cpr=${CPR}`,
        },
      },
      { method: 'GET', url: '/v1/municipalities', headers: { authorization: `Bearer ${STOLEN_KEY}` } },
      { method: 'GET', url: '/v1/municipalities', headers: { authorization: `Bearer ${CPR}` } },
      {
        method: 'GET',
        url: '/v1/takeover-applications',
        headers: { ...auth, 'x-civilregistrationidentifier': CPR },
      },
      {
        method: 'GET',
        url: '/v1/takeover-applications',
        headers: { ...auth, 'x-civilregistrationidentifier': `${CPR}0` },
      },
      // query
      { method: 'GET', url: `/v1/municipalities?api_key=${QUERY_SECRET}`, headers: auth },
      { method: 'GET', url: `/v1/municipalities?api_key=${STOLEN_KEY}&cpr=${CPR}` },
      {
        method: 'GET',
        url: `/v1/takeover-applications?externalReference=${CPR}&groundType=${CPR_BARE}`,
        headers: auth,
      },
      {
        method: 'GET',
        url: `/v1/statistics/takeover-applications?toMunicipality=${CPR_BARE}`,
        headers: auth,
      },
      // cursor: in clear, and inside base64url in every shape the decoder might half-accept
      { method: 'GET', url: `/v1/takeover-applications?cursor=${CPR_BARE}`, headers: auth },
      {
        method: 'GET',
        url: `/v1/takeover-applications?cursor=${b64(`2025-01-01|${CPR_BARE}`)}`,
        headers: auth,
      },
      { method: 'GET', url: `/v1/takeover-applications?cursor=${b64(`${CPR}|${id}`)}`, headers: auth },
      { method: 'GET', url: `/v1/takeover-applications?cursor=${b64(`2025-02-30|${id}`)}`, headers: auth },
      {
        method: 'GET',
        url: `/v1/takeover-applications?cursor=${b64(`2025-01-01|${id}`)}==${CPR_BARE}`,
        headers: auth,
      },
      // path
      { method: 'GET', url: `/v1/takeover-applications/${CPR_BARE}`, headers: auth },
      { method: 'GET', url: `/v1/takeover-applications/${CPR}/events`, headers: auth },
      { method: 'GET', url: `/v1/nothing/${CPR}/${STOLEN_KEY}` },
      // Idempotency-Key: on a create, on a lifecycle POST
      {
        method: 'POST',
        url: '/v1/takeover-applications',
        headers: { ...auth, 'idempotency-key': CPR },
        payload: applicationBody({ externalReference: 'SECRETS-2' }),
      },
      {
        method: 'POST',
        url: `/v1/takeover-applications/${id}/move`,
        headers: { ...auth, 'idempotency-key': STOLEN_KEY },
        payload: { moveDate: '2025-04-01' },
      },
      // a body that is not JSON at all
      {
        method: 'POST',
        url: '/v1/takeover-assessments',
        headers: { ...auth, 'content-type': 'application/json' },
        payload: `{"x": ${CPR_BARE}x ${STOLEN_KEY}`,
      },
    ]
    for (const request of requests) {
      const res = await t.app.inject(request)
      expect(res.statusCode, `${request.method} ${request.url}`).toBeLessThan(500)
      for (const secret of [CPR, CPR_BARE, STOLEN_KEY])
        expect(res.body, `${request.method} ${request.url} echoes ${secret}`).not.toContain(secret)
    }
    // an error logged with a secret in its message and stack (a database error quoting a value)
    t.app.log.error({ err: new Error(`invalid input syntax for type uuid: "${CPR_BARE}"`) }, 'query failed')
    t.app.log.error(new Error(`key ${STOLEN_KEY} rejected`))
    t.app.log.warn({ detail: { nested: [CPR] } }, `about ${CPR}`)

    const logs = JSON.stringify(t.logs)
    expect(logs).toContain('[REDACTED]')
    expect(logs).toContain('api_key=[REDACTED]')
    for (const secret of PLANTED) expect(logs, `the logs hold ${secret}`).not.toContain(secret)

    const tables = await sql<{ table_name: string }>`select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(t.app.database.db)
    expect(tables.rows.length).toBeGreaterThan(8)
    for (const { table_name } of tables.rows) {
      const rows = await sql`select * from ${sql.table(table_name)}`.execute(t.app.database.db)
      const text = JSON.stringify(rows.rows)
      for (const secret of PLANTED) expect(text, `table ${table_name} holds ${secret}`).not.toContain(secret)
    }
  })
})
