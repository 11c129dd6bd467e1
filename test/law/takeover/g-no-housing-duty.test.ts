/**
 * G-NO-HOUSING-DUTY (rules.md § 2; IL § 18 stk. 3): the note names the serious-illness exception only
 * when an illness ground itself obliges, not when another ground obliges next to an illness that does not.
 */
import { describe, expect, it } from 'vitest'
import { assessTakeover, type TakeoverGround } from '../../../src/law/takeover/index.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'
import { OBLIGATING_JOB as job } from './support.ts'

const illness = { type: 'illness', treatmentMunicipality: '101', oneWayCommuteMinutes: 120 } as const

function note(grounds: TakeoverGround[], language: 'da' | 'en') {
  const result = assessTakeover(
    { toMunicipality: '101', grounds },
    { language, reasonableOneWayCommuteMinutes: 90, asOf: '2025-03-01' },
  )
  expect(result.outcome).toBe('obligated')
  return result.notes.find((n) => n.ruleId === 'G-NO-HOUSING-DUTY')?.text
}

describe('G-NO-HOUSING-DUTY', () => {
  it('a job obliges, an illness treated monthly only supports: no illness exception', () => {
    const grounds = [job, { ...illness, treatmentsPerWeek: 0.25 }]
    expect(note(grounds, 'en')).toContain('does not oblige the receiving municipality to provide housing')
    expect(note(grounds, 'en')).not.toContain('serious illness')
    expect(note(grounds, 'da')).not.toContain('alvorlig sygdom')
  })

  it('a job and a weekly-treated illness both oblige: the illness exception is named', () => {
    const grounds = [job, { ...illness, treatmentsPerWeek: 2 }]
    expect(note(grounds, 'en')).toContain('serious illness needing treatment')
    expect(note(grounds, 'da')).toContain('alvorlig sygdom, der kræver behandling')
  })
})

describe('G-NO-HOUSING-DUTY: its definition', () => {
  it('G-NO-HOUSING-DUTY: cites the sources rules.md § 2 names for it', () => {
    expectSourcesOfRulesMd('G-NO-HOUSING-DUTY')
  })
})
