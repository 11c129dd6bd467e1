/**
 * How the § 18 assessment is worded (render.ts, rules.md § 2): the outcome paragraph names the grounds
 * that decided it with their rule ids, and each ground's explanation states its facts, its conclusion,
 * what is missing and the rule with its leading sources, in Danish and English. The essentials are
 * asserted, not whole paragraphs.
 */
import { describe, expect, it } from 'vitest'
import {
  evaluateTakeover,
  renderTakeoverAssessment,
  type TakeoverGround,
} from '../../../src/law/takeover/index.ts'
import {
  OBLIGATING_EDUCATION as education,
  OBLIGATING_ILLNESS as illness,
  OBLIGATING_JOB as job,
} from './support.ts'

const OPTIONS = { reasonableOneWayCommuteMinutes: 90, asOf: '2025-03-01' } as const

function assess(grounds: TakeoverGround[], extra: { responsibilityDate?: string } = {}) {
  const evaluation = evaluateTakeover(
    {
      fromMunicipality: '773',
      toMunicipality: '101',
      ...(extra.responsibilityDate ? { applicant: { responsibilityDate: extra.responsibilityDate } } : {}),
      grounds,
    },
    OPTIONS,
  )
  const da = renderTakeoverAssessment(evaluation, 'da')
  const en = renderTakeoverAssessment(evaluation, 'en')
  return {
    outcome: en.outcome,
    explanation: { da: da.explanation, en: en.explanation },
    ground: (index: number) => ({
      da: da.grounds[index]?.explanation ?? '',
      en: en.grounds[index]?.explanation ?? '',
    }),
    en,
  }
}

const other = { type: 'other', description: 'Særlige forhold' } as const
const discrimination = {
  type: 'discrimination',
  threatsReceived: true,
  authoritiesAssessNotSolvableLocally: true,
} as const

describe('the outcome paragraph: obligated names every obligating ground (T-*)', () => {
  it('T-EMP alone: "because of employment (T-EMP)"', () => {
    const { outcome, explanation } = assess([job])
    expect(outcome).toBe('obligated')
    expect(explanation.en).toContain('section 18(2) of the Integration Act, because of employment (T-EMP).')
    expect(explanation.da).toContain('§ 18, stk. 2, fordi beskæftigelse (T-EMP) forpligter.')
  })

  it('T-EMP and T-ILL: the two joined by and / og', () => {
    const { explanation } = assess([job, illness])
    expect(explanation.en).toContain('because of employment (T-EMP) and illness (T-ILL).')
    expect(explanation.da).toContain('fordi beskæftigelse (T-EMP) og sygdom (T-ILL) forpligter.')
  })

  it('T-EMP, T-EDU and T-ILL: a comma list with and / og before the last', () => {
    const { explanation } = assess([job, education, illness])
    expect(explanation.en).toContain('because of employment (T-EMP), education (T-EDU) and illness (T-ILL).')
    expect(explanation.da).toContain(
      'fordi beskæftigelse (T-EMP), uddannelse (T-EDU) og sygdom (T-ILL) forpligter.',
    )
  })

  it('T-EDU obligates: grounds that support, lack facts or are insufficient are not named', () => {
    const { outcome, explanation } = assess([
      other,
      { type: 'employment' },
      { type: 'loneliness' },
      education,
    ])
    expect(outcome).toBe('obligated')
    for (const text of [explanation.en, explanation.da]) {
      expect(text).toContain('(T-EDU)')
      for (const id of ['T-OTHER', 'T-EMP', 'T-LONELINESS', 'G-VOLUNTARY']) expect(text).not.toContain(id)
    }
    expect(explanation.en).toMatch(/^The receiving municipality is obliged to take over/)
    expect(explanation.da).toMatch(/^Tilflytningskommunen er forpligtet til at overtage/)
  })
})

describe('the outcome paragraph: individual assessment (T-* supports / needs information)', () => {
  it('T-OTHER supports alone: named as weighing for a takeover, nothing said to be missing', () => {
    const { outcome, explanation } = assess([{ type: 'loneliness' }, other])
    expect(outcome).toBe('individual_assessment')
    expect(explanation.en).toContain(
      'No circumstance obliges the municipality by itself, but other circumstance (T-OTHER) weighs for a takeover. The municipality must make an individual assessment.',
    )
    expect(explanation.da).toContain(
      'men andet forhold (T-OTHER) taler for overtagelse. Kommunen skal foretage',
    )
    expect(explanation.en).not.toContain('missing')
    expect(explanation.da).not.toContain('mangler')
    expect(explanation.en).not.toContain('T-LONELINESS')
  })

  it('T-OTHER and T-DISCRIMINATION support: both named, the verb in the plural', () => {
    const { explanation } = assess([other, discrimination])
    expect(explanation.en).toContain(
      'but other circumstance (T-OTHER) and harassment and discrimination (T-DISCRIMINATION) weigh for a takeover.',
    )
    expect(explanation.da).toContain(
      'men andet forhold (T-OTHER) og chikane og diskrimination (T-DISCRIMINATION) taler for overtagelse.',
    )
  })

  it('T-EMP lacks facts alone: only the missing information is named', () => {
    const { outcome, explanation } = assess([{ type: 'conflict' }, { type: 'employment' }])
    expect(outcome).toBe('individual_assessment')
    expect(explanation.en).toContain(
      'No circumstance obliges the municipality by itself, but information is missing on employment (T-EMP). The municipality',
    )
    expect(explanation.da).toContain('men der mangler oplysninger om beskæftigelse (T-EMP). Kommunen')
    expect(explanation.en).not.toContain('weigh')
    expect(explanation.da).not.toContain('taler for')
  })

  it('T-OTHER supports and T-EMP, T-THREAT lack facts: both parts, supports first', () => {
    const { explanation } = assess([
      { type: 'threats' },
      other,
      { type: 'loneliness' },
      { type: 'employment' },
    ])
    expect(explanation.en).toContain(
      'but other circumstance (T-OTHER) weighs for a takeover, and information is missing on threats (T-THREAT) and employment (T-EMP).',
    )
    expect(explanation.da).toContain(
      'men andet forhold (T-OTHER) taler for overtagelse, og der mangler oplysninger om trusler (T-THREAT) og beskæftigelse (T-EMP).',
    )
    expect(explanation.en).not.toContain('T-LONELINESS')
  })
})

describe('the outcome paragraph: not obligated (G-VOLUNTARY, G-PERIOD)', () => {
  it('G-VOLUNTARY: no ground weighs, the municipality may still take over', () => {
    const { outcome, explanation } = assess([{ type: 'loneliness' }, { type: 'larger_city' }])
    expect(outcome).toBe('not_obligated')
    expect(explanation.en).toMatch(/^None of the stated circumstances obliges .* \(G-VOLUNTARY\)\.$/)
    expect(explanation.da).toMatch(/^Ingen af de anførte forhold forpligter .* \(G-VOLUNTARY\)\.$/)
  })

  it('G-PERIOD: the period has ended, the paragraph says so with the date, even when T-EDU obligates', () => {
    const { outcome, explanation } = assess([education], { responsibilityDate: '2020-03-01' })
    expect(outcome).toBe('not_obligated')
    expect(explanation.en).toMatch(/^The integration period has ended: .*2025-03-01.*\(G-PERIOD\)\.$/)
    expect(explanation.da).toMatch(/^Integrationsperioden er udløbet: .*2025-03-01.*\(G-PERIOD\)\.$/)
    expect(explanation.en).not.toContain('T-EDU')
  })
})

describe("a ground's explanation: subject, facts, conclusion, missing facts, rule and sources", () => {
  it('T-EDU: facts joined by "; ", the conclusion, then the rule id with the statute and one practice source', () => {
    const { ground, en } = assess([education])
    const text = ground(0)
    expect(text.en).toMatch(/^Education: admitted to the education; place of education in municipality 101 /)
    expect(text.da).toMatch(/^Uddannelse: optaget på uddannelsen; uddannelsessted i kommune 101 /)
    expect(text.en).toContain('the receiving municipality must therefore take over.')
    // T-EDU has three legal sources; the explanation cites the first two, the answer lists all three.
    const cited =
      '(T-EDU; Integrationsloven § 18, stk. 2; Ankestyrelsens praksisundersøgelse om integrationsloven (2019), delundersøgelse 3)'
    expect(text.en.endsWith(cited)).toBe(true)
    expect(text.da.endsWith(cited)).toBe(true)
    expect(en.grounds[0]?.legalSources).toHaveLength(3)
    expect(text.en).not.toContain(en.grounds[0]!.legalSources[2]!.citation)
  })

  it('T-EMP without facts: just the subject, the conclusion and every missing fact with its pointer', () => {
    const text = assess([{ type: 'loneliness' }, { type: 'employment' }]).ground(1)
    expect(text.en).toMatch(/^Employment\. Information is missing to decide /)
    expect(text.da).toMatch(/^Beskæftigelse\. Der mangler oplysninger /)
    expect(text.en).toContain(
      ' Missing: workplace municipality (/grounds/1/workplaceMunicipality); one-way public-transport commute (/grounds/1/oneWayCommuteMinutes);',
    )
    expect(text.da).toContain(
      ' Mangler: arbejdsstedets kommune (/grounds/1/workplaceMunicipality); envejs transporttid med offentlig transport (/grounds/1/oneWayCommuteMinutes);',
    )
  })

  it('T-LONELINESS with nothing missing: the conclusion is followed by the rule id, no "Missing"', () => {
    const text = assess([{ type: 'loneliness' }]).ground(0)
    expect(text.en).toMatch(
      /^Loneliness\. Loneliness .*take over\. \(T-LONELINESS; Integrationsloven § 18, stk\. 2;/,
    )
    expect(text.da).toMatch(/^Ensomhed\. Ensomhed .*integrationsansvaret\. \(T-LONELINESS; Integrationsloven/)
    expect(text.en).not.toContain('Missing')
    expect(text.da).not.toContain('Mangler')
  })
})

describe('wording a finding the rule has no message for', () => {
  it('is a programming error naming the rule id and the code', () => {
    const evaluation = evaluateTakeover({ toMunicipality: '101', grounds: [{ type: 'loneliness' }] }, OPTIONS)
    const broken = {
      ...evaluation,
      outcomeFindings: [{ ruleId: 'G-VOLUNTARY', code: 'no_such_message' }],
    }
    expect(() => renderTakeoverAssessment(broken, 'en')).toThrow(
      'Rule G-VOLUNTARY has no message no_such_message',
    )
  })
})

describe('the outcome findings an application stores (the evaluation in no language)', () => {
  const findings = (grounds: TakeoverGround[]) =>
    evaluateTakeover({ toMunicipality: '101', grounds }, OPTIONS).outcomeFindings
  it('T-EDU obligates: only the obligating ground is named, by its index', () => {
    expect(findings([other, { type: 'employment' }, { type: 'loneliness' }, education])).toEqual([
      { ruleId: 'T-EDU', code: 'label', values: { index: 3 } },
    ])
  })
  it('T-OTHER supports and T-EMP lacks facts: both named, the insufficient T-LONELINESS not', () => {
    expect(findings([{ type: 'loneliness' }, other, { type: 'employment' }])).toEqual([
      { ruleId: 'T-OTHER', code: 'label', values: { index: 1 } },
      { ruleId: 'T-EMP', code: 'label', values: { index: 2 } },
    ])
  })
  it('G-VOLUNTARY words the outcome when nothing weighs', () => {
    expect(findings([{ type: 'loneliness' }])).toEqual([
      { ruleId: 'G-VOLUNTARY', code: 'outcome_not_obligated' },
    ])
  })
})
