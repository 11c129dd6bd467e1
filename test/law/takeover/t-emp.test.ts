/**
 * T-EMP and T-EMP-PRACTICE (rules.md § 2) with the interpretation parameter minimumObligingHoursPerWeek
 * (issue 14): the hours decide only a permanent ordinary job, and only with a minimum above 0.
 */
import { describe, expect, it } from 'vitest'
import { InvalidInput } from '../../../src/errors.ts'
import { assessTakeover, type TakeoverGround, takeoverRules } from '../../../src/law/takeover/index.ts'
import { at } from './one-ground.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'
import { OBLIGATING_JOB as job } from './support.ts'

function assess(ground: TakeoverGround, minimumObligingHoursPerWeek?: number) {
  const run = (language: 'da' | 'en') =>
    assessTakeover(
      { fromMunicipality: '773', toMunicipality: '101', grounds: [ground] },
      {
        language,
        reasonableOneWayCommuteMinutes: 90,
        asOf: '2025-03-01',
        ...(minimumObligingHoursPerWeek === undefined ? {} : { minimumObligingHoursPerWeek }),
      },
    )
  const en = run('en')
  const da = run('da')
  return { ...en.grounds[0]!, outcome: en.outcome, parameters: en.parameters, da: da.grounds[0]!.explanation }
}

describe('T-EMP: the minimum of weekly hours (minimumObligingHoursPerWeek)', () => {
  it('fewer hours than the minimum: supports, naming the parameter in both languages', () => {
    const result = assess({ ...job, hoursPerWeek: 10 }, 15)
    expect(result).toMatchObject({ effect: 'supports', ruleId: 'T-EMP', missing: [] })
    expect(result.factsUsed).toEqual(
      at('ordinary', 'permanent', 'hoursPerWeek', 'workplaceMunicipality', 'oneWayCommuteMinutes'),
    )
    expect(result.explanation).toContain('10 hours a week')
    expect(result.explanation).toContain('fewer hours a week')
    expect(result.explanation).toContain('parameter minimumObligingHoursPerWeek')
    expect(result.da).toContain('10 timer om ugen')
    expect(result.da).toContain('færre timer om ugen')
    expect(result.da).toContain('(T-EMP;')
    expect(result.parameters).toMatchObject({ minimumObligingHoursPerWeek: 15 })
  })

  it('exactly the minimum: obligates', () => {
    const result = assess({ ...job, hoursPerWeek: 15 }, 15)
    expect(result).toMatchObject({ effect: 'obligates', ruleId: 'T-EMP' })
    expect(result.outcome).toBe('obligated')
  })

  it('hours unknown with a minimum above 0: the hours are missing', () => {
    const result = assess(job, 15)
    expect(result).toMatchObject({ effect: 'needs_information', ruleId: 'T-EMP' })
    expect(result.missing).toEqual(at('hoursPerWeek'))
    expect(result.explanation).toContain('Missing: hours per week (/grounds/0/hoursPerWeek)')
    expect(result.da).toContain('Mangler: timer om ugen (/grounds/0/hoursPerWeek)')
  })

  it('hours unknown with the default minimum 0: a permanent ordinary job obligates', () => {
    const result = assess(job)
    expect(result).toMatchObject({ effect: 'obligates', ruleId: 'T-EMP', missing: [] })
    expect(result.parameters).toMatchObject({ minimumObligingHoursPerWeek: 0 })
  })

  it('a temporary job or a work placement: the hours are not asked for', () => {
    expect(assess({ ...job, permanent: false }, 15)).toMatchObject({
      effect: 'supports',
      ruleId: 'T-EMP',
      missing: [],
    })
    const placement = assess({ ...job, ordinary: false, permanent: undefined }, 15)
    expect(placement).toMatchObject({ effect: 'supports', ruleId: 'T-EMP-PRACTICE', missing: [] })
    expect(placement.explanation).toContain('work placement')
  })

  it('a job of 0 hours (or not a number) is no job: 400 naming hoursPerWeek', () => {
    for (const hoursPerWeek of [0, -1, Number.NaN]) {
      let error: unknown
      try {
        assess({ ...job, hoursPerWeek })
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(InvalidInput)
      expect(error).toMatchObject({ pointer: '/grounds/0/hoursPerWeek' })
      expect((error as Error).message).toContain('hoursPerWeek must be above 0')
    }
  })

  it('a minimum below 0 is a configuration error', () => {
    expect(() => assess(job, -1)).toThrow(RangeError)
  })
})

describe('T-EMP: what is missing, in order', () => {
  it('nothing known but the type: place and commute first, then ordinary and permanent', () => {
    const result = assess({ type: 'employment' })
    expect(result.missing).toEqual(
      at('workplaceMunicipality', 'oneWayCommuteMinutes', 'ordinary', 'permanent'),
    )
    expect(result.factsUsed).toEqual([])
  })

  it('a temporary job does not need to say whether it is ordinary', () => {
    const result = assess({ ...job, ordinary: undefined, permanent: false })
    expect(result).toMatchObject({ effect: 'supports', missing: [] })
  })

  it('a workplace elsewhere decides insufficient, resting on ordinary and the workplace', () => {
    const result = assess({ ...job, workplaceMunicipality: '751' })
    expect(result).toMatchObject({ effect: 'insufficient', ruleId: 'T-EMP' })
    expect(result.factsUsed).toEqual(at('ordinary', 'workplaceMunicipality'))
  })
})

describe('T-EMP: its definition', () => {
  it('T-EMP: cites the sources rules.md § 2 names for it', () => {
    expectSourcesOfRulesMd('T-EMP')
  })

  it('T-EMP: its interpretation parameters, with the configured values', () => {
    const parameters = takeoverRules(75, 10).find((r) => r.id === 'T-EMP')?.parameters
    expect(parameters?.map((p) => [p.name, p.value])).toEqual([
      ['reasonableOneWayCommuteMinutes', 75],
      ['minimumObligingHoursPerWeek', 10],
    ])
  })
})
