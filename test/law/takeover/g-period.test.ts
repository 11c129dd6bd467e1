/**
 * G-PERIOD (rules.md § 2) and the responsibility date it reads: the category's act must have been in force
 * on that date (issue 14) — særloven from 17 March 2022 for displaced Ukrainians (H-UKR), the Integration
 * Act from 1 January 1999 for refugees (H-REF).
 */
import { describe, expect, it } from 'vitest'
import { InvalidInput } from '../../../src/errors.ts'
import { assessTakeover, type TakeoverAssessmentRequest } from '../../../src/law/takeover/index.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'

type Applicant = NonNullable<TakeoverAssessmentRequest['applicant']>

function assess(applicant: Applicant) {
  return assessTakeover(
    { toMunicipality: '101', applicant, grounds: [{ type: 'loneliness' }] },
    { language: 'en', reasonableOneWayCommuteMinutes: 90, asOf: '2025-03-01' },
  )
}

function refused(applicant: Applicant) {
  try {
    assess(applicant)
  } catch (caught) {
    if (caught instanceof InvalidInput)
      return { kind: caught.kind, pointer: caught.pointer, message: caught.message }
    throw caught
  }
  throw new Error('the responsibility date was accepted')
}

describe('G-PERIOD: the responsibility date and the act of the category', () => {
  it('H-UKR: a displaced Ukrainian’s date the day before særloven is contradictory, naming the act', () => {
    const error = refused({ category: 'ukrainian_displaced', responsibilityDate: '2022-03-16' })
    expect(error).toMatchObject({ kind: 'contradictory', pointer: '/applicant/responsibilityDate' })
    expect(error.message).toContain('responsibilityDate (2022-03-16) is before 2022-03-17')
    expect(error.message).toContain('lov nr. 324 af 16. marts 2022')
    expect(error.message).toContain('rule H-UKR')
  })

  it('H-UKR: from the day særloven came into force the period runs', () => {
    const note = assess({ category: 'ukrainian_displaced', responsibilityDate: '2022-03-17' }).notes[0]
    expect(note).toMatchObject({ ruleId: 'G-PERIOD' })
    expect(note?.text).toContain('2022-03-17')
    expect(note?.text).toContain('from 2027-03-17 the person moves freely')
  })

  it('H-REF: a refugee’s date before the Integration Act is contradictory, naming that act', () => {
    for (const applicant of [
      { responsibilityDate: '1998-12-31' },
      { category: 'refugee', responsibilityDate: '1998-12-31' },
    ] as const) {
      const error = refused(applicant)
      expect(error).toMatchObject({ kind: 'contradictory', pointer: '/applicant/responsibilityDate' })
      expect(error.message).toContain(
        'before 1999-01-01, when integrationsloven (lov nr. 474 af 1. juli 1998)',
      )
      expect(error.message).toContain('rule H-REF')
    }
  })

  it('H-REF: a refugee’s date before særloven but under the Integration Act is accepted', () => {
    const note = assess({ category: 'refugee', responsibilityDate: '2021-03-01' }).notes[0]
    expect(note).toMatchObject({ ruleId: 'G-PERIOD' })
    expect(note?.text).toContain('from 2026-03-01 the person moves freely')
  })

  it('a date that is not a calendar date is invalid, saying what is expected', () => {
    expect(refused({ responsibilityDate: '2023-13-01' })).toEqual({
      kind: 'invalid',
      pointer: '/applicant/responsibilityDate',
      message: 'responsibilityDate must be a date YYYY-MM-DD',
    })
  })
})

describe('G-PERIOD: its definition', () => {
  it('G-PERIOD: cites the sources rules.md § 2 names for it', () => {
    expectSourcesOfRulesMd('G-PERIOD')
  })
})
