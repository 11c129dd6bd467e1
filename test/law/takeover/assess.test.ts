/**
 * The G-* rules, the combination of effects, the rule catalogue and input errors (rules.md § 2).
 */
import { describe, expect, it } from 'vitest'
import { InvalidInput } from '../../../src/errors.ts'
import { RULES_VERSION } from '../../../src/law/rule-definition.ts'
import {
  assessTakeover,
  combineEffects,
  ruleInForce,
  TAKEOVER_RULES,
  type TakeoverAssessmentRequest,
  takeoverRules,
} from '../../../src/law/takeover/index.ts'
import { freeMovementFromDate, integrationPeriodEnded, isIsoDate } from '../../../src/law/takeover/period.ts'
import { OBLIGATING_JOB as obligatingJob } from './support.ts'

const options = { language: 'da', reasonableOneWayCommuteMinutes: 90, asOf: '2025-03-01' } as const
const noteIds = (request: TakeoverAssessmentRequest, asOf = options.asOf) =>
  assessTakeover(request, { ...options, asOf }).notes.map((note) => note.ruleId)

describe('overall outcome (rules.md § 2)', () => {
  it.each([
    [['insufficient', 'obligates', 'needs_information'], 'obligated'],
    [['insufficient', 'supports'], 'individual_assessment'],
    [['needs_information', 'insufficient'], 'individual_assessment'],
    [['insufficient', 'insufficient'], 'not_obligated'],
  ] as const)('effects %j → %s', (effects, outcome) => {
    expect(combineEffects(effects)).toBe(outcome)
  })
})

describe('G-* notes', () => {
  it('G-VOLUNTARY: always a note, whatever the outcome', () => {
    for (const grounds of [
      [obligatingJob],
      [{ type: 'other', description: 'x' }],
      [{ type: 'loneliness' }],
    ] as const) {
      expect(noteIds({ toMunicipality: '101', grounds })).toContain('G-VOLUNTARY')
    }
  })

  it('G-NO-HOUSING-DUTY: when obligated, without the illness exception for a job', () => {
    const result = assessTakeover({ toMunicipality: '101', grounds: [obligatingJob] }, options)
    const note = result.notes.find((n) => n.ruleId === 'G-NO-HOUSING-DUTY')
    expect(note?.legalSources.map((s) => s.citation)).toContain('Integrationsloven § 18, stk. 3')
    expect(note?.text).not.toContain('alvorlig sygdom')
  })

  it('G-NO-HOUSING-DUTY: names the serious-illness exception when an illness ground obligates', () => {
    const illness = {
      type: 'illness',
      patient: 'close_relative',
      treatmentMunicipality: '101',
      treatmentsPerWeek: 2,
      oneWayCommuteMinutes: 120,
    } as const
    const result = assessTakeover({ toMunicipality: '101', grounds: [illness] }, options)
    expect(result.notes.find((n) => n.ruleId === 'G-NO-HOUSING-DUTY')?.text).toContain('alvorlig sygdom')
  })

  it('G-REPEAT: only when nothing weighs for a takeover', () => {
    expect(noteIds({ toMunicipality: '101', grounds: [{ type: 'conflict' }] })).toEqual([
      'G-VOLUNTARY',
      'G-REPEAT',
    ])
    expect(noteIds({ toMunicipality: '101', grounds: [obligatingJob] })).not.toContain('G-REPEAT')
  })

  it('G-PERIOD: inside the period, a note with the free-movement date; the outcome is unaffected', () => {
    const request = {
      toMunicipality: '101',
      applicant: { responsibilityDate: '2023-05-01' },
      grounds: [obligatingJob],
    }
    const result = assessTakeover(request, options)
    expect(result.outcome).toBe('obligated')
    expect(result.notes[0]).toMatchObject({ ruleId: 'G-PERIOD' })
    expect(result.notes[0]?.text).toContain('2028-05-01')
  })

  it('G-PERIOD: after the fifth anniversary the outcome is not_obligated, grounds still explained', () => {
    const request = {
      toMunicipality: '101',
      applicant: { responsibilityDate: '2020-03-01' },
      grounds: [obligatingJob],
    }
    const result = assessTakeover(request, options)
    expect(result.outcome).toBe('not_obligated')
    expect(result.grounds[0]).toMatchObject({ effect: 'obligates', ruleId: 'T-EMP' })
    expect(result.explanation).toContain('G-PERIOD')
    expect(result.notes.map((n) => n.ruleId)).toEqual(['G-PERIOD', 'G-VOLUNTARY'])
    // The day before the anniversary is the last day of the period.
    expect(assessTakeover(request, { ...options, asOf: '2025-02-28' }).outcome).toBe('obligated')
  })
})

describe('G-PERIOD date arithmetic (H-PERIOD: same month and day 5 years later)', () => {
  it.each([
    ['2020-03-01', '2025-03-01'],
    ['2020-02-29', '2025-02-28'],
    ['2019-12-31', '2024-12-31'],
  ])('responsibility %s → free movement from %s', (from, expected) => {
    expect(freeMovementFromDate(from)).toBe(expected)
  })
  it('the period has ended on the anniversary itself, not the day before', () => {
    expect(integrationPeriodEnded('2020-02-29', '2025-02-28')).toBe(true)
    expect(integrationPeriodEnded('2020-02-29', '2025-02-27')).toBe(false)
  })
  it('recognises real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2025-02-29')).toBe(false)
    expect(isIsoDate('2025-3-1')).toBe(false)
  })
})

describe('answer metadata', () => {
  it('echoes the commute threshold only when a ground used it, and the rules version', () => {
    const withCommute = assessTakeover({ toMunicipality: '101', grounds: [obligatingJob] }, options)
    expect(withCommute.parameters).toEqual({
      asOf: '2025-03-01',
      reasonableOneWayCommuteMinutes: 90,
      minimumObligingHoursPerWeek: 0,
    })
    expect(withCommute.rulesVersion).toBe(RULES_VERSION)
    const without = assessTakeover({ toMunicipality: '101', grounds: [{ type: 'loneliness' }] }, options)
    expect(without.parameters).toEqual({ asOf: '2025-03-01' })
  })
})

describe('input the law cannot use', () => {
  const error = (request: TakeoverAssessmentRequest, asOf = '2025-03-01') => {
    try {
      assessTakeover(request, { ...options, asOf })
    } catch (caught) {
      return caught instanceof InvalidInput ? { kind: caught.kind, pointer: caught.pointer } : caught
    }
    return undefined
  }
  it.each([
    [
      'unknown receiving municipality',
      { toMunicipality: '100', grounds: [obligatingJob] },
      'invalid',
      '/toMunicipality',
    ],
    [
      'move within one municipality',
      { fromMunicipality: '0101', toMunicipality: '101', grounds: [obligatingJob] },
      'contradictory',
      '/toMunicipality',
    ],
    [
      'unknown workplace code',
      { toMunicipality: '101', grounds: [{ type: 'employment', workplaceMunicipality: '999' }] },
      'invalid',
      '/grounds/0/workplaceMunicipality',
    ],
    [
      'negative commute',
      { toMunicipality: '101', grounds: [{ type: 'illness', oneWayCommuteMinutes: -1 }] },
      'invalid',
      '/grounds/0/oneWayCommuteMinutes',
    ],
    ['no grounds', { toMunicipality: '101', grounds: [] }, 'invalid', '/grounds'],
    [
      'impossible responsibility date',
      { toMunicipality: '101', applicant: { responsibilityDate: '2023-02-30' }, grounds: [obligatingJob] },
      'invalid',
      '/applicant/responsibilityDate',
    ],
  ] as const)('%s → %s at %s', (_name, request, kind, pointer) => {
    expect(error(request)).toEqual({ kind, pointer })
  })
  it('an impossible asOf → invalid at /asOf', () => {
    expect(error({ toMunicipality: '101', grounds: [obligatingJob] }, '2025-13-01')).toEqual({
      kind: 'invalid',
      pointer: '/asOf',
    })
  })
})

describe('rule catalogue (TAKEOVER_RULES)', () => {
  const ids = [
    ...[
      'T-EMP',
      'T-EMP-PRACTICE',
      'T-EDU',
      'T-SPOUSE',
      'T-SPOUSE-BOTH',
      'T-PARTNER',
      'T-PARTNER-CHILD',
      'T-ILL',
    ],
    ...[
      'T-THREAT',
      'T-DISCRIMINATION',
      'T-MINOR',
      'T-FAMILY-FRIENDS',
      'T-LONELINESS',
      'T-LARGER-CITY',
      'T-CONFLICT',
    ],
    ...['T-OTHER', 'G-VOLUNTARY', 'G-NO-HOUSING-CONDITION', 'G-NO-HOUSING-DUTY', 'G-PERIOD', 'G-REPEAT'],
  ]
  it('holds every T-* and G-* rule of rules.md § 2 once, each with titles, decides and a legal source', () => {
    expect(TAKEOVER_RULES.map((r) => r.id).sort()).toEqual([...ids].sort())
    for (const rule of TAKEOVER_RULES) {
      expect(rule.title.da && rule.title.en && rule.decides.da && rule.decides.en).toBeTruthy()
      expect(rule.legalSources.length).toBeGreaterThan(0)
    }
  })
  it('carries the commute threshold as an interpretation parameter on the rules that use it', () => {
    const withParameter = TAKEOVER_RULES.filter((r) => r.parameters?.length).map((r) => r.id)
    expect(withParameter).toEqual(['T-EMP', 'T-EMP-PRACTICE', 'T-EDU', 'T-ILL'])
    expect(TAKEOVER_RULES[0]?.parameters?.[0]).toMatchObject({
      name: 'reasonableOneWayCommuteMinutes',
      value: 90,
      interpretation: true,
    })
    expect(takeoverRules(75)[0]?.parameters?.[0]?.value).toBe(75)
  })
  it('selects the version of a rule in force on asOf, and refuses a date no version covers', () => {
    const versions = [
      { ...TAKEOVER_RULES[0]!, validTo: '2020-01-01', decides: { da: 'gammel', en: 'old' } },
      { ...TAKEOVER_RULES[0]!, validFrom: '2020-01-01' },
    ]
    expect(ruleInForce(versions, 'T-EMP', '2019-06-01').decides.en).toBe('old')
    expect(ruleInForce(versions, 'T-EMP', '2020-01-01').decides.en).not.toBe('old')
    expect(() => ruleInForce(versions.slice(1), 'T-EMP', '2019-06-01')).toThrow(InvalidInput)
  })
})
