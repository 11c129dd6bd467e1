/**
 * T-SPOUSE-BOTH (rules.md § 2): both spouses covered by the programme; the outcome of the spouse's linked
 * application decides.
 */
import { describe, expect, it } from 'vitest'
import { assessGround, at } from './one-ground.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'

const both = { type: 'spouse', spouseCoveredByProgramme: true } as const

describe('T-SPOUSE-BOTH', () => {
  it('without linkedApplicationId: needs it, resting on the programme fact only', () => {
    const result = assessGround(both)
    expect(result).toMatchObject({ effect: 'needs_information', ruleId: 'T-SPOUSE-BOTH' })
    expect(result.missing).toEqual(at('linkedApplicationId'))
    expect(result.factsUsed).toEqual(at('spouseCoveredByProgramme'))
    expect(result.explanation.en).toContain('the spouse is covered by the programme')
    expect(result.explanation.en).toContain('(/grounds/0/linkedApplicationId)')
    expect(result.explanation.da).toContain('ægtefællen er omfattet af programmet')
    expect(result.explanation.en).toContain('Information is missing to decide')
    expect(result.explanation.en).not.toContain('the outcome of the spouse’s application is not known')
    expect(result.explanation.da).toContain('Der mangler oplysninger for at afgøre')
    expect(result.outcome).toBe('individual_assessment')
  })

  it('a linked application whose outcome is unknown: still missing, and the id is not a fact used', () => {
    const result = assessGround({ ...both, linkedApplicationId: 'a-1' }, new Map())
    expect(result).toMatchObject({ effect: 'needs_information', ruleId: 'T-SPOUSE-BOTH' })
    expect(result.missing).toEqual(at('linkedApplicationId'))
    expect(result.factsUsed).toEqual(at('spouseCoveredByProgramme'))
    expect(result.explanation.en).toContain('the outcome of the spouse’s application is not known')
  })

  it('the linked application obliges: obligates, naming the application', () => {
    const result = assessGround({ ...both, linkedApplicationId: 'a-1' }, new Map([['a-1', 'obligated']]))
    expect(result).toMatchObject({ effect: 'obligates', ruleId: 'T-SPOUSE-BOTH', missing: [] })
    expect(result.factsUsed).toEqual(at('spouseCoveredByProgramme', 'linkedApplicationId'))
    expect(result.explanation.en).toContain('the spouse’s application a-1')
    expect(result.explanation.da).toContain('ægtefællens ansøgning a-1')
    expect(result.outcome).toBe('obligated')
  })

  it.each(['individual_assessment', 'not_obligated'] as const)(
    'the linked application is %s: only supports',
    (linked) => {
      const result = assessGround({ ...both, linkedApplicationId: 'a-1' }, new Map([['a-1', linked]]))
      expect(result).toMatchObject({ effect: 'supports', ruleId: 'T-SPOUSE-BOTH', missing: [] })
      expect(result.factsUsed).toEqual(at('spouseCoveredByProgramme', 'linkedApplicationId'))
      expect(result.explanation.en).toContain('does not oblige the municipality')
    },
  )
})

describe('T-SPOUSE', () => {
  it('whether the spouse is covered unknown: that is missing, the municipality a fact used', () => {
    const result = assessGround({ type: 'spouse', spouseMunicipality: '101' })
    expect(result).toMatchObject({ effect: 'needs_information', ruleId: 'T-SPOUSE' })
    expect(result.missing).toEqual(at('spouseCoveredByProgramme'))
    expect(result.factsUsed).toEqual(at('spouseMunicipality'))
  })

  it('spouse not covered, living elsewhere: insufficient on both facts', () => {
    const result = assessGround({
      type: 'spouse',
      spouseCoveredByProgramme: false,
      spouseMunicipality: '751',
    })
    expect(result).toMatchObject({ effect: 'insufficient', ruleId: 'T-SPOUSE' })
    expect(result.factsUsed).toEqual(at('spouseCoveredByProgramme', 'spouseMunicipality'))
  })
})

describe('T-SPOUSE-BOTH: its definition', () => {
  it('T-SPOUSE-BOTH: cites the sources rules.md § 2 names for it', () => {
    expectSourcesOfRulesMd('T-SPOUSE-BOTH')
  })
})
