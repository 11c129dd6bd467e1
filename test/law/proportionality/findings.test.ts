/**
 * The law finds, the edge words (issue 15, item 3): `evaluateBenefitReduction` returns language-neutral
 * findings of the P-* rule modules, `renderBenefitReduction` words them once in Danish or English.
 */
import { describe, expect, it } from 'vitest'
import {
  assessBenefitReduction,
  evaluateBenefitReduction,
  PROPORTIONALITY_RULE_MODULES,
  renderBenefitReduction,
  toReductionStep,
} from '../../../src/law/proportionality/index.ts'
import { evaded, FAMILY_TWO_CHILDREN, SINGLE_ONLY_INCOME, types } from './support.ts'

const input = {
  household: SINGLE_ONLY_INCOME,
  reason: { grounds: types('larger_city') },
  // evasion not established (the intent to continue is stated), so P-TOTAL-STOP caps the maximum
  evasion: { ...evaded(3), statedIntentToContinueProgramme: true },
  proposedReductionPercent: 75,
}

describe('P-MAX', () => {
  it('rounds the sum of the contributions down to a step of 25, clamped to 0–100', () => {
    expect([-30, 0, 24, 25, 49.9, 90, 100, 140].map(toReductionStep)).toEqual([0, 0, 0, 25, 25, 75, 100, 100])
  })

  it('finds the sum, the step and the conclusion as values, and words them the same in both languages', () => {
    const findings = evaluateBenefitReduction(input)
    expect(findings.explanation.map((f) => `${f.ruleId}/${f.code}`)).toEqual([
      'P-MAX/sum',
      'P-TOTAL-STOP/applies',
      'P-MAX/conclusion',
      'P-MAX/move-back',
    ])
    expect(findings.explanation[0]!.values).toEqual({
      evasion: '+105',
      need: '−25',
      reason: '0',
      raw: 80,
      stepped: 75,
    })
    expect(findings.explanation[2]!.values).toEqual({ max: 75, proposed: 75, verdict: 'proportionate' })
    expect(renderBenefitReduction(findings, 'da').explanation).toBe(
      'Unddragelse +105, behov −25 og årsag 0 giver 80 procentpoint; rundet ned til et trin på 25 (0–100): 75 %. Husstanden har børn at forsørge eller ydelsen er eneste indkomst, og unddragelse er ikke godtgjort: ydelsen kan ikke standses helt, højst 75 % (P-TOTAL-STOP). Højeste forholdsmæssige nedsættelse: 75 %. Den foreslåede nedsættelse på 75 % er forholdsmæssig. Flytter personen tilbage, udbetales fuld ydelse igen efter ansøgning (D-MOVE-BACK, IL § 32, stk. 2).',
    )
    expect(renderBenefitReduction(findings, 'en').explanation).toContain(
      'Maximum proportionate reduction: 75 %. The proposed reduction of 75 % is proportionate.',
    )
  })

  it('finds no maximum when facts are missing: one P-MAX finding naming them', () => {
    const findings = evaluateBenefitReduction({ ...input, evasion: undefined })
    expect(findings.maxProportionateReductionPercent).toBeNull()
    expect(findings.explanation).toEqual([
      {
        ruleId: 'P-MAX',
        code: 'insufficient',
        values: {
          missing:
            '/evasion/stoppedParticipatingBeforeMove, /evasion/refusedOffersBeforeMove, /evasion/statedIntentToContinueProgramme',
          proposed: 75,
        },
      },
    ])
  })
})

describe('findings of P-NEED, P-REASON, P-EVASION and P-TOTAL-STOP', () => {
  it('carry no language: every finding names a rule module and a message it has in Danish and English', () => {
    const modules = new Map<string, (typeof PROPORTIONALITY_RULE_MODULES)[number]>(
      PROPORTIONALITY_RULE_MODULES.map((m) => [m.definition.id, m]),
    )
    const findings = evaluateBenefitReduction({ ...input, household: FAMILY_TWO_CHILDREN })
    const all = [
      ...findings.explanation,
      findings.disclaimer,
      ...findings.criteria.flatMap((c) => [
        c.explanation.title,
        ...c.explanation.facts,
        ...c.explanation.closing,
      ]),
    ]
    expect(new Set(all.map((f) => f.ruleId))).toEqual(
      new Set(['P-NEED', 'P-REASON', 'P-EVASION', 'P-TOTAL-STOP', 'P-MAX']),
    )
    for (const finding of all) {
      const message = (modules.get(finding.ruleId)!.messages as Record<string, { da: string; en: string }>)[
        finding.code
      ]
      expect(message?.da, `${finding.ruleId}/${finding.code}`).toBeTruthy()
      expect(message?.en, `${finding.ruleId}/${finding.code}`).toBeTruthy()
    }
    expect(JSON.stringify([findings.criteria, findings.explanation])).not.toMatch(
      /procentpoint|percentage points/,
    )
  })

  it('render nothing for a finding no P-* module has a message for: an error naming the rule id and code', () => {
    const findings = evaluateBenefitReduction(input)
    for (const disclaimer of [
      { ruleId: 'P-MAX', code: 'no-such-code' },
      { ruleId: 'P-NO-SUCH-RULE', code: 'disclaimer' },
    ]) {
      expect(() => renderBenefitReduction({ ...findings, disclaimer }, 'en')).toThrow(
        new Error(`no message ${disclaimer.ruleId}/${disclaimer.code}`),
      )
    }
  })

  it('render to exactly what assessBenefitReduction answers, in either language', () => {
    for (const language of ['da', 'en'] as const) {
      expect(renderBenefitReduction(evaluateBenefitReduction(input), language)).toEqual(
        assessBenefitReduction(input, { language }),
      )
    }
  })
})
