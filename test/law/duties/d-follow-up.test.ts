import { describe, expect, it } from 'vitest'
import { dutyRule, followUpDue } from '../../../src/law/duties/index.ts'
import { deadlineOf } from './support.ts'

describe('D-FOLLOW-UP (interpretation, seed 002): follow-up on the contract within 3 months of making it', () => {
  it('D-FOLLOW-UP: 3 months after the contract, the same day of the month, said in both languages', () => {
    expect(followUpDue('2025-02-28')).toBe('2025-05-28')
    const { deadline, count } = deadlineOf('D-FOLLOW-UP', 'contract_deadline')
    expect(deadline).toMatchObject({ startDate: '2025-02-28', date: '2025-05-28', interpretation: true })
    expect(count.en).toBe(
      'D-FOLLOW-UP: 3 months after 28 February 2025 is 28 May 2025 (the same day of the month).',
    )
    expect(count.da).toBe(
      'D-FOLLOW-UP: 3 måneder efter 28. februar 2025 er 28. maj 2025 (samme dag i måneden).',
    )
  })

  it('D-FOLLOW-UP: the description says it is an interpretation (Copenhagen’s measure, seed 002), counted from the contract deadline', () => {
    const { description } = deadlineOf('D-FOLLOW-UP', 'contract_deadline')
    expect(description.en).toMatch(
      /^Follow-up on the contract within 3 months of making it; counted from the contract deadline/,
    )
    expect(description.en).toContain('(interpretation: Copenhagen’s measure, seed 002)')
    expect(description.da).toMatch(
      /^Opfølgning på kontrakten senest 3 måneder efter, at den er indgået; regnet fra kontraktfristen/,
    )
    expect(description.da).toContain('(fortolkning: Københavns måling, seed 002)')
  })

  it('D-FOLLOW-UP: its parameter followUpMonths = 3 is an interpretation, since no current provision fixes it', () => {
    const rule = dutyRule('D-FOLLOW-UP')
    expect(rule.title).toEqual({ da: 'Opfølgning på kontrakten', en: 'Follow-up on the contract' })
    expect(rule.decides.da).toContain('senest 3 måneder efter, at den er indgået')
    expect(rule.decides.en).toContain('within 3 months of making it')
    expect(rule.parameters).toEqual([
      {
        name: 'followUpMonths',
        value: 3,
        interpretation: true,
        description: expect.stringContaining('no current provision fixing it was found'),
      },
    ])
    // Seed 002 first: it is where the 3 months come from; IL § 19 is the contract it follows up.
    expect(rule.legalSources.map((s) => s.citation)).toEqual([
      'Københavns Kommune, redegørelse om overholdelse af integrationsloven (2015)',
      'Integrationsloven § 19',
    ])
  })
})
