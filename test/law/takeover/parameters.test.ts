/**
 * The interpretation parameters of the § 18 rules (parameters.ts, rules.md § 2 "Commute threshold",
 * issue 14): the rules that use them carry them in the catalogue with what they mean, and an assessment
 * echoes the values it used exactly when a ground of its request uses them (evaluate.ts).
 */
import { describe, expect, it } from 'vitest'
import { assessTakeover, TAKEOVER_RULES, type TakeoverGround } from '../../../src/law/takeover/index.ts'
import { OBLIGATING_EDUCATION, OBLIGATING_ILLNESS, OBLIGATING_JOB } from './support.ts'

const parameter = (ruleId: string, name: string) =>
  TAKEOVER_RULES.find((rule) => rule.id === ruleId)?.parameters?.find((p) => p.name === name)

describe('reasonableOneWayCommuteMinutes: the commute threshold (rules.md § 2, an interpretation)', () => {
  it.each(['T-EMP', 'T-EMP-PRACTICE', 'T-EDU', 'T-ILL'])(
    '%s carries it: 90 by default, an interpretation',
    (id) => {
      const commute = parameter(id, 'reasonableOneWayCommuteMinutes')
      expect(commute).toMatchObject({ value: 90, interpretation: true })
    },
  )

  it('says strictly longer is unreasonable and why 90 minutes: the 3 hours a day of transport', () => {
    const { description } = parameter('T-EMP', 'reasonableOneWayCommuteMinutes')!
    expect(description).toContain('strictly longer is unreasonable, equal or shorter is reasonable')
    expect(description).toContain('The law names no number')
    expect(description).toContain('90 minutes each way mirrors the 3 hours a day of transport')
  })
})

describe('minimumObligingHoursPerWeek: the fewest hours of an obliging job (issue 14, an interpretation)', () => {
  it('T-EMP carries it: 0 by default, an interpretation; no other rule does', () => {
    expect(parameter('T-EMP', 'minimumObligingHoursPerWeek')).toMatchObject({
      value: 0,
      interpretation: true,
    })
    const others = TAKEOVER_RULES.filter((rule) => rule.id !== 'T-EMP')
    expect(others.flatMap((rule) => rule.parameters ?? []).map((p) => p.name)).not.toContain(
      'minimumObligingHoursPerWeek',
    )
  })

  it('says part-time can oblige (Ankestyrelsen, I-4-03) and what fewer hours do', () => {
    const { description } = parameter('T-EMP', 'minimumObligingHoursPerWeek')!
    expect(description).toContain('ordinary, permanent job in the receiving municipality can oblige')
    expect(description).toContain('a job with fewer hours weighs for it (individual assessment)')
    expect(description).toContain('Ankestyrelsen holds that part-time can oblige (I-4-03)')
    expect(description).toContain('the default 0 means any ordinary part-time job can oblige')
  })
})

describe('an assessment echoes the thresholds it used', () => {
  const parametersOf = (ground: TakeoverGround) =>
    assessTakeover(
      { fromMunicipality: '773', toMunicipality: '101', grounds: [ground] },
      {
        language: 'en',
        reasonableOneWayCommuteMinutes: 75,
        minimumObligingHoursPerWeek: 10,
        asOf: '2025-03-01',
      },
    ).parameters

  it.each([
    ['employment (T-EMP)', OBLIGATING_JOB],
    ['education (T-EDU)', OBLIGATING_EDUCATION],
    ['illness (T-ILL)', OBLIGATING_ILLNESS],
  ] as const)('the commute threshold for %s', (_, ground) => {
    expect(parametersOf(ground)).toMatchObject({ reasonableOneWayCommuteMinutes: 75 })
  })

  it('the minimum hours for employment only', () => {
    expect(parametersOf(OBLIGATING_JOB)).toMatchObject({ minimumObligingHoursPerWeek: 10 })
    expect(parametersOf(OBLIGATING_ILLNESS)).not.toHaveProperty('minimumObligingHoursPerWeek')
  })

  it('neither for a ground that uses no threshold (T-THREAT), only the date', () => {
    expect(parametersOf({ type: 'threats', cannotReturnForSafety: false })).toEqual({ asOf: '2025-03-01' })
  })
})
