import { Value } from 'typebox/value'
import { describe, expect, it } from 'vitest'
import {
  HANDOVER_DATES_REQUEST_EXAMPLES,
  HandoverDatesRequest,
  type HandoverDatesRequestBody,
  HandoverDatesResponse,
  type HandoverDatesResponseBody,
} from '../../../src/handover/schemas.ts'
import {
  computeHandoverDates,
  evaluateHandoverDates,
  type HandoverFacts,
} from '../../../src/law/handover/index.ts'
import { RULES_VERSION } from '../../../src/law/rule-definition.ts'
import { lawError } from '../invalid-input.ts'

const TAKEOVER_EXAMPLE: HandoverFacts = {
  category: 'refugee',
  visitationDecisionDate: '2023-10-28',
  takeover: { approvalDate: '2024-09-02', moveDate: '2024-10-01' },
  movedBackDate: '2025-06-15',
}

describe('computeHandoverDates (POST /v1/handover-dates)', () => {
  it('H-REF, H-PERIOD, H-TAKEOVER, D-MOVE-BACK and the deadlines in one answer', () => {
    const result = computeHandoverDates(TAKEOVER_EXAMPLE, { language: 'en', asOf: '2025-07-01' })
    expect(result).toMatchObject({
      category: 'refugee',
      asOf: '2025-07-01',
      responsibilityDate: { date: '2023-12-01', ruleId: 'H-REF', basis: 'visitation_decision' },
      integrationPeriodEndDate: '2028-11-30',
      freeMovementFromDate: '2028-12-01',
      takeoverEffectiveDate: { date: '2024-10-01', ruleId: 'H-TAKEOVER' },
      fullBenefitFromDate: { date: '2025-08-01', ruleId: 'D-MOVE-BACK' },
      rulesVersion: RULES_VERSION,
    })
    expect(result.deadlines.map((d) => `${d.id} ${d.startsFrom} ${d.date}`)).toEqual([
      'D-FIRST-OFFER responsibility_date 2023-12-15',
      'D-CONTRACT responsibility_date 2024-01-01',
      'D-FIRST-OFFER responsibility_date 2024-01-01',
      'D-VISITATION responsibility_date 2024-03-01',
      'D-FOLLOW-UP contract_deadline 2024-04-01',
      'D-HEALTH responsibility_date 2024-06-01',
      'D-CONTRACT takeover_effective_date 2024-11-01',
      'D-FOLLOW-UP contract_deadline 2025-02-01',
      'D-HEALTH takeover_effective_date 2025-04-01',
      'D-UPSKILLING takeover_effective_date 2025-04-01',
    ])
    // interpretation marked where the catalogue says so: D-FOLLOW-UP, and D-HEALTH counted from a § 18 takeover.
    expect(result.deadlines.filter((d) => d.interpretation).map((d) => `${d.id} ${d.startsFrom}`)).toEqual([
      'D-FOLLOW-UP contract_deadline',
      'D-FOLLOW-UP contract_deadline',
      'D-HEALTH takeover_effective_date',
    ])
    expect(result.deadlines.every((d) => d.legalSources.length > 0 && d.description.length > 0)).toBe(true)
    const text = result.explanation.join('\n')
    expect(text).toContain(
      'the first whole month after the visitation decision (28 October 2023) is November 2023',
    )
    expect(text).toContain('Friday 1 December 2023 is a weekday')
    expect(text).toContain('from the move-in date 1 October 2024')
    expect(text).toContain('D-PROCESSING')
    expect(text).toContain('give latestCompanyBasedOfferEndDate')
  })

  it('reports every parameter used, interpretations marked, with overrides applied', () => {
    const result = computeHandoverDates(
      { category: 'refugee', visitationDecisionDate: '2025-05-15' },
      { language: 'en', parameters: { processingTargetDays: 21 } },
    )
    const byName = Object.fromEntries(result.parameters.map((p) => [p.name, p]))
    expect(byName.firstOfMonthMakesMonthWhole).toMatchObject({
      value: false,
      ruleId: 'H-REF',
      interpretation: true,
    })
    expect(byName.ukrainianWeekdaysExcludeHelligdage).toMatchObject({
      value: true,
      ruleId: 'H-UKR',
      interpretation: true,
    })
    expect(byName.processingTargetDays).toMatchObject({
      value: 21,
      ruleId: 'D-PROCESSING',
      interpretation: true,
    })
    expect(byName.takeoverAfterEarlierMoveFrom).toMatchObject({
      value: 'approval_date',
      ruleId: 'H-TAKEOVER',
      interpretation: true,
    })
  })

  it('speaks Danish', () => {
    const result = computeHandoverDates(TAKEOVER_EXAMPLE, { language: 'da' })
    expect(result.explanation[1]).toContain(
      'den første hele måned efter visiteringsafgørelsen (28. oktober 2023)',
    )
    expect(result.deadlines[0]!.description).toContain('Første virksomhedsrettede tilbud')
  })

  it('defaults asOf to a date', () => {
    expect(
      computeHandoverDates(
        { category: 'quota_refugee', cprRegistrationDate: '2025-03-03' },
        { language: 'en' },
      ).asOf,
    ).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

describe('contradictory inputs are 422 with the field that contradicts', () => {
  const base: HandoverFacts = { category: 'refugee', visitationDecisionDate: '2025-05-15' }
  it.each([
    [
      'H-TAKEOVER move before the responsibility date',
      { ...base, takeover: { approvalDate: '2025-06-20', moveDate: '2025-06-30' } },
      '/takeover/moveDate',
    ],
    [
      'H-TAKEOVER approval before the visitation decision',
      { ...base, takeover: { approvalDate: '2025-05-01', moveDate: '2025-08-01' } },
      '/takeover/approvalDate',
    ],
    [
      'G-PERIOD approval after the integration period',
      { ...base, takeover: { approvalDate: '2030-07-01', moveDate: '2030-07-01' } },
      '/takeover/approvalDate',
    ],
    [
      'G-PERIOD move after the integration period',
      { ...base, takeover: { approvalDate: '2030-06-01', moveDate: '2030-07-01' } },
      '/takeover/moveDate',
    ],
    [
      'D-MOVE-BACK before the move',
      {
        ...base,
        takeover: { approvalDate: '2025-08-01', moveDate: '2025-09-01' },
        movedBackDate: '2025-08-15',
      },
      '/movedBackDate',
    ],
    [
      'D-MOVE-BACK before the responsibility date',
      { ...base, movedBackDate: '2025-06-15' },
      '/movedBackDate',
    ],
    [
      'D-SIX-WEEKS offer before the responsibility date',
      { ...base, latestCompanyBasedOfferEndDate: '2025-06-01' },
      '/latestCompanyBasedOfferEndDate',
    ],
    [
      'H-REF with a CPR registration date',
      { ...base, cprRegistrationDate: '2025-07-01' },
      '/cprRegistrationDate',
    ],
  ] as [string, HandoverFacts, string][])('%s', (_, facts, pointer) => {
    const error = lawError(() => computeHandoverDates(facts, { language: 'en' }))
    expect(error.kind).toBe('contradictory')
    expect(error.pointer).toBe(pointer)
    expect(error.message.length).toBeGreaterThan(30)
  })

  it('a malformed asOf is 400', () => {
    const error = lawError(() => computeHandoverDates(base, { language: 'en', asOf: '2025-13-01' }))
    expect([error.kind, error.pointer]).toEqual(['invalid', '/asOf'])
  })
})

describe('the TypeBox schemas of POST /v1/handover-dates', () => {
  it('has one example per category plus takeover and move back, each valid and computable', () => {
    const categories = new Set(HANDOVER_DATES_REQUEST_EXAMPLES.map((e) => e.category))
    expect(categories.size).toBe(5)
    expect(HANDOVER_DATES_REQUEST_EXAMPLES.some((e) => e.takeover && e.movedBackDate)).toBe(true)
    for (const example of HANDOVER_DATES_REQUEST_EXAMPLES) {
      expect(Value.Check(HandoverDatesRequest, example)).toBe(true)
      for (const language of ['da', 'en'] as const) {
        const { asOf, ...facts } = example
        const response = computeHandoverDates(facts, { language, asOf })
        expect([...Value.Errors(HandoverDatesResponse, response)]).toEqual([])
      }
    }
  })

  it('rejects unknown fields, bad dates and unknown categories', () => {
    const ok = { category: 'refugee', visitationDecisionDate: '2025-05-15' }
    expect(Value.Check(HandoverDatesRequest, ok)).toBe(true)
    expect(Value.Check(HandoverDatesRequest, { ...ok, visitationDate: '2025-05-15' })).toBe(false)
    expect(Value.Check(HandoverDatesRequest, { ...ok, visitationDecisionDate: '2025-02-30' })).toBe(false)
    expect(Value.Check(HandoverDatesRequest, { ...ok, category: 'eu_citizen' })).toBe(false)
    expect(Value.Check(HandoverDatesRequest, { ...ok, takeover: { approvalDate: '2025-08-01' } })).toBe(false)
    expect(Value.Check(HandoverDatesRequest, { ...ok, parameters: { processingTargetDays: 0 } })).toBe(false)
  })

  it('Static types line up with the law types (compile-time)', () => {
    const body: HandoverDatesRequestBody = {
      category: 'refugee',
      visitationDecisionDate: '2025-05-15',
      parameters: { firstOfMonthMakesMonthWhole: true },
    }
    const { asOf, parameters, ...facts } = body
    const response: HandoverDatesResponseBody = computeHandoverDates(facts satisfies HandoverFacts, {
      language: 'en',
      asOf,
      parameters,
    })
    expect(response.responsibilityDate.date).toBe('2025-07-01')
  })
})

describe('computeHandoverDates: the facts that add to the answer, and their boundaries', () => {
  const base: HandoverFacts = { category: 'refugee', visitationDecisionDate: '2025-05-15' }
  const compute = (facts: HandoverFacts) =>
    computeHandoverDates(facts, { language: 'en', asOf: '2025-07-01' })

  it('H-REF: the parameter overrides reach the responsibility date (a decision on the 1st)', () => {
    const facts: HandoverFacts = { category: 'refugee', visitationDecisionDate: '2025-09-01' }
    const counted = computeHandoverDates(facts, {
      language: 'en',
      parameters: { firstOfMonthMakesMonthWhole: true },
    })
    expect(counted.responsibilityDate.date).toBe('2025-10-01')
    expect(compute(facts).responsibilityDate.date).toBe('2025-11-03')
  })

  it('D-MOVE-BACK: the explanation states the return of the full benefit, in both languages', () => {
    const en = computeHandoverDates(TAKEOVER_EXAMPLE, { language: 'en' }).explanation
    const da = computeHandoverDates(TAKEOVER_EXAMPLE, { language: 'da' }).explanation
    expect(en).toContain(
      'D-MOVE-BACK: moved back on 15 June 2025; the first whole month after is July 2025, so the full benefit is paid again (on application) from 1 August 2025 (IL § 32 stk. 2). The date is not moved to a weekday.',
    )
    expect(
      da.some((line) => line.includes('flyttet tilbage 15. juni 2025') && line.includes('1. august 2025')),
    ).toBe(true)
  })

  it('D-MOVE-BACK: a move back on the responsibility date itself is counted', () => {
    const result = compute({ ...base, movedBackDate: '2025-07-01' })
    expect(result.fullBenefitFromDate).toMatchObject({ date: '2025-09-01', ruleId: 'D-MOVE-BACK' })
  })

  it('D-MOVE-BACK: a move back on the day of the § 18 move is contradictory', () => {
    const error = lawError(() =>
      compute({
        ...base,
        takeover: { approvalDate: '2025-08-01', moveDate: '2025-09-01' },
        movedBackDate: '2025-09-01',
      }),
    )
    expect([error.kind, error.pointer]).toEqual(['contradictory', '/movedBackDate'])
    expect(error.message).toContain('movedBackDate (2025-09-01) is not after takeover.moveDate (2025-09-01)')
  })

  it('D-SIX-WEEKS: with the last offer given, its deadline is described in both languages and not asked for', () => {
    const facts = { ...base, latestCompanyBasedOfferEndDate: '2025-07-15' }
    const en = compute(facts)
    const six = en.deadlines.find((d) => d.id === 'D-SIX-WEEKS')!
    expect(six).toMatchObject({ date: '2025-08-26', startDate: '2025-07-15', kind: 'latest' })
    expect(six.description).toBe(
      'For a job-ready person: the next company-based offer at the latest 6 weeks after the previous one ended (IL § 17 a).',
    )
    const da = computeHandoverDates(facts, { language: 'da' }).deadlines.find((d) => d.id === 'D-SIX-WEEKS')!
    expect(da.description).toContain('senest 6 uger efter, at det forrige sluttede (IL § 17 a)')
    expect(en.explanation.join('\n')).not.toContain('give latestCompanyBasedOfferEndDate')
    expect(en.explanation).toContain('D-SIX-WEEKS: 6 weeks (42 days) after 15 July 2025 is 26 August 2025.')
  })

  it('D-SIX-WEEKS: an offer that ended on the responsibility date is counted', () => {
    const six = compute({ ...base, latestCompanyBasedOfferEndDate: '2025-07-01' }).deadlines.find(
      (d) => d.id === 'D-SIX-WEEKS',
    )
    expect(six).toMatchObject({ startDate: '2025-07-01', date: '2025-08-12' })
  })

  it('D-PROCESSING: the target is only mentioned with a § 18 takeover', () => {
    expect(compute(base).explanation.join('\n')).not.toContain('D-PROCESSING')
    const withTakeover = compute({
      ...base,
      takeover: { approvalDate: '2025-08-01', moveDate: '2025-09-01' },
    })
    expect(withTakeover.explanation.at(-1)).toBe(
      "D-PROCESSING: there is no statutory deadline for deciding a § 18 application; the service tracks the municipality's target of 30 days (interpretation, not law).",
    )
  })

  it('the note on counting deadlines belongs to no rule (a shared phrase)', () => {
    const findings = evaluateHandoverDates(base, { asOf: '2025-07-01' })
    expect(findings.explanation.filter((s) => s.code === 'deadlinesCounting')).toEqual([
      { ruleId: '', code: 'deadlinesCounting' },
    ])
  })

  it.each([
    ['/movedBackDate', { movedBackDate: '2025-02-30' }],
    ['/latestCompanyBasedOfferEndDate', { latestCompanyBasedOfferEndDate: '2025-02-30' }],
    ['/takeover/approvalDate', { takeover: { approvalDate: '2025-02-30', moveDate: '2025-09-01' } }],
    ['/takeover/moveDate', { takeover: { approvalDate: '2025-08-01', moveDate: '2025-02-30' } }],
  ] as [string, Partial<HandoverFacts>][])('a malformed date is a 400 at %s', (pointer, facts) => {
    const error = lawError(() => compute({ ...base, ...facts }))
    expect([error.kind, error.pointer]).toEqual(['invalid', pointer])
    expect(error.message).toBe('"2025-02-30" is not a calendar date YYYY-MM-DD.')
  })
})
