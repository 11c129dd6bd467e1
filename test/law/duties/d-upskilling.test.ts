import { describe, expect, it } from 'vitest'
import { dutyRule, upskillingWindowEnd } from '../../../src/law/duties/index.ts'
import { deadlineOf } from './support.ts'

describe('D-UPSKILLING (Ankestyrelsen, seed 004): preparatory courses for up to 6 months from the takeover', () => {
  it('D-UPSKILLING: a window of 6 months from the § 18 takeover’s effective date, tied to a concrete company', () => {
    expect(upskillingWindowEnd('2025-05-01')).toBe('2025-11-01')
    const { deadline, description, count } = deadlineOf('D-UPSKILLING', 'takeover_effective_date')
    expect(deadline).toMatchObject({ kind: 'window', date: '2025-11-01', interpretation: false })
    expect(count.en).toBe(
      'D-UPSKILLING: 6 months after 1 May 2025 is 1 November 2025 (the same day of the month).',
    )
    expect(description.en).toMatch(
      /^Preparatory courses towards a company-based offer may be given for up to 6 months from the takeover taking effect/,
    )
    expect(description.en).toContain('must be tied to a concrete company (Ankestyrelsen, seed 004)')
    expect(description.da).toMatch(
      /^Forberedende forløb mod et virksomhedsrettet tilbud kan gives i op til 6 måneder fra overtagelsens virkningstidspunkt/,
    )
    expect(description.da).toContain('skal knyttes til en konkret virksomhed (Ankestyrelsen, seed 004)')
  })

  it('D-UPSKILLING: cites Ankestyrelsen’s practice note (seed 004), and says what it decides in both languages', () => {
    const rule = dutyRule('D-UPSKILLING')
    expect(rule.legalSources.map((s) => s.citation)).toEqual([
      'Ankestyrelsens praksisnotat om overtagelse af integrationsansvar og ydelsesnedsættelse (2022)',
    ])
    expect(rule.title).toEqual({
      da: 'Forberedende forløb (vejledning og opkvalificering)',
      en: 'Preparatory courses (guidance and upskilling)',
    })
    expect(rule.decides.da).toContain('i op til 6 måneder fra overtagelsen af integrationsansvaret')
    expect(rule.decides.da).toContain('efter § 18 fra overtagelsens virkningstidspunkt')
    expect(rule.decides.en).toContain('for up to 6 months from the takeover of integration responsibility')
    expect(rule.decides.en).toContain('after § 18 from the takeover’s effective date')
  })
})
