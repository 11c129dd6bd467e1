import { describe, expect, it } from 'vitest'
import { contractDue } from '../../../src/law/duties/index.ts'
import { deadlineOf } from './support.ts'

describe('D-CONTRACT (IL § 19): the contract within 1 month of taking over responsibility', () => {
  it('D-CONTRACT: "within 1 month" of 31 January is 28 February, and the count says why, in both languages', () => {
    expect(contractDue('2025-01-31')).toBe('2025-02-28')
    const { deadline, count } = deadlineOf('D-CONTRACT', 'responsibility_date')
    expect(deadline.date).toBe('2025-02-28')
    expect(count.en).toBe(
      'D-CONTRACT: 1 month after 31 January 2025 is 28 February 2025: February 2025 has no day 31, so its last day is used.',
    )
    expect(count.da).toBe(
      'D-CONTRACT: 1 måned efter 31. januar 2025 er 28. februar 2025: februar 2025 har ingen 31., så månedens sidste dag bruges.',
    )
  })

  it('D-CONTRACT: the receiving municipality after § 18 has 1 month from the takeover taking effect', () => {
    const { deadline, description, count } = deadlineOf('D-CONTRACT', 'takeover_effective_date')
    expect(deadline.date).toBe('2025-06-01')
    expect(count.en).toBe('D-CONTRACT: 1 month after 1 May 2025 is 1 June 2025 (the same day of the month).')
    expect(description.en).toBe(
      'The receiving municipality makes the contract within 1 month of the § 18 takeover taking effect (IL § 19).',
    )
    expect(description.da).toMatch(/^Tilflytningskommunen indgår kontrakt senest 1 måned efter/)
  })
})
