/** T-DISCRIMINATION (rules.md § 2): LGBT+-relatedness does not change the effect but is a fact used. */
import { describe, expect, it } from 'vitest'
import { assessGround, at } from './one-ground.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'

const ground = {
  type: 'discrimination',
  threatsReceived: true,
  authoritiesAssessNotSolvableLocally: true,
} as const

describe('T-DISCRIMINATION', () => {
  it('LGBT+-related: supports, with the relatedness first among the facts used', () => {
    const result = assessGround({ ...ground, lgbtqRelated: true })
    expect(result).toMatchObject({ effect: 'supports', ruleId: 'T-DISCRIMINATION', missing: [] })
    expect(result.factsUsed).toEqual(
      at('lgbtqRelated', 'threatsReceived', 'authoritiesAssessNotSolvableLocally'),
    )
    expect(result.explanation.en).toContain('Harassment and discrimination: LGBT+-related;')
    expect(result.explanation.da).toContain('Chikane og diskrimination: LGBT+-relateret;')
  })

  it('relatedness not given: the same effect, resting on the two conditions', () => {
    const result = assessGround(ground)
    expect(result).toMatchObject({ effect: 'supports', ruleId: 'T-DISCRIMINATION' })
    expect(result.factsUsed).toEqual(at('threatsReceived', 'authoritiesAssessNotSolvableLocally'))
  })
})

describe('T-DISCRIMINATION: its definition', () => {
  it('T-DISCRIMINATION: cites the sources rules.md § 2 names for it', () => {
    expectSourcesOfRulesMd('T-DISCRIMINATION')
  })
})
