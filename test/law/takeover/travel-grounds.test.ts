/**
 * The T-* rules that turn on the commute (T-EMP, T-EMP-PRACTICE, T-EDU, T-ILL; rules.md § 2) at their
 * edges: the threshold (strictly longer = unreasonable), missing facts (needs_information with JSON
 * pointers), known facts that decide regardless of missing ones, and code normalisation (0101 = 101).
 */
import { describe, expect, it } from 'vitest'
import { assessTakeover, type TakeoverGround } from '../../../src/law/takeover/index.ts'
import type { AssessmentOutcome, GroundEffect } from '../../../src/law/vocabulary.ts'
import { assessOne } from './support.ts'

interface Case {
  name: string
  ground: TakeoverGround
  effect: GroundEffect
  ruleId: string
  missing?: string[]
  linked?: ReadonlyMap<string, AssessmentOutcome>
}

const job = { type: 'employment', workplaceMunicipality: '101', ordinary: true, permanent: true } as const
const edu = {
  type: 'education',
  admitted: true,
  institutionMunicipality: '101',
  availableNearCurrentHome: false,
  fastestRouteToEmployment: true,
  oneWayCommuteMinutes: 120,
} as const
const ill = {
  type: 'illness',
  treatmentMunicipality: '101',
  treatmentsPerWeek: 2,
  oneWayCommuteMinutes: 120,
} as const

const cases: Case[] = [
  // Commute threshold (interpretation): strictly longer is unreasonable, equal is reasonable.
  {
    name: 'T-EMP: 91 min > 90 → obligates',
    ground: { ...job, oneWayCommuteMinutes: 91 },
    effect: 'obligates',
    ruleId: 'T-EMP',
  },
  {
    name: 'T-EMP: exactly 90 min = threshold → insufficient',
    ground: { ...job, oneWayCommuteMinutes: 90 },
    effect: 'insufficient',
    ruleId: 'T-EMP',
  },
  {
    name: 'T-EMP: workplace code 0101 equals receiving 101',
    ground: { ...job, workplaceMunicipality: '0101', oneWayCommuteMinutes: 150 },
    effect: 'obligates',
    ruleId: 'T-EMP',
  },
  {
    name: 'T-EMP: workplace in another municipality → insufficient regardless of the missing commute',
    ground: { ...job, workplaceMunicipality: '751' },
    effect: 'insufficient',
    ruleId: 'T-EMP',
  },
  {
    name: 'T-EMP: reasonable commute → insufficient regardless of the missing workplace',
    ground: { type: 'employment', oneWayCommuteMinutes: 30 },
    effect: 'insufficient',
    ruleId: 'T-EMP',
  },
  {
    name: 'T-EMP: commute missing → needs_information',
    ground: job,
    effect: 'needs_information',
    ruleId: 'T-EMP',
    missing: ['/grounds/1/oneWayCommuteMinutes'],
  },
  {
    name: 'T-EMP: permanence missing → needs_information',
    ground: { type: 'employment', workplaceMunicipality: '101', ordinary: true, oneWayCommuteMinutes: 150 },
    effect: 'needs_information',
    ruleId: 'T-EMP',
    missing: ['/grounds/1/permanent'],
  },
  {
    name: 'T-EMP: nothing known → needs_information listing every deciding fact',
    ground: { type: 'employment' },
    effect: 'needs_information',
    ruleId: 'T-EMP',
    missing: [
      '/grounds/1/workplaceMunicipality',
      '/grounds/1/oneWayCommuteMinutes',
      '/grounds/1/ordinary',
      '/grounds/1/permanent',
    ],
  },
  {
    name: 'T-EMP: temporary job, ordinary unknown → supports either way',
    ground: { type: 'employment', workplaceMunicipality: '101', permanent: false, oneWayCommuteMinutes: 150 },
    effect: 'supports',
    ruleId: 'T-EMP',
  },
  {
    name: 'T-EMP-PRACTICE: work placement (ordinary false), unreasonable commute → supports',
    ground: { type: 'employment', workplaceMunicipality: '101', ordinary: false, oneWayCommuteMinutes: 150 },
    effect: 'supports',
    ruleId: 'T-EMP-PRACTICE',
  },
  {
    name: 'T-EMP-PRACTICE: work placement with a reasonable commute → insufficient',
    ground: { type: 'employment', workplaceMunicipality: '101', ordinary: false, oneWayCommuteMinutes: 40 },
    effect: 'insufficient',
    ruleId: 'T-EMP-PRACTICE',
  },
  {
    name: 'T-EMP-PRACTICE: work placement, commute missing → needs_information',
    ground: { type: 'employment', workplaceMunicipality: '101', ordinary: false },
    effect: 'needs_information',
    ruleId: 'T-EMP-PRACTICE',
    missing: ['/grounds/1/oneWayCommuteMinutes'],
  },
  { name: 'T-EDU: every condition holds → obligates', ground: edu, effect: 'obligates', ruleId: 'T-EDU' },
  {
    name: 'T-EDU: not admitted → insufficient',
    ground: { ...edu, admitted: false },
    effect: 'insufficient',
    ruleId: 'T-EDU',
  },
  {
    name: 'T-EDU: institution elsewhere → insufficient',
    ground: { ...edu, institutionMunicipality: '751' },
    effect: 'insufficient',
    ruleId: 'T-EDU',
  },
  {
    name: 'T-EDU: 90 min commute → insufficient',
    ground: { ...edu, oneWayCommuteMinutes: 90 },
    effect: 'insufficient',
    ruleId: 'T-EDU',
  },
  {
    name: 'T-EDU: fastest route unknown → needs_information',
    ground: { ...edu, fastestRouteToEmployment: undefined },
    effect: 'needs_information',
    ruleId: 'T-EDU',
    missing: ['/grounds/1/fastestRouteToEmployment'],
  },
  {
    name: 'T-EDU: available locally decides even with other facts missing',
    ground: { type: 'education', availableNearCurrentHome: true },
    effect: 'insufficient',
    ruleId: 'T-EDU',
  },
  {
    name: 'T-ILL: treatment less than weekly → supports',
    ground: { ...ill, treatmentsPerWeek: 0.5 },
    effect: 'supports',
    ruleId: 'T-ILL',
  },
  {
    name: 'T-ILL: reasonable commute → insufficient',
    ground: { ...ill, oneWayCommuteMinutes: 60 },
    effect: 'insufficient',
    ruleId: 'T-ILL',
  },
  {
    name: 'T-ILL: treatment elsewhere → insufficient',
    ground: { ...ill, treatmentMunicipality: '461' },
    effect: 'insufficient',
    ruleId: 'T-ILL',
  },
  {
    name: 'T-ILL: frequency unknown → needs_information',
    ground: { ...ill, treatmentsPerWeek: undefined },
    effect: 'needs_information',
    ruleId: 'T-ILL',
    missing: ['/grounds/1/treatmentsPerWeek'],
  },
]

describe('T-EMP, T-EMP-PRACTICE, T-EDU, T-ILL: edge cases (rules.md § 2)', () => {
  it.each(cases)('$name', ({ ground, effect, ruleId, missing, linked }) => {
    const assessed = assessOne(ground, linked)
    expect(assessed).toMatchObject({ index: 1, type: ground.type, effect, ruleId })
    expect(assessed.missing).toEqual(missing ?? [])
    expect(assessed.explanation).toContain(ruleId)
    for (const pointer of assessed.missing) expect(assessed.explanation).toContain(pointer)
  })

  it('T-EMP: the explanation names the facts used, the threshold and the source', () => {
    const assessed = assessOne({ ...job, holder: 'spouse', oneWayCommuteMinutes: 150 })
    expect(assessed.explanation).toContain('envejs transporttid 150 min. > grænsen 90 min.')
    expect(assessed.explanation).toContain('ægtefællen')
    expect(assessed.explanation).toContain('Integrationsloven § 18, stk. 2')
    expect(assessed.factsUsed).toContain('/grounds/1/oneWayCommuteMinutes')
  })

  it('T-EMP: explanations are in English on request', () => {
    const result = assessTakeover(
      { toMunicipality: '101', grounds: [{ ...job, oneWayCommuteMinutes: 60 }] },
      { language: 'en', reasonableOneWayCommuteMinutes: 90, asOf: '2025-03-01' },
    )
    expect(result.grounds[0]?.explanation).toContain('one-way commute 60 min ≤ threshold 90 min (reasonable)')
    expect(result.explanation).toMatch(/^None of the stated circumstances/)
  })

  it('T-EMP: a configured threshold changes the answer and is echoed', () => {
    const result = assessTakeover(
      { toMunicipality: '101', grounds: [{ ...job, oneWayCommuteMinutes: 75 }] },
      { language: 'da', reasonableOneWayCommuteMinutes: 60, asOf: '2025-03-01' },
    )
    expect(result.outcome).toBe('obligated')
    expect(result.parameters).toEqual({
      asOf: '2025-03-01',
      reasonableOneWayCommuteMinutes: 60,
      minimumObligingHoursPerWeek: 0,
    })
    expect(result.grounds[0]?.explanation).toContain('grænsen 60 min.')
  })
})
