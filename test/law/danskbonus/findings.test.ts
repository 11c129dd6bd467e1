/** The law finds, the edge words (issue 15, item 3): danskbonus findings carry ISO dates, not wording. */
import { describe, expect, it } from 'vitest'
import {
  assessDanishBonus,
  DANSKBONUS_RULE_MODULES,
  type DanishBonusFacts,
  evaluateDanishBonus,
  renderDanishBonus,
} from '../../../src/law/danskbonus/index.ts'

const facts: DanishBonusFacts = {
  applicationDate: '2021-06-01',
  category: 'refugee',
  benefit: 'none',
  danishTests: [{ kind: 'pd2', passedDate: '2019-05-01' }],
  earlierDanishBonusOrSupplement: false,
  earlierDecision: { outcome: 'refused', restedOnProgrammeParticipation: true },
}

describe('danskbonus findings (B-EXAM, B-PROGRAMME, B-PRACTICE-2021, B-PATH)', () => {
  it('B-EXAM: the finding carries the ISO dates; the edge reads them as long dates in each language', () => {
    const findings = evaluateDanishBonus(facts, { asOf: '2025-07-01' })
    const exam = findings.conditions.find((c) => c.ruleId === 'B-EXAM')!
    expect(exam.explanation).toEqual({
      ruleId: 'B-EXAM',
      code: 'met',
      values: { kind: 'pd2', passedDate: '2019-05-01', limit: '2018-01-01', byApplicationDate: true },
    })
    const da = renderDanishBonus(findings, 'da').conditions.find((c) => c.ruleId === 'B-EXAM')!
    const en = renderDanishBonus(findings, 'en').conditions.find((c) => c.ruleId === 'B-EXAM')!
    expect(da.explanation).toBe(
      'Prøven (pd2) er bestået 1. maj 2019, efter 1. januar 2018 og senest på ansøgningsdagen.',
    )
    expect(en.explanation).toBe(
      'The test (pd2) was passed on 1 May 2019, after 1 January 2018 and by the application date.',
    )
  })

  it('B-PROGRAMME and B-PRACTICE-2021: the former wording is found as codes, reopening as a finding', () => {
    const findings = evaluateDanishBonus(facts, { asOf: '2025-07-01' })
    expect(findings.conditions.find((c) => c.ruleId === 'B-PROGRAMME')!.explanation).toEqual({
      ruleId: 'B-PROGRAMME',
      code: 'former',
      values: { from: '2021-06-09' },
    })
    expect(findings.reopening?.explanation).toEqual({ ruleId: 'B-PRACTICE-2021', code: 'reopen' })
    expect(findings.bonusRule.explanation).toEqual({ ruleId: 'B-PATH', code: 'integration-act-lump-sum' })
  })

  it('every finding names a module message in both languages, and renders to what assessDanishBonus says', () => {
    const modules = new Map<string, (typeof DANSKBONUS_RULE_MODULES)[number]>(
      DANSKBONUS_RULE_MODULES.map((m) => [m.definition.id, m]),
    )
    const findings = evaluateDanishBonus(facts, { asOf: '2025-07-01' })
    for (const f of [findings.bonusRule, ...findings.conditions, findings.reopening!].map(
      (x) => x.explanation,
    )) {
      const message = (modules.get(f.ruleId)!.messages as Record<string, { da: string; en: string }>)[f.code]
      expect(message?.da && message.en, `${f.ruleId}/${f.code}`).toBeTruthy()
    }
    for (const language of ['da', 'en'] as const)
      expect(renderDanishBonus(findings, language)).toEqual(
        assessDanishBonus(facts, { language, asOf: '2025-07-01' }),
      )
  })

  it('B-EXAM: a finding with no message in its rule module is an error naming it, never an empty text', () => {
    const findings = evaluateDanishBonus(facts, { asOf: '2025-07-01' })
    const withFinding = (ruleId: string, code: string) => ({
      ...findings,
      conditions: [{ ...findings.conditions[0]!, explanation: { ruleId, code } }],
    })
    expect(() => renderDanishBonus(withFinding('B-EXAM', 'no-such-code'), 'en')).toThrow(
      'no message B-EXAM/no-such-code',
    )
    expect(() => renderDanishBonus(withFinding('B-NO-SUCH-RULE', 'met'), 'da')).toThrow(
      'no message B-NO-SUCH-RULE/met',
    )
  })

  it('B-EXAM: only a value that is exactly YYYY-MM-DD reads as a long date; text around a date is written as given', () => {
    const findings = evaluateDanishBonus(facts, { asOf: '2025-07-01' })
    const exam = (values: Record<string, string | boolean>) =>
      renderDanishBonus(
        {
          ...findings,
          conditions: [
            { ...findings.conditions[2]!, explanation: { ruleId: 'B-EXAM', code: 'met', values } },
          ],
        },
        'en',
      ).conditions[0]!.explanation
    const values = { limit: '2018-01-01', byApplicationDate: false }
    expect(exam({ ...values, kind: 'pd2', passedDate: '2019-05-01' })).toBe(
      'The test (pd2) was passed on 1 May 2019, after 1 January 2018.',
    )
    expect(exam({ ...values, kind: 'retake of 2019-05-01', passedDate: '2019-05-01 (morning)' })).toBe(
      'The test (retake of 2019-05-01) was passed on 2019-05-01 (morning), after 1 January 2018.',
    )
  })
})
