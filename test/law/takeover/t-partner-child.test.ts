/**
 * T-PARTNER-CHILD (rules.md § 2): a partner with a common child obliges once the child is born and
 * paternity registered; before that it is insufficient and the applicant may apply again.
 */
import { describe, expect, it } from 'vitest'
import { assessGround, at } from './one-ground.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'

describe('T-PARTNER-CHILD', () => {
  it('T-PARTNER-CHILD: child born, paternity registered: obligates, with no need to have moved or found housing', () => {
    const result = assessGround({ type: 'partner', commonChildBorn: true, paternityRegistered: true })
    expect(result).toMatchObject({ effect: 'obligates', ruleId: 'T-PARTNER-CHILD', missing: [] })
    expect(result.outcome).toBe('obligated')
    expect(result.factsUsed).toEqual(at('commonChildBorn', 'paternityRegistered'))
    expect(result.explanation.en).toMatch(/^Partner\b/)
    expect(result.explanation.en).toContain(
      'A common child with registered paternity forms a family relation',
    )
    expect(result.explanation.en).toContain(
      'it is not required that the applicant has moved or found housing',
    )
    expect(result.explanation.da).toMatch(/^Kæreste\b/)
    expect(result.explanation.da).toContain('Fælles barn med registreret faderskab udgør en familierelation')
    expect(result.explanation.da).toContain('det kræves ikke, at ansøgeren er flyttet eller har bolig')
  })

  it('T-PARTNER-CHILD: child born, paternity not registered: insufficient until it is', () => {
    const result = assessGround({ type: 'partner', commonChildBorn: true, paternityRegistered: false })
    expect(result).toMatchObject({ effect: 'insufficient', ruleId: 'T-PARTNER-CHILD', missing: [] })
    expect(result.explanation.en).toContain('Paternity is not registered')
    expect(result.explanation.en).toContain('the applicant may then apply again')
    expect(result.explanation.da).toContain('Faderskabet er ikke registreret')
    expect(result.explanation.da).toContain('der kan da søges igen')
  })

  it('T-PARTNER-CHILD: paternity unknown: needs it, in both languages', () => {
    const result = assessGround({ type: 'partner', commonChildBorn: true })
    expect(result).toMatchObject({ effect: 'needs_information', ruleId: 'T-PARTNER-CHILD' })
    expect(result.missing).toEqual(at('paternityRegistered'))
    expect(result.explanation.en).toContain('(/grounds/0/paternityRegistered)')
    expect(result.explanation.da).toContain('(/grounds/0/paternityRegistered)')
  })

  it('T-PARTNER-CHILD: cites the sources rules.md § 2 names for it', () => {
    expectSourcesOfRulesMd('T-PARTNER-CHILD')
  })
})
