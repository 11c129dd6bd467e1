import { describe, expect, it } from 'vitest'
import { dutyRule, healthOfferDue } from '../../../src/law/duties/index.ts'
import { deadlineOf } from './support.ts'

describe('D-HEALTH (IL § 15 d, stk. 4): the offer of a health assessment within 6 months', () => {
  it('D-HEALTH: 6 months from taking over responsibility, not seed 002’s 3, said in both languages', () => {
    expect(healthOfferDue('2025-01-31')).toBe('2025-07-31')
    const { deadline, description, count } = deadlineOf('D-HEALTH', 'responsibility_date')
    expect(deadline).toMatchObject({ date: '2025-07-31', interpretation: false })
    expect(count.en).toBe(
      'D-HEALTH: 6 months after 31 January 2025 is 31 July 2025 (the same day of the month).',
    )
    expect(count.da).toBe('D-HEALTH: 6 måneder efter 31. januar 2025 er 31. juli 2025 (samme dag i måneden).')
    expect(description.en).toMatch(/^Offer of a health assessment as soon as possible and within 6 months/)
    expect(description.en).toContain('(IL § 15 d stk. 4), where needed (quota refugees: always)')
    expect(description.da).toMatch(/^Tilbud om helbredsmæssig vurdering snarest muligt og inden 6 måneder/)
    expect(description.da).toContain('(IL § 15 d, stk. 4), når der er behov (kvoteflygtninge: altid)')
  })

  it('D-HEALTH: cites today’s provision, IL § 15 d, stk. 4 on retsinformation.dk, and seed 002', () => {
    const rule = dutyRule('D-HEALTH')
    expect(rule.legalSources).toEqual([
      {
        citation: 'Integrationsloven § 15 d, stk. 4',
        url: 'https://www.retsinformation.dk/eli/lta/2023/1146',
      },
      expect.objectContaining({ citation: expect.stringMatching(/^Københavns Kommune, .*\(2015\)$/) }),
    ])
    expect(rule.title).toEqual({
      da: 'Tilbud om helbredsmæssig vurdering',
      en: 'Offer of a health assessment',
    })
    expect(rule.decides.da).toContain('inden 6 måneder efter overtagelsen af ansvaret (IL § 15 d, stk. 4')
    expect(rule.decides.en).toContain('within 6 months of taking over responsibility (IL § 15 d stk. 4')
  })

  it('D-HEALTH: after a § 18 takeover it runs from the effective date, an interpretation named by its parameter', () => {
    const { deadline } = deadlineOf('D-HEALTH', 'takeover_effective_date')
    expect(deadline).toMatchObject({ startDate: '2025-05-01', date: '2025-11-01', interpretation: true })
    expect(dutyRule('D-HEALTH').parameters).toEqual([
      {
        name: 'dutiesRunFromTakeoverEffectiveDate',
        value: true,
        interpretation: true,
        description: expect.stringContaining("run from the takeover's effective date (H-TAKEOVER)"),
      },
    ])
  })
})
