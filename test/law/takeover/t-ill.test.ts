/**
 * T-ILL (rules.md § 2): treatment in the receiving municipality with an unreasonable commute; weekly or
 * more obliges, less often supports. What each conclusion rests on, and the input it refuses.
 */
import { describe, expect, it } from 'vitest'
import { takeoverRules } from '../../../src/law/takeover/index.ts'
import { assessGround, at } from './one-ground.ts'
import { rejected } from './rejected.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'

const ill = { type: 'illness', treatmentMunicipality: '101', oneWayCommuteMinutes: 120 } as const

describe('T-ILL: what the conclusion rests on', () => {
  it('weekly treatment: obligates on frequency, place and commute, in that order', () => {
    const result = assessGround({ ...ill, treatmentsPerWeek: 1 })
    expect(result).toMatchObject({ effect: 'obligates', ruleId: 'T-ILL', missing: [] })
    expect(result.factsUsed).toEqual(at('treatmentsPerWeek', 'treatmentMunicipality', 'oneWayCommuteMinutes'))
    expect(result.explanation.en).toContain('(T-ILL;')
    expect(result.explanation.da).toContain('(T-ILL;')
  })

  it('treatment elsewhere: insufficient on the place of treatment alone, whatever else is known', () => {
    const result = assessGround({ ...ill, treatmentMunicipality: '751', treatmentsPerWeek: 2 })
    expect(result).toMatchObject({ effect: 'insufficient', ruleId: 'T-ILL', missing: [] })
    expect(result.factsUsed).toEqual(at('treatmentMunicipality'))
    expect(result.explanation.en).toContain('not in the receiving municipality 101 København')
    expect(result.explanation.da).toContain('ikke i tilflytningskommunen 101 København')
  })

  it('frequency unknown: needs it, resting on place and commute', () => {
    const result = assessGround(ill)
    expect(result).toMatchObject({ effect: 'needs_information', ruleId: 'T-ILL' })
    expect(result.missing).toEqual(at('treatmentsPerWeek'))
    expect(result.factsUsed).toEqual(at('treatmentMunicipality', 'oneWayCommuteMinutes'))
    expect(result.explanation.en).toContain('Missing: treatments per week (/grounds/0/treatmentsPerWeek)')
    expect(result.explanation.da).toContain(
      'Mangler: antal behandlinger om ugen (/grounds/0/treatmentsPerWeek)',
    )
  })

  it('commute unknown: needs it, resting on frequency and place', () => {
    const result = assessGround({ type: 'illness', treatmentMunicipality: '101', treatmentsPerWeek: 3 })
    expect(result.missing).toEqual(at('oneWayCommuteMinutes'))
    expect(result.factsUsed).toEqual(at('treatmentsPerWeek', 'treatmentMunicipality'))
  })
})

describe('T-ILL: input it refuses', () => {
  it('a negative number of treatments is invalid, at its own pointer', () => {
    expect(rejected({ ...ill, treatmentsPerWeek: -1 })).toEqual({
      kind: 'invalid',
      pointer: '/grounds/0/treatmentsPerWeek',
      message: 'treatmentsPerWeek must be a number of at least 0',
    })
  })

  it('an unknown place-of-treatment code is invalid, at its own pointer', () => {
    expect(rejected({ ...ill, treatmentMunicipality: '999' })).toMatchObject({
      kind: 'invalid',
      pointer: '/grounds/0/treatmentMunicipality',
    })
  })
})

describe('T-ILL: its definition', () => {
  it('T-ILL: cites the sources rules.md § 2 names for it', () => {
    expectSourcesOfRulesMd('T-ILL')
  })

  it('T-ILL: its interpretation parameters, with the configured values', () => {
    const parameters = takeoverRules(75, 10).find((r) => r.id === 'T-ILL')?.parameters
    expect(parameters?.map((p) => [p.name, p.value])).toEqual([['reasonableOneWayCommuteMinutes', 75]])
  })
})
