/** Shared by the § 18 law tests: how a seed's guiding example or a single ground is checked. */
import { expect } from 'vitest'
import { assessTakeover, type TakeoverGround } from '../../../src/law/takeover/index.ts'
import type { AssessmentOutcome, GroundEffect } from '../../../src/law/vocabulary.ts'

/** A permanent ordinary job in København (101), 150 minutes each way from home: it obliges (T-EMP). */
export const OBLIGATING_JOB = {
  type: 'employment',
  workplaceMunicipality: '101',
  ordinary: true,
  permanent: true,
  oneWayCommuteMinutes: 150,
} as const

/** An admission to an education in København, 150 minutes away and not offered near home (T-EDU). */
export const OBLIGATING_EDUCATION = {
  type: 'education',
  admitted: true,
  institutionMunicipality: '101',
  oneWayCommuteMinutes: 150,
  availableNearCurrentHome: false,
  fastestRouteToEmployment: true,
} as const

/** Treatment in København twice a week, 120 minutes away (T-ILL). */
export const OBLIGATING_ILLNESS = {
  type: 'illness',
  treatmentMunicipality: '101',
  treatmentsPerWeek: 2,
  oneWayCommuteMinutes: 120,
} as const

export const OPTIONS = { language: 'da', reasonableOneWayCommuteMinutes: 90, asOf: '2025-03-01' } as const

/** A guiding example of a seed: one ground, moving from Morsø (773) to København (101). */
export interface SeedCase {
  name: string
  ground: TakeoverGround
  outcome: AssessmentOutcome
  effect: GroundEffect
  ruleId: string
  linkedOutcomes?: ReadonlyMap<string, AssessmentOutcome>
}

/** Outcome, effect, rule id, its sources and an explanation citing the rule: what every seed case asserts. */
export function expectSeedCase({ ground, outcome, effect, ruleId, linkedOutcomes }: SeedCase): void {
  const result = assessTakeover(
    { fromMunicipality: '773', toMunicipality: '101', grounds: [ground] },
    { ...OPTIONS, ...(linkedOutcomes ? { linkedOutcomes } : {}) },
  )
  expect(result.outcome).toBe(outcome)
  expect(result.grounds[0]).toMatchObject({ effect, ruleId, missing: [] })
  expect(result.grounds[0]?.legalSources.length).toBeGreaterThan(0)
  expect(result.grounds[0]?.explanation).toContain(ruleId)
  expect(result.explanation.length).toBeGreaterThan(0)
}

/** One ground assessed after an insufficient one (so that its index is 1 in pointers). */
export function assessOne(ground: TakeoverGround, linked?: ReadonlyMap<string, AssessmentOutcome>) {
  const result = assessTakeover(
    { fromMunicipality: '773', toMunicipality: '101', grounds: [{ type: 'loneliness' }, ground] },
    { ...OPTIONS, ...(linked ? { linkedOutcomes: linked } : {}) },
  )
  const assessed = result.grounds[1]
  if (!assessed) throw new Error('ground not assessed')
  return assessed
}
