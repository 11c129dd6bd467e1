/**
 * Issue 15, item 3: an application's § 18 assessment is evaluated once and stored once, language-neutral;
 * each read renders it in the reader's language, exactly as POST /v1/takeover-assessments words it.
 * Rows stored before, in both languages (`{da, en}`), are served as stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BOOTSTRAP_AUTH, createTestApp, type TestApp } from '../helpers/app.ts'
import { applicationBody, registered } from './fixtures.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const read = (id: string, language: 'da' | 'en') =>
  t.app.inject({
    method: 'GET',
    url: `/v1/takeover-applications/${id}`,
    headers: { ...BOOTSTRAP_AUTH, 'accept-language': language },
  })

const storedAssessment = async (id: string) =>
  (
    await t.app.database.db
      .selectFrom('takeover_application')
      .select('assessment')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).assessment as Record<string, unknown>

describe('the stored § 18 assessment (G-VOLUNTARY, T-EMP)', () => {
  it('is stored once, as findings in no language, and read in the reader’s language as the assessment route words it', async () => {
    const body = applicationBody()
    const id = await registered(t.app, body)
    const stored = await storedAssessment(id)
    expect(Object.keys(stored)).not.toContain('da')
    expect(Object.keys(stored)).not.toContain('en')
    expect(stored).toMatchObject({ outcome: 'obligated', grounds: [{ ruleId: 'T-EMP' }] })
    expect(JSON.stringify(stored)).not.toMatch(/Tilflytningskommunen er forpligtet|is obliged/)

    for (const language of ['da', 'en'] as const) {
      const direct = await t.app.inject({
        method: 'POST',
        url: '/v1/takeover-assessments',
        headers: { ...BOOTSTRAP_AUTH, 'accept-language': language },
        payload: {
          asOf: body.receivedDate,
          fromMunicipality: body.fromMunicipality,
          toMunicipality: body.toMunicipality,
          applicant: { category: body.applicant.category, responsibilityDate: '2023-05-01' },
          grounds: body.grounds,
        },
      })
      expect(direct.statusCode, direct.body).toBe(200)
      const res = await read(id, language)
      expect(res.statusCode).toBe(200)
      expect(res.json().assessment).toEqual(direct.json())
      expect(res.json().assessment.notes.map((n: { ruleId: string }) => n.ruleId)).toContain('G-VOLUNTARY')
    }
    expect((await read(id, 'da')).json().assessment.explanation).toMatch(
      /^Tilflytningskommunen er forpligtet/,
    )
    expect((await read(id, 'en')).json().assessment.explanation).toMatch(
      /^The receiving municipality is obliged/,
    )
  })

  it('serves a row stored in both languages before issue 15 as stored', async () => {
    const id = await registered(t.app)
    const [da, en] = [(await read(id, 'da')).json().assessment, (await read(id, 'en')).json().assessment]
    const legacy = {
      da: { ...da, explanation: 'Gemt på dansk.' },
      en: { ...en, explanation: 'Stored in English.' },
    }
    await t.app.database.db
      .updateTable('takeover_application')
      .set({ assessment: JSON.stringify(legacy) })
      .where('id', '=', id)
      .execute()
    expect((await read(id, 'da')).json().assessment).toEqual(legacy.da)
    expect((await read(id, 'en')).json().assessment).toEqual(legacy.en)
  })
})
