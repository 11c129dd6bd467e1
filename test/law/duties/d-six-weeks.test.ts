import { describe, expect, it } from 'vitest'
import { type CurrentMilestone, deadlineState, dutyDeadlines } from '../../../src/law/duties/index.ts'
import { handoverDeadlines, renderSteps } from '../../../src/law/handover/index.ts'

const E = '2025-05-01'
const sixWeeks = (milestones: CurrentMilestone[]) =>
  dutyDeadlines(E, milestones).filter((d) => d.deadlineId === 'D-SIX-WEEKS')

describe('D-SIX-WEEKS (IL § 17 a): at most 6 weeks between company-based offers', () => {
  it('D-SIX-WEEKS: the count is explained as 6 weeks = 42 days, in both languages', () => {
    const deadline = handoverDeadlines({
      responsibilityDate: '2024-01-02',
      latestCompanyBasedOfferEndDate: '2024-11-15',
    }).find((d) => d.id === 'D-SIX-WEEKS')!
    expect(deadline.date).toBe('2024-12-27')
    expect(renderSteps(deadline.steps, 'en')).toEqual([
      'D-SIX-WEEKS: 6 weeks (42 days) after 15 November 2024 is 27 December 2024.',
    ])
    const [da] = renderSteps(deadline.steps, 'da')
    expect(da).toContain('6 uger (42 dage) efter 15. november 2024 er 27. december 2024')
  })

  it('D-SIX-WEEKS: only company-based offers open one; other milestones do not', () => {
    const others: CurrentMilestone[] = [
      { id: 'c', type: 'contract_signed', date: '2025-05-20' },
      { id: 'r', type: 'readiness_assessed', date: '2025-06-02' },
      { id: 'h', type: 'health_assessment_offered', date: '2025-06-03' },
    ]
    expect(sixWeeks(others)).toEqual([])
    const six = sixWeeks([...others, { id: 'o', type: 'company_offer', date: '2025-06-10' }])
    expect(six.map((d) => [d.startDate, d.dueDate, d.interpretation, d.window])).toEqual([
      ['2025-06-10', '2025-07-22', true, false],
    ])
  })

  it('D-SIX-WEEKS: the next offer meets it, not a later one nor another offer on the same day', () => {
    const offers: CurrentMilestone[] = [
      { id: 'a', type: 'first_company_offer', date: '2025-05-10' },
      { id: 'b', type: 'company_offer', date: '2025-05-10' },
      { id: 'c', type: 'company_offer', date: '2025-06-01' },
      { id: 'd', type: 'company_offer', date: '2025-07-01' },
    ]
    const six = sixWeeks(offers)
    expect(six.map((d) => [d.sequence, d.startDate, d.metBy?.id])).toEqual([
      [0, '2025-05-10', 'c'],
      [1, '2025-05-10', 'c'],
      [2, '2025-06-01', 'd'],
      [3, '2025-07-01', undefined],
    ])
    expect(deadlineState(six[0]!, '2025-06-01')).toBe('met')
  })
})
