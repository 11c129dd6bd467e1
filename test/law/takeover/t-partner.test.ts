/**
 * T-PARTNER and T-PARTNER-CHILD (rules.md § 2): no common child is insufficient (T-PARTNER); a child not
 * yet born with paternity acknowledged is insufficient until the birth (T-PARTNER-CHILD).
 */
import { describe, expect, it } from 'vitest'
import { assessGround, at } from './one-ground.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'

describe('T-PARTNER', () => {
  it('no common child: insufficient, resting on that fact alone', () => {
    const result = assessGround({ type: 'partner', commonChildBorn: false, paternityRegistered: false })
    expect(result).toMatchObject({ effect: 'insufficient', ruleId: 'T-PARTNER', missing: [] })
    expect(result.factsUsed).toEqual(at('commonChildBorn'))
    expect(result.explanation.en).toContain('A relationship without a common child')
    expect(result.explanation.da).toContain('Et kæresteforhold uden fælles barn')
  })

  it('T-PARTNER-CHILD: child not yet born, paternity acknowledged: insufficient on both facts', () => {
    const result = assessGround({ type: 'partner', commonChildBorn: false, paternityRegistered: true })
    expect(result).toMatchObject({ effect: 'insufficient', ruleId: 'T-PARTNER-CHILD', missing: [] })
    expect(result.factsUsed).toEqual(at('commonChildBorn', 'paternityRegistered'))
    expect(result.explanation.en).toContain('The common child is not yet born')
    expect(result.explanation.da).toContain('Det fælles barn er endnu ikke født')
  })
})

describe('T-PARTNER: its definition', () => {
  it('T-PARTNER: cites the sources rules.md § 2 names for it', () => {
    expectSourcesOfRulesMd('T-PARTNER')
  })
})
