import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dayNumber, fromDayNumberToIso } from '../../../src/law/dates.ts'
import {
  computeHandoverDates,
  handoverDeadlines,
  processingTargetDate,
  renderSteps,
  type Step,
} from '../../../src/law/handover/index.ts'
import { APPLICANT_CATEGORIES } from '../../../src/law/vocabulary.ts'

// The law returns language-neutral steps; the edge renders them (renderSteps).
const en = (steps: readonly Step[]) => renderSteps(steps, 'en').join('\n')
const byId = (deadlines: { id: string; kind: string; startsFrom: string; date: string }[]) =>
  Object.fromEntries(deadlines.map((d) => [`${d.id}/${d.kind}/${d.startsFrom}`, d.date]))

describe('deadlines from the responsibility date', () => {
  it('D-CONTRACT 1 month, D-FIRST-OFFER 2 weeks (target) and 1 month (latest), D-VISITATION 3 months, D-HEALTH 6 months (IL § 15 d), D-FOLLOW-UP 3 months after the contract deadline', () => {
    expect(byId(handoverDeadlines({ responsibilityDate: '2025-07-01' }))).toEqual({
      'D-CONTRACT/latest/responsibility_date': '2025-08-01',
      'D-FIRST-OFFER/target/responsibility_date': '2025-07-15',
      'D-FIRST-OFFER/latest/responsibility_date': '2025-08-01',
      'D-VISITATION/latest/responsibility_date': '2025-10-01',
      'D-HEALTH/latest/responsibility_date': '2026-01-01',
      'D-FOLLOW-UP/latest/contract_deadline': '2025-11-01',
    })
  })

  it('D-CONTRACT from 31 January: 28 February, and the clamping is explained', () => {
    const contract = handoverDeadlines({ responsibilityDate: '2025-01-31' }).find(
      (d) => d.id === 'D-CONTRACT',
    )!
    expect(contract.date).toBe('2025-02-28')
    expect(en(contract.steps)).toContain('February 2025 has no day 31, so its last day is used')
  })

  it('D-CONTRACT from 31 January in a leap year: 29 February', () => {
    const contract = handoverDeadlines({ responsibilityDate: '2024-01-31' }).find(
      (d) => d.id === 'D-CONTRACT',
    )!
    expect(contract.date).toBe('2024-02-29')
  })

  it('D-VISITATION from 30 November: 28 February (clamped)', () => {
    const visitation = handoverDeadlines({ responsibilityDate: '2024-11-30' }).find(
      (d) => d.id === 'D-VISITATION',
    )!
    expect(visitation.date).toBe('2025-02-28')
  })

  it('D-CONTRACT also from the takeover effective date; D-SIX-WEEKS from the latest offer', () => {
    const deadlines = handoverDeadlines({
      responsibilityDate: '2024-01-02',
      takeoverEffectiveDate: '2024-10-31',
      latestCompanyBasedOfferEndDate: '2024-11-15',
    })
    const ids = byId(deadlines)
    expect(ids['D-CONTRACT/latest/takeover_effective_date']).toBe('2024-11-30')
    expect(ids['D-SIX-WEEKS/latest/latest_company_based_offer_end']).toBe('2024-12-27')
    expect(deadlines.map((d) => d.date)).toEqual([...deadlines.map((d) => d.date)].sort())
  })

  it('deadlines are not rolled forward: a contract deadline on a Saturday stays', () => {
    const contract = handoverDeadlines({ responsibilityDate: '2025-02-01' }).find(
      (d) => d.id === 'D-CONTRACT',
    )!
    expect(contract.date).toBe('2025-03-01')
  })
})

describe('D-PROCESSING: a target, not law', () => {
  it('defaults to 30 days and says it is not statutory', () => {
    const target = processingTargetDate('2025-03-03')
    expect(target).toMatchObject({ date: '2025-04-02', ruleId: 'D-PROCESSING' })
    expect(en(target.steps)).toContain('no statutory deadline')
    expect(processingTargetDate('2025-03-03', 14).date).toBe('2025-03-17')
  })
})

describe('property: deadlines are never before their start date', () => {
  const date = fc
    .integer({ min: dayNumber('2000-01-01'), max: dayNumber('2040-12-31') })
    .map(fromDayNumberToIso)

  it('for every category, with and without a takeover', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...APPLICANT_CATEGORIES),
        date,
        fc.integer({ min: 0, max: 1500 }),
        fc.integer({ min: -60, max: 60 }),
        fc.boolean(),
        (category, fact, approvalOffset, moveOffset, withTakeover) => {
          // H-UKR has no legal basis before særloven came into force (17 March 2022; issue 14).
          const decision = category === 'ukrainian_displaced' && fact < '2022-03-17' ? '2022-03-17' : fact
          const facts =
            category === 'refugee' || category === 'ukrainian_displaced'
              ? { category, visitationDecisionDate: decision }
              : { category, cprRegistrationDate: fact }
          const base = computeHandoverDates(facts, { language: 'en', asOf: '2025-01-01' })
          const start = base.responsibilityDate.date
          const approvalDate = fromDayNumberToIso(dayNumber(start) + approvalOffset)
          const moveDate = fromDayNumberToIso(
            Math.max(dayNumber(start), dayNumber(approvalDate) + moveOffset),
          )
          const result = withTakeover
            ? computeHandoverDates({ ...facts, takeover: { approvalDate, moveDate } }, { language: 'en' })
            : base
          for (const d of result.deadlines) {
            expect(d.date > d.startDate).toBe(true)
            expect(d.startDate >= start).toBe(true)
          }
          if (withTakeover) {
            expect(result.takeoverEffectiveDate!.date >= start).toBe(true)
            expect(result.deadlines.some((d) => d.startsFrom === 'takeover_effective_date')).toBe(true)
          }
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('the deadlines as answered', () => {
  it('D-CONTRACT, D-FOLLOW-UP: the keys keep the order the answers (and the OpenAPI examples) have always had', () => {
    const deadlines = handoverDeadlines({ responsibilityDate: '2025-07-01' })
    const contract = deadlines.find((d) => d.id === 'D-CONTRACT')!
    const followUp = deadlines.find((d) => d.id === 'D-FOLLOW-UP')!
    expect(Object.keys(contract)).toEqual([
      'id',
      'kind',
      'startDate',
      'startsFrom',
      'date',
      'description',
      'legalSources',
      'steps',
      'interpretation',
    ])
    // A deadline resting on an interpretation says so next to where it starts.
    expect(Object.keys(followUp)).toEqual([
      'id',
      'kind',
      'startDate',
      'startsFrom',
      'interpretation',
      'date',
      'description',
      'legalSources',
      'steps',
    ])
    expect([contract.interpretation, followUp.interpretation]).toEqual([false, true])
  })

  it.each([
    ['/responsibilityDate', { responsibilityDate: '2025-02-30' }],
    ['/takeover', { responsibilityDate: '2025-01-02', takeoverEffectiveDate: '2025-02-30' }],
    [
      '/latestCompanyBasedOfferEndDate',
      { responsibilityDate: '2025-01-02', latestCompanyBasedOfferEndDate: '2025-02-30' },
    ],
  ])('a malformed start date is a 400 at %s', (pointer, starts) => {
    expect(() => handoverDeadlines(starts)).toThrow(expect.objectContaining({ kind: 'invalid', pointer }))
  })
})
