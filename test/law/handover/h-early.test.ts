/**
 * H-EARLY (rules.md § 3, IL § 4 stk. 2): with the refugee's consent the municipality takes over before
 * the H-REF date. The boundaries (the decision day, the H-REF date itself), what the explanation says
 * in Danish and English, and what a refusal says.
 */
import { describe, expect, it } from 'vitest'
import { renderSteps, responsibilityDate } from '../../../src/law/handover/index.ts'
import { lawError } from '../invalid-input.ts'

const early = (
  earlyTakeoverDate: string,
  facts: { visitationDecisionDate?: string; residencePermitDate?: string },
) => responsibilityDate({ category: 'refugee', earlyTakeoverDate, ...facts })

describe('H-EARLY: the agreed date', () => {
  it('H-EARLY: on the day of the visitation decision itself, the municipality takes over that day', () => {
    const result = early('2025-05-15', { visitationDecisionDate: '2025-05-15' })
    expect(result).toMatchObject({
      date: '2025-05-15',
      ruleId: 'H-EARLY',
      basis: 'early_takeover',
      basisDate: '2025-05-15',
    })
    expect(result.legalSources.map((s) => s.citation)).toContain('Integrationsloven § 4, stk. 2')
    const [da, en] = [renderSteps(result.steps, 'da'), renderSteps(result.steps, 'en')]
    expect(en[0]).toContain('the responsibility date follows rule H-REF')
    expect(en.at(-1)).toContain('took over on 15 May 2025, before the H-REF date 1 July 2025')
    expect(da.at(-1)).toContain('overtaget ansvaret den 15. maj 2025, før H-REF-datoen 1. juli 2025')
  })

  it('H-EARLY: the H-REF date itself changes nothing, and the explanation says so after the H-REF count', () => {
    const href = responsibilityDate({ category: 'refugee', visitationDecisionDate: '2025-05-15' })
    const result = early('2025-07-01', { visitationDecisionDate: '2025-05-15' })
    expect(result).toMatchObject({ date: '2025-07-01', ruleId: 'H-REF', basis: 'visitation_decision' })
    expect(result.steps.slice(0, -1)).toEqual(href.steps)
    expect(result.steps.at(-1)).toMatchObject({ ruleId: 'H-EARLY', code: 'sameAsHref' })
    expect(renderSteps(result.steps, 'en').at(-1)).toBe(
      'H-EARLY: the agreed early takeover date 1 July 2025 is the H-REF date itself; nothing changes.',
    )
    expect(renderSteps(result.steps, 'da').at(-1)).toBe(
      'H-EARLY: den aftalte overtagelsesdato 1. juli 2025 er selve H-REF-datoen; det ændrer intet.',
    )
  })
})

describe('H-EARLY: refusals say why', () => {
  it('H-EARLY: before the visitation decision', () => {
    const error = lawError(() => early('2025-05-14', { visitationDecisionDate: '2025-05-15' }))
    expect([error.kind, error.pointer]).toEqual(['contradictory', '/earlyTakeoverDate'])
    expect(error.message).toBe(
      'earlyTakeoverDate (2025-05-14) is before the visitation decision (2025-05-15): the municipality cannot take over responsibility before it (H-EARLY).',
    )
  })

  it('H-EARLY: before the residence permit, where the permit is counted from', () => {
    const error = lawError(() => early('2025-03-07', { residencePermitDate: '2025-03-08' }))
    expect([error.kind, error.pointer]).toEqual(['contradictory', '/earlyTakeoverDate'])
    expect(error.message).toBe(
      'earlyTakeoverDate (2025-03-07) is before the residence permit (2025-03-08): the municipality cannot take over responsibility before it (H-EARLY).',
    )
  })

  it('H-EARLY: an agreed date before the Integration Act (1 January 1999) has no legal basis, naming /earlyTakeoverDate', () => {
    const error = lawError(() => early('1998-12-31', { visitationDecisionDate: '1998-12-01' }))
    expect([error.kind, error.pointer]).toEqual(['contradictory', '/earlyTakeoverDate'])
    expect(error.message).toBe(
      'earlyTakeoverDate (1998-12-31) is before 1999-01-01, when integrationsloven (lov nr. 474 af 1. juli 1998) came into force: rule H-EARLY has no legal basis for it. Check the date or the category.',
    )
  })

  it('H-EARLY: after the H-REF date', () => {
    const error = lawError(() => early('2025-07-02', { visitationDecisionDate: '2025-05-15' }))
    expect([error.kind, error.pointer]).toEqual(['contradictory', '/earlyTakeoverDate'])
    expect(error.message).toBe(
      'earlyTakeoverDate (2025-07-02) is after the H-REF date (2025-07-01): H-EARLY only allows a takeover earlier than the date on which responsibility passes by law (IL § 4 stk. 2).',
    )
  })
})
