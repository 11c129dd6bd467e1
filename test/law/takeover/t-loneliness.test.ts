/** T-LONELINESS (rules.md § 2): loneliness in the current municipality is insufficient. */
import { describe, expect, it } from 'vitest'
import { assessGround } from './one-ground.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'

describe('T-LONELINESS', () => {
  it('T-LONELINESS: insufficient whatever the description, saying why in both languages', () => {
    const result = assessGround({ type: 'loneliness', description: 'Vil flytte til København' })
    expect(result).toMatchObject({ effect: 'insufficient', ruleId: 'T-LONELINESS', missing: [] })
    expect(result.outcome).toBe('not_obligated')
    expect(result.explanation.en).toMatch(/^Loneliness\b/)
    expect(result.explanation.en).toContain(
      'Loneliness in the current municipality does not oblige the receiving municipality',
    )
    expect(result.explanation.en).toContain('(T-LONELINESS;')
    expect(result.explanation.da).toMatch(/^Ensomhed\b/)
    expect(result.explanation.da).toContain(
      'Ensomhed i boligplaceringskommunen forpligter ikke tilflytningskommunen',
    )
    expect(result.explanation.da).toContain('(T-LONELINESS;')
  })

  it('T-LONELINESS: cites the sources rules.md § 2 names for it', () => {
    expectSourcesOfRulesMd('T-LONELINESS')
  })
})
