/** T-LARGER-CITY (rules.md § 2): a larger city, better job chances or a community is insufficient. */
import { describe, expect, it } from 'vitest'
import { assessGround } from './one-ground.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'

describe('T-LARGER-CITY', () => {
  it('T-LARGER-CITY: insufficient whatever the description, saying why in both languages', () => {
    const result = assessGround({ type: 'larger_city', description: 'Vil flytte til København' })
    expect(result).toMatchObject({ effect: 'insufficient', ruleId: 'T-LARGER-CITY', missing: [] })
    expect(result.outcome).toBe('not_obligated')
    expect(result.explanation.en).toMatch(/^Larger city or community\b/)
    expect(result.explanation.en).toContain(
      'the programme can be completed as well in a smaller municipality',
    )
    expect(result.explanation.en).toContain('(T-LARGER-CITY;')
    expect(result.explanation.da).toMatch(/^Større by eller netværk\b/)
    expect(result.explanation.da).toContain('programmet kan gennemføres lige så godt i en mindre kommune')
    expect(result.explanation.da).toContain('(T-LARGER-CITY;')
  })

  it('T-LARGER-CITY: cites the sources rules.md § 2 names for it', () => {
    expectSourcesOfRulesMd('T-LARGER-CITY')
  })
})
