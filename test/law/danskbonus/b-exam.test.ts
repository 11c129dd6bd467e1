import { describe, expect, it } from 'vitest'
import { DANSKBONUS_RULE_MODULES } from '../../../src/law/danskbonus/index.ts'
import { conditionIn, ELIGIBLE, without } from './support.ts'

describe('B-EXAM (IL § 22 stk. 1, stk. 3): a qualifying Danish test passed after 1 January 2018', () => {
  it('B-EXAM: without an application date a test passed after 1 January 2018 qualifies, and the explanation does not mention one', () => {
    const { da, en } = conditionIn(without(ELIGIBLE, 'applicationDate'), 'B-EXAM')
    expect(en.result).toBe('met')
    expect(en.missing).toEqual([])
    expect(en.explanation).toBe('The test (pd2) was passed on 10 December 2024, after 1 January 2018.')
    expect(da.explanation).toBe('Prøven (pd2) er bestået 10. december 2024, efter 1. januar 2018.')
  })

  it('B-EXAM: no test at all is not met: the person has passed no qualifying test', () => {
    const { da, en } = conditionIn({ ...ELIGIBLE, danishTests: [] }, 'B-EXAM')
    expect(en.result).toBe('not_met')
    expect(en.explanation).toBe('The person has passed no qualifying test.')
    expect(da.explanation).toBe('Personen har ikke bestået en prøve, der giver ret til danskbonus.')
  })

  it('B-EXAM: only tests passed on or before 1 January 2018 are not met, and the limit is named', () => {
    const tests = [
      { kind: 'pd2' as const, passedDate: '2017-06-01' },
      { kind: 'pd3' as const, passedDate: '2018-01-01' },
    ]
    const { da, en } = conditionIn({ ...ELIGIBLE, danishTests: tests }, 'B-EXAM')
    expect(en.result).toBe('not_met')
    expect(en.explanation).toBe(
      'None of the tests was passed after 1 January 2018 and by the application date.',
    )
    expect(da.explanation).toBe(
      'Ingen af prøverne er bestået efter 1. januar 2018 og senest på ansøgningsdagen.',
    )
    const noDate = conditionIn({ ...without(ELIGIBLE, 'applicationDate'), danishTests: tests }, 'B-EXAM')
    expect(noDate.en.explanation).toBe('None of the tests was passed after 1 January 2018.')
  })

  it('B-EXAM: a test without its kind cannot qualify, even with a date in time: unknown, pointing at the kind', () => {
    const { da, en } = conditionIn(
      { ...ELIGIBLE, danishTests: [{ passedDate: '2024-12-10' }, { kind: 'pd2' }] },
      'B-EXAM',
    )
    expect(en.result).toBe('unknown')
    expect(en.missing).toEqual(['/danishTests/0/kind', '/danishTests/1/passedDate'])
    expect(en.explanation).toBe(
      'A test given lacks its kind or date; whether it qualifies cannot be decided.',
    )
    expect(da.explanation).toMatch(/^En oplyst prøve mangler art eller dato/)
  })

  it('B-EXAM: one qualifying test is enough; an incomplete one beside it does not matter', () => {
    const { en } = conditionIn(
      { ...ELIGIBLE, danishTests: [{ kind: 'pd2' }, { kind: 'fvu_reading_2', passedDate: '2019-03-04' }] },
      'B-EXAM',
    )
    expect(en.result).toBe('met')
    expect(en.missing).toEqual([])
    expect(en.explanation).toContain('(fvu_reading_2) was passed on 4 March 2019')
  })

  it('B-EXAM: the date limit is a named interpretation, danishTestPassedAfter = 2018-01-01, citing IL § 22 stk. 1 and 3', () => {
    const rule = DANSKBONUS_RULE_MODULES.find((m) => m.definition.id === 'B-EXAM')!.definition
    expect(rule.parameters).toEqual([
      {
        name: 'danishTestPassedAfter',
        value: '2018-01-01',
        interpretation: true,
        description: expect.stringContaining('counts tests passed from 2 January 2018'),
      },
    ])
    expect(rule.legalSources.map((s) => s.citation)).toEqual([
      'Integrationsloven § 22, stk. 1',
      'Integrationsloven § 22, stk. 3',
    ])
    const { en } = conditionIn(ELIGIBLE, 'B-EXAM')
    expect(en.legalSources).toEqual(rule.legalSources)
  })
})
