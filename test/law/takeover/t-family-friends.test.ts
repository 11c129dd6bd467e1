/** T-FAMILY-FRIENDS (rules.md § 2): family or friends in the receiving municipality are insufficient. */
import { describe, expect, it } from 'vitest'
import { assessGround } from './one-ground.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'

describe('T-FAMILY-FRIENDS', () => {
  it('T-FAMILY-FRIENDS: insufficient whatever the description, saying why in both languages', () => {
    const result = assessGround({ type: 'family_or_friends', description: 'Vil flytte til København' })
    expect(result).toMatchObject({ effect: 'insufficient', ruleId: 'T-FAMILY-FRIENDS', missing: [] })
    expect(result.outcome).toBe('not_obligated')
    expect(result.explanation.en).toMatch(/^Family or friends\b/)
    expect(result.explanation.en).toContain(
      'Family (other than a spouse or common child) or friends in the receiving municipality do not oblige',
    )
    expect(result.explanation.en).toContain('(T-FAMILY-FRIENDS;')
    expect(result.explanation.da).toMatch(/^Familie eller venner\b/)
    expect(result.explanation.da).toContain(
      'Familie (ud over ægtefælle og fælles barn) eller venner i tilflytningskommunen forpligter ikke',
    )
    expect(result.explanation.da).toContain('(T-FAMILY-FRIENDS;')
  })

  it('T-FAMILY-FRIENDS: cites the sources rules.md § 2 names for it', () => {
    expectSourcesOfRulesMd('T-FAMILY-FRIENDS')
  })
})
