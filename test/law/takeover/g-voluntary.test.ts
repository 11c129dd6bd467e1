/**
 * G-VOLUNTARY (rules.md § 2; IL § 18 stk. 1): the receiving municipality may always take over, whatever
 * the assessment — a note on every answer, and the wording of a "not obligated" outcome.
 */
import { describe, expect, it } from 'vitest'
import { assessTakeover, type TakeoverGround } from '../../../src/law/takeover/index.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'
import { OBLIGATING_JOB as job } from './support.ts'

function assess(grounds: TakeoverGround[], language: 'da' | 'en') {
  return assessTakeover(
    { toMunicipality: '101', grounds },
    { language, reasonableOneWayCommuteMinutes: 90, asOf: '2025-03-01' },
  )
}

const note = (grounds: TakeoverGround[], language: 'da' | 'en') =>
  assess(grounds, language).notes.find((n) => n.ruleId === 'G-VOLUNTARY')

describe('G-VOLUNTARY', () => {
  it('G-VOLUNTARY: a note, obliged or not, that the municipality may always take over under § 18 stk. 1', () => {
    for (const grounds of [[job], [{ type: 'loneliness' } as const]]) {
      const en = note(grounds, 'en')
      expect(en?.text).toContain('may always choose to take over the integration responsibility')
      expect(en?.text).toContain('section 18(1) of the Integration Act')
      expect(en?.text).toContain('the caseworker decides')
      expect(en?.legalSources[0]?.citation).toBe('Integrationsloven § 18, stk. 1')
      const da = note(grounds, 'da')
      expect(da?.text).toContain('kan altid vælge at overtage integrationsansvaret')
      expect(da?.text).toContain('integrationslovens § 18, stk. 1')
      expect(da?.text).toContain('sagsbehandleren træffer afgørelsen')
    }
  })

  it('G-VOLUNTARY: a "not obligated" outcome says the municipality may still take over', () => {
    const en = assess([{ type: 'loneliness' }], 'en')
    expect(en.outcome).toBe('not_obligated')
    expect(en.explanation).toContain('None of the stated circumstances obliges the receiving municipality')
    expect(en.explanation).toContain('section 18(2) of the Integration Act')
    expect(en.explanation).toContain('it may still always choose to take over (G-VOLUNTARY)')
    const da = assess([{ type: 'loneliness' }], 'da')
    expect(da.explanation).toContain('Ingen af de anførte forhold forpligter tilflytningskommunen')
    expect(da.explanation).toContain('integrationslovens § 18, stk. 2')
    expect(da.explanation).toContain('kommunen kan dog altid vælge at overtage (G-VOLUNTARY)')
  })

  it('G-VOLUNTARY: cites the sources rules.md § 2 names for it', () => {
    expectSourcesOfRulesMd('G-VOLUNTARY')
  })
})
