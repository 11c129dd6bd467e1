/**
 * G-REPEAT (rules.md § 2, seed 000): the same person may apply again when circumstances change — a note
 * when nothing weighs for a takeover.
 */
import { describe, expect, it } from 'vitest'
import { assessTakeover } from '../../../src/law/takeover/index.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'

function note(language: 'da' | 'en') {
  const result = assessTakeover(
    { toMunicipality: '101', grounds: [{ type: 'partner', commonChildBorn: false }] },
    { language, reasonableOneWayCommuteMinutes: 90, asOf: '2025-03-01' },
  )
  expect(result.outcome).toBe('not_obligated')
  return result.notes.find((n) => n.ruleId === 'G-REPEAT')
}

describe('G-REPEAT', () => {
  it('G-REPEAT: nothing weighs for a takeover: the person may apply again, e.g. with a job or a child', () => {
    const en = note('en')
    expect(en?.text).toContain('The same person may apply again if circumstances change')
    expect(en?.text).toContain('ordinary work in the receiving municipality or the birth of a common child')
    expect(en?.legalSources.map((s) => s.citation)).toEqual([
      'Københavns Kommune, svar om § 18 og LGBT+-ansøgere (2021)',
    ])
    const da = note('da')
    expect(da?.text).toContain('Samme person kan søge igen, hvis forholdene ændrer sig')
    expect(da?.text).toContain('ordinært arbejde i tilflytningskommunen eller et fælles barns fødsel')
  })

  it('G-REPEAT: cites the sources rules.md § 2 names for it', () => {
    expectSourcesOfRulesMd('G-REPEAT')
  })
})
