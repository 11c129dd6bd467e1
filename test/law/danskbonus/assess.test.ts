import { describe, expect, it } from 'vitest'
import { assessDanishBonus, type DanishBonusFacts } from '../../../src/law/danskbonus/index.ts'
import { ELIGIBLE } from './support.ts'

const assess = (facts: DanishBonusFacts, asOf = '2026-01-01') =>
  assessDanishBonus(facts, { language: 'en', asOf })
const condition = (facts: DanishBonusFacts, ruleId: string, asOf?: string) =>
  assess(facts, asOf).conditions.find((c) => c.ruleId === ruleId)!

describe('danskbonus (IL § 22)', () => {
  it('all five conditions met: eligible for the IL § 22 lump sum, each condition with rule id and sources', () => {
    const result = assess(ELIGIBLE)
    expect(result.outcome).toBe('eligible')
    expect(result.bonus).toBe('integration_act_lump_sum')
    expect(result.conditions.map((c) => [c.ruleId, c.result])).toEqual([
      ['B-COVERED', 'met'],
      ['B-SELF-SUPPORTING', 'met'],
      ['B-EXAM', 'met'],
      ['B-ONCE', 'met'],
      ['B-PROGRAMME', 'met'],
    ])
    for (const c of result.conditions) expect(c.legalSources[0]!.citation).toMatch(/§ 22/)
    expect(result.reopeningRequired).toBe(false)
    expect(result.reopening).toBeUndefined()
  })

  it('B-COVERED: refugees and family-reunified (§ 2 stk. 2-4) are covered; displaced Ukrainians are not', () => {
    for (const category of [
      'refugee',
      'quota_refugee',
      'family_reunified_to_refugee',
      'family_reunified',
    ] as const)
      expect(condition({ ...ELIGIBLE, category }, 'B-COVERED').result).toBe('met')
    expect(condition({ ...ELIGIBLE, category: 'ukrainian_displaced' }, 'B-COVERED').result).toBe('not_met')
  })

  it('B-SELF-SUPPORTING: any help under aktivloven §§ 22-25 means not eligible for the lump sum', () => {
    for (const benefit of ['cash_assistance', 'other_active_social_policy'] as const) {
      const result = assess({ ...ELIGIBLE, benefit })
      expect(result.outcome).toBe('not_eligible')
      expect(result.conditions[1]).toMatchObject({ ruleId: 'B-SELF-SUPPORTING', result: 'not_met' })
      expect(result.bonus).toBe('integration_act_lump_sum')
    }
  })

  it('B-PATH (seed 004): on selvforsørgelses- og hjemrejseydelse or overgangsydelse the aktivlov bonus applies instead', () => {
    for (const benefit of ['self_support_and_repatriation', 'transition'] as const) {
      const result = assess({ ...ELIGIBLE, benefit })
      expect(result.bonus).toBe('active_social_policy_bonus')
      expect(result.outcome).toBe('not_eligible')
      expect(result.bonusRule.ruleId).toBe('B-PATH')
      expect(result.bonusRule.explanation).toMatch(/aktivloven/)
    }
  })

  it('B-EXAM (seed 004): PD2, FVU reading level 2 or an equivalent or higher test qualifies', () => {
    for (const kind of ['pd2', 'fvu_reading_2', 'pd3', 'higher'] as const)
      expect(
        condition({ ...ELIGIBLE, danishTests: [{ kind, passedDate: '2023-05-01' }] }, 'B-EXAM').result,
      ).toBe('met')
    expect(condition({ ...ELIGIBLE, danishTests: [] }, 'B-EXAM').result).toBe('not_met')
  })

  it('B-EXAM: the test must be passed after 1 January 2018 (today’s text) and by the application date', () => {
    const at = (passedDate: string) =>
      condition({ ...ELIGIBLE, danishTests: [{ kind: 'pd2', passedDate }] }, 'B-EXAM')
    expect(at('2017-12-20').result).toBe('not_met')
    expect(at('2018-01-01').result).toBe('not_met')
    expect(at('2018-01-02').result).toBe('met')
    expect(at('2025-03-01').result).toBe('met')
    expect(at('2025-03-02').result).toBe('not_met')
  })

  it('B-ONCE: paid once only, never after dansktillæg or danskbonus under aktivloven', () => {
    expect(assess({ ...ELIGIBLE, earlierDanishBonusOrSupplement: true }).outcome).toBe('not_eligible')
    expect(condition({ ...ELIGIBLE, earlierDanishBonusOrSupplement: true }, 'B-ONCE').result).toBe('not_met')
  })

  it('B-PROGRAMME: an application on 9 June 2021 needs a programme offer; one on 8 June 2021 does not', () => {
    const notOffered = { ...ELIGIBLE, programmeOffered: false }
    const on = assess({ ...notOffered, applicationDate: '2021-06-09' })
    expect(on.wording).toBe('current')
    expect(on.conditions[4]).toMatchObject({ ruleId: 'B-PROGRAMME', result: 'not_met' })
    expect(on.outcome).toBe('not_eligible')
    const before = assess({
      ...notOffered,
      applicationDate: '2021-06-08',
      danishTests: [{ kind: 'pd2', passedDate: '2020-01-10' }],
    })
    expect(before.wording).toBe('former')
    expect(before.conditions[4]).toMatchObject({ ruleId: 'B-PROGRAMME', result: 'not_applicable' })
    expect(before.outcome).toBe('eligible')
  })

  it('B-PROGRAMME: asOf before 9 June 2021 evaluates the former wording even for a later application date', () => {
    const facts = { ...ELIGIBLE, applicationDate: '2021-06-10', programmeOffered: false }
    expect(assess(facts, '2021-06-08').conditions[4]!.result).toBe('not_applicable')
    expect(assess(facts, '2021-06-09').conditions[4]!.result).toBe('not_met')
  })

  it('B-PRACTICE-2021 (seed 004): a refusal under the former wording resting on programme participation must be reopened', () => {
    const result = assess({
      ...ELIGIBLE,
      applicationDate: '2020-10-05',
      danishTests: [{ kind: 'fvu_reading_2', passedDate: '2019-06-20' }],
      programmeOffered: false,
      earlierDecision: { date: '2020-11-02', outcome: 'refused', restedOnProgrammeParticipation: true },
    })
    expect(result.outcome).toBe('eligible')
    expect(result.reopeningRequired).toBe(true)
    expect(result.reopening).toMatchObject({ ruleId: 'B-PRACTICE-2021' })
    expect(result.reopening!.explanation).toMatch(/authority that last decided/)
  })

  it('B-PRACTICE-2021: no reopening for a refusal on other grounds, or under the current wording', () => {
    const refused = { date: '2020-11-02', outcome: 'refused' as const, restedOnProgrammeParticipation: false }
    expect(
      assess({ ...ELIGIBLE, applicationDate: '2020-10-05', earlierDecision: refused }).reopeningRequired,
    ).toBe(false)
    const current = assess({
      ...ELIGIBLE,
      applicationDate: '2021-06-09',
      earlierDecision: { ...refused, date: '2021-07-01', restedOnProgrammeParticipation: true },
    })
    expect(current.reopeningRequired).toBe(false)
    expect(current.reopening).toBeUndefined()
  })

  it('B-PRACTICE-2021: an earlier decision before 9 June 2021 proves the former wording when the application date is missing', () => {
    const { applicationDate: _, ...facts } = ELIGIBLE
    const result = assess({
      ...facts,
      earlierDecision: { date: '2021-03-01', outcome: 'refused', restedOnProgrammeParticipation: true },
    })
    expect(result.wording).toBe('former')
    expect(result.reopeningRequired).toBe(true)
  })

  it('missing facts give unknown with pointers and needs_information, never an error', () => {
    const result = assess({})
    expect(result.outcome).toBe('needs_information')
    expect(result.conditions.every((c) => c.result === 'unknown')).toBe(true)
    expect(result.conditions.flatMap((c) => c.missing)).toEqual([
      '/category',
      '/benefit',
      '/danishTests',
      '/earlierDanishBonusOrSupplement',
      '/applicationDate',
      '/programmeOffered',
    ])
    expect(assess({ ...ELIGIBLE, danishTests: [{ kind: 'pd2' }] }).conditions[2]!.missing).toEqual([
      '/danishTests/0/passedDate',
    ])
  })

  it('B-COVERED: one fact missing (the category) with every other condition met: needs_information, and only that fact is asked for', () => {
    const { category: _, ...facts } = ELIGIBLE
    const result = assess(facts)
    expect(result.outcome).toBe('needs_information')
    expect(result.conditions.map((c) => [c.ruleId, c.result, c.missing])).toEqual([
      ['B-COVERED', 'unknown', ['/category']],
      ['B-SELF-SUPPORTING', 'met', []],
      ['B-EXAM', 'met', []],
      ['B-ONCE', 'met', []],
      ['B-PROGRAMME', 'met', []],
    ])
  })

  it('a condition not met outweighs a missing fact: not_eligible', () => {
    expect(assess({ benefit: 'cash_assistance' }).outcome).toBe('not_eligible')
  })

  it('explains in Danish by default', () => {
    const result = assessDanishBonus(ELIGIBLE, { language: 'da', asOf: '2026-01-01' })
    expect(result.conditions[2]!.explanation).toMatch(/bestået/)
  })
})
