/**
 * T-EMP-PRACTICE (rules.md § 2, SM 1-2-02): a work placement with a prospect of ordinary employment
 * supports (individual assessment); it shares T-EMP's ground, facts and commute threshold.
 */
import { describe, expect, it } from 'vitest'
import { takeoverRules } from '../../../src/law/takeover/index.ts'
import { assessGround, at } from './one-ground.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'
import { OBLIGATING_JOB as job } from './support.ts'

describe('T-EMP-PRACTICE', () => {
  it('T-EMP-PRACTICE: a work placement supports, citing SM 1-2-02 in both languages', () => {
    const result = assessGround({ ...job, ordinary: false, permanent: undefined })
    expect(result).toMatchObject({ effect: 'supports', ruleId: 'T-EMP-PRACTICE', missing: [] })
    expect(result.outcome).toBe('individual_assessment')
    expect(result.factsUsed).toEqual(at('ordinary', 'workplaceMunicipality', 'oneWayCommuteMinutes'))
    expect(result.explanation.en).toMatch(/^Employment\b/)
    expect(result.explanation.en).toContain('a work placement or other non-ordinary work')
    expect(result.explanation.en).toContain('after an individual assessment (SM 1-2-02)')
    expect(result.explanation.da).toMatch(/^Beskæftigelse\b/)
    expect(result.explanation.da).toContain('praktik eller anden ikke-ordinær beskæftigelse')
    expect(result.explanation.da).toContain('efter en konkret, individuel vurdering (SM 1-2-02)')
  })

  it('T-EMP-PRACTICE: a workplace elsewhere is insufficient, saying the move is not necessary for the job', () => {
    const result = assessGround({ ...job, ordinary: false, workplaceMunicipality: '751' })
    expect(result).toMatchObject({ effect: 'insufficient', ruleId: 'T-EMP-PRACTICE' })
    expect(result.explanation.en).toContain('The workplace is not in the receiving municipality')
    expect(result.explanation.da).toContain('Arbejdsstedet ligger ikke i tilflytningskommunen')
  })

  it('T-EMP-PRACTICE: the commute threshold is its parameter, with the configured value', () => {
    const parameters = takeoverRules(75, 10).find((r) => r.id === 'T-EMP-PRACTICE')?.parameters
    expect(parameters?.map((p) => [p.name, p.value])).toEqual([['reasonableOneWayCommuteMinutes', 75]])
  })

  it('T-EMP-PRACTICE: cites the sources rules.md § 2 names for it', () => {
    expectSourcesOfRulesMd('T-EMP-PRACTICE')
  })
})
