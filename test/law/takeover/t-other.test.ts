/** T-OTHER (rules.md § 2): a described circumstance supports with no presumption; a blank one is missing. */
import { describe, expect, it } from 'vitest'
import { assessGround, at } from './one-ground.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'

describe('T-OTHER', () => {
  it.each(['', '   '])('a blank description (%j) is missing, and nothing is used', (description) => {
    const result = assessGround({ type: 'other', description })
    expect(result).toMatchObject({ effect: 'needs_information', ruleId: 'T-OTHER' })
    expect(result.missing).toEqual(at('description'))
    expect(result.factsUsed).toEqual([])
    expect(result.explanation.en).toContain(
      'Missing: description of the circumstance (/grounds/0/description)',
    )
    expect(result.explanation.da).toContain('Mangler: beskrivelse af forholdet (/grounds/0/description)')
  })

  it('a description: supports on it alone, quoting it', () => {
    const result = assessGround({ type: 'other', description: 'Vil bo tæt på sin kirke' })
    expect(result).toMatchObject({ effect: 'supports', ruleId: 'T-OTHER', missing: [] })
    expect(result.factsUsed).toEqual(at('description'))
    expect(result.explanation.en).toContain('“Vil bo tæt på sin kirke”')
    expect(result.explanation.da).toContain('»Vil bo tæt på sin kirke«')
    expect(result.outcomeExplanation.en).toContain('other circumstance (T-OTHER) weighs for a takeover')
  })
})

describe('T-OTHER: its definition', () => {
  it('T-OTHER: cites the sources rules.md § 2 names for it', () => {
    expectSourcesOfRulesMd('T-OTHER')
  })
})
