import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APPROVED_OBLIGATED, LONELINESS_ONLY, registered, stepped } from '../applications/fixtures.ts'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { applicationWith, getLetter, QUIET_LOAD_SHEDDING } from './fixtures.ts'

/** What the letters say, by the rule each statement rests on (rules.md), through the API. */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp(QUIET_LOAD_SHEDDING)
})
afterAll(() => t.close())

type Sections = Record<string, string[]>
async function letter(id: string, language: 'da' | 'en' = 'da'): Promise<Sections> {
  const res = await getLetter(t.app, id, { 'accept-language': language })
  expect(res.statusCode, res.body).toBe(200)
  const body = res.json() as { sections: { id: string; paragraphs: string[] }[] }
  return Object.fromEntries(body.sections.map((s) => [s.id, s.paragraphs]))
}
const text = (paragraphs: string[] | undefined) => (paragraphs ?? []).join('\n')

describe('decision letter content', () => {
  it('G-NO-HOUSING-CONDITION: an approval is never conditional on housing, and says so in both languages', async () => {
    const id = await applicationWith(t.app, 'approved')
    const da = await letter(id)
    expect(text(da.reasons)).toContain(
      'Godkendelsen er ikke betinget af, at du først finder en bolig, og du behøver ikke at være flyttet (G-NO-HOUSING-CONDITION).',
    )
    expect(text(da.rules)).toContain('G-NO-HOUSING-CONDITION – Ingen boligbetingelse')
    const en = await letter(id, 'en')
    expect(text(en.reasons)).toContain(
      'The approval is not conditional on your first finding a home, and you need not have moved (G-NO-HOUSING-CONDITION).',
    )
  })

  it('H-TAKEOVER and D-CONTRACT: moved in on 1 May 2025 after the approval → effective 1 May, contract by 1 June', async () => {
    const da = await letter(await applicationWith(t.app, 'approved'))
    expect(text(da.decision)).toContain('Overtagelsen har virkning fra den 1. maj 2025 (H-TAKEOVER).')
    expect(text(da.consequences)).toContain(
      'fra den 1. maj 2025 og skal indgå en ny kontrakt med dig senest den 1. juni 2025 (D-CONTRACT)',
    )
  })

  it('H-TAKEOVER: approved before the move → the takeover runs from the move, with the planned date', async () => {
    const id = await registered(t.app, { externalReference: 'KK-2025-not-moved' })
    await stepped(t.app, id, '/decision', APPROVED_OBLIGATED)
    const en = await letter(id, 'en')
    expect(text(en.decision)).toContain(
      'The takeover takes effect from the day you move to the municipality (H-TAKEOVER); you have said that you plan to move on 1 May 2025.',
    )
    expect(text(en.consequences)).toContain('within 1 month of the takeover (D-CONTRACT)')
  })

  it('G-VOLUNTARY: a voluntary approval cites § 18, stk. 1 and gives the voluntary reason', async () => {
    const id = await registered(t.app, { externalReference: 'KK-2025-voluntary', grounds: LONELINESS_ONLY })
    await stepped(t.app, id, '/decision', {
      outcome: 'approved',
      decisionDate: '2025-03-20',
      legalBasis: 'voluntary',
    })
    const da = await letter(id)
    expect(text(da.decision)).toContain('jf. integrationslovens § 18, stk. 1.')
    expect(text(da.reasons)).toContain('(G-VOLUNTARY)')
    expect(text(da.rules)).toContain('T-LONELINESS – Ensomhed: Integrationsloven § 18, stk. 2')
  })

  it('IL § 18 stk. 2: refusing an application assessed as obligated states the assessment and the recorded justification', async () => {
    const da = await letter(await applicationWith(t.app, 'refused'))
    expect(text(da.reasons)).toContain(
      'Vurderingen efter reglerne pegede på, at kommunen har pligt til at overtage ansvaret (integrationslovens § 18, stk. 2). Kommunen har alligevel givet afslag med denne begrundelse: Arbejdet kan passes fra den nuværende bopæl med bil.',
    )
  })

  it('T-LONELINESS refused: per-ground assessment and the justification, without the obligation wording', async () => {
    const id = await registered(t.app, { externalReference: 'KK-2025-lonely', grounds: LONELINESS_ONLY })
    await stepped(t.app, id, '/decision', {
      outcome: 'refused',
      decisionDate: '2025-03-20',
      justification: 'Ensomhed er ikke i sig selv en grund.',
    })
    const da = await letter(id)
    expect(text(da.reasons)).toMatch(
      /Grund 1 – Ensomhed \(T-LONELINESS\): er ikke i sig selv tilstrækkelig\./,
    )
    expect(text(da.reasons)).toContain('Kommunens begrundelse: Ensomhed er ikke i sig selv en grund.')
    expect(text(da.reasons)).not.toContain('pligt til at overtage')
  })

  it('IL § 32 (P-NEED, P-REASON, P-EVASION, D-MOVE-BACK): a refusal tells what moving anyway can mean and what the person can do', async () => {
    const en = await letter(await applicationWith(t.app, 'refused'), 'en')
    const consequences = text(en.consequences)
    expect(consequences).toContain('reduce or stop your benefit (Integration Act § 32)')
    expect(consequences).toContain('(P-NEED, P-REASON, P-EVASION)')
    expect(consequences).toContain('(D-MOVE-BACK, Integration Act § 32(2))')
    expect(consequences).toContain('you move freely from 1 May 2028')
  })

  it('appeal guidance (forvaltningsloven § 25): Ankestyrelsen, 4 weeks from receipt, through the municipality, sources cited, the unchecked number marked', async () => {
    const da = text((await letter(await applicationWith(t.app, 'refused'))).appeal)
    expect(da).toContain('til Ankestyrelsen (integrationslovens § 53, jf. retssikkerhedslovens § 60, stk. 1)')
    expect(da).toContain('senest 4 uger efter den dag, du modtog afgørelsen (retssikkerhedslovens § 67)')
    expect(da).toContain('ikke direkte til Ankestyrelsen. Kommunen vurderer afgørelsen igen')
    expect(da).toContain('(retssikkerhedslovens § 66)')
    expect(da).toContain('forvaltningslovens § 25')
    expect(da).toMatch(/^Fortolkning: paragrafnummeret for integrationslovens klageadgang/m)
  })

  it.each([
    [
      'appeal-upheld',
      'stadfæstet kommunens afgørelse',
      'Integrationsansvaret bliver hos Morsø Kommune (773)',
    ],
    ['appeal-changed', 'ændret kommunens afgørelse', 'Kommunen gennemfører Ankestyrelsens afgørelse'],
    [
      'appeal-remitted',
      'hjemvist sagen til kommunen',
      'Indtil Københavns Kommune (101) har truffet en ny afgørelse',
    ],
    [
      'appeal-dismissed',
      'afvist klagen uden at tage stilling',
      'Integrationsansvaret bliver hos Morsø Kommune (773)',
    ],
  ] as const)('%s: the appeal body outcome and what follows', async (outcome, decided, follows) => {
    const da = await letter(await applicationWith(t.app, outcome))
    expect(text(da.decision)).toContain(`Ankestyrelsen har den 16. juni 2025 ${decided}`)
    expect(text(da.consequences)).toContain(follows)
    expect(text(da.appeal)).toContain('grundlovens § 63')
    expect(text(da.heading)).toContain('Dato: 16. juni 2025')
  })

  it('G-REPEAT: a withdrawal letter confirms the withdrawal, gives no appeal and says the person may apply again', async () => {
    const da = await letter(await applicationWith(t.app, 'withdrawn'))
    expect(text(da.decision)).toContain(
      'Du har den 10. marts 2025 trukket din ansøgning, modtaget den 3. marts 2025, tilbage.',
    )
    expect(text(da.appeal)).toContain('Der er ikke truffet nogen afgørelse, som du kan klage over.')
    expect(text(da.consequences)).toContain('(G-REPEAT)')
  })
})
