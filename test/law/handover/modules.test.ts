import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { RULE_MODULES } from '../../../src/law/catalogue.ts'
import { COUNTING_MESSAGES } from '../../../src/law/duties/counting.ts'
import { D_MODULES, DUTY_DEADLINE_IDS, DUTY_RULES } from '../../../src/law/duties/index.ts'
import {
  computeHandoverDates,
  DEADLINE_RULE_IDS,
  evaluateHandoverDates,
  H_MODULES,
  HANDOVER_RULES,
  handoverRule,
  messageOf,
  RESPONSIBILITY_RULE_IDS,
  renderHandoverDates,
} from '../../../src/law/handover/index.ts'
import { HANDOVER_PHRASES } from '../../../src/law/handover/phrases.ts'
import { LOCALES } from '../../../src/law/rule-module.ts'

const modules = [...H_MODULES, ...D_MODULES]

describe('one module per H-* and D-* rule (issue 15, item 2)', () => {
  it('every id of the handover and duty catalogues has exactly one module, registered once in RULE_MODULES', () => {
    const ids = modules.map((m) => m.definition.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...HANDOVER_RULES, ...DUTY_RULES].map((r) => r.id).sort()).toEqual([...ids].sort())
    for (const id of ids) {
      expect(
        RULE_MODULES.filter((m) => m.definition.id === id),
        id,
      ).toHaveLength(1)
    }
  })

  it('the catalogues are the modules’ definitions, and the id unions come from the modules', () => {
    for (const rule of [...HANDOVER_RULES, ...DUTY_RULES]) {
      expect(modules.find((m) => m.definition.id === rule.id)?.definition).toBe(rule)
    }
    const known = new Set(modules.map((m) => m.definition.id))
    for (const id of [...RESPONSIBILITY_RULE_IDS, ...DEADLINE_RULE_IDS, ...DUTY_DEADLINE_IDS]) {
      expect(known.has(id), id).toBe(true)
    }
  })

  for (const module of modules) {
    const { id } = module.definition
    it(`${id}: an evaluator, and every message in Danish and English as valid ICU MessageFormat`, () => {
      expect(typeof module.evaluate).toBe('function')
      const messages = Object.entries(module.messages as Record<string, { da: string; en: string }>)
      expect(messages.length).toBeGreaterThan(0)
      for (const [code, message] of messages) {
        for (const language of ['da', 'en'] as const) {
          expect(message[language].trim(), `${id} ${code} ${language}`).not.toBe('')
          expect(() => new IntlMessageFormat(message[language], LOCALES[language])).not.toThrow()
        }
      }
    })
  }

  it('the shared phrases are valid ICU MessageFormat in both languages too', () => {
    for (const message of Object.values({ ...HANDOVER_PHRASES, ...COUNTING_MESSAGES })) {
      expect(() => new IntlMessageFormat(message.da, LOCALES.da)).not.toThrow()
      expect(() => new IntlMessageFormat(message.en, LOCALES.en)).not.toThrow()
    }
  })
})

describe('H-REF and H-UKR answers are language-neutral findings, rendered at the edge (issue 15, item 3)', () => {
  const facts = { category: 'refugee' as const, visitationDecisionDate: '2025-01-15' }

  it('H-REF: the explanation is rule ids, codes and values; Danish and English come from the same findings', () => {
    const findings = evaluateHandoverDates(facts, { asOf: '2025-07-01' })
    for (const step of findings.explanation) {
      expect(Object.keys(step).every((k) => ['ruleId', 'code', 'values', 'lists'].includes(k))).toBe(true)
    }
    expect(findings.explanation.some((s) => s.ruleId === 'H-REF' && s.code === 'rolledForward')).toBe(true)
    const da = renderHandoverDates(findings, 'da')
    const en = renderHandoverDates(findings, 'en')
    // 1 March 2025 is a Saturday: the list of days passed over is joined the language's way.
    expect(da.explanation).toContain(
      'H-REF: 1. marts 2025 er en lørdag og 2. marts 2025 er en søndag, så ansvaret overgår den næste hverdag, mandag den 3. marts 2025.',
    )
    expect(en.explanation).toContain(
      'H-REF: 1 March 2025 is a Saturday and 2 March 2025 is a Sunday, so responsibility passes on the next weekday, Monday 3 March 2025.',
    )
    expect(computeHandoverDates(facts, { language: 'da', asOf: '2025-07-01' })).toEqual(da)
  })

  it('H-UKR: the helligdage a count passed over are named in each language', () => {
    const ukr = { category: 'ukrainian_displaced' as const, visitationDecisionDate: '2025-04-10' }
    const findings = evaluateHandoverDates(ukr, { asOf: '2025-07-01' })
    const [da, en] = (['da', 'en'] as const).map((l) =>
      renderHandoverDates(findings, l).explanation.join('\n'),
    )
    expect(da).toContain(
      'helligdage sprunget over: skærtorsdag 17. april 2025, langfredag 18. april 2025 og 2. påskedag 21. april 2025',
    )
    expect(en).toContain(
      'helligdage passed over: Maundy Thursday 17 April 2025, Good Friday 18 April 2025 and Easter Monday 21 April 2025',
    )
  })
})

describe('the renderer and the catalogue refuse what they do not know', () => {
  it('a step whose rule has no such message, and no shared phrase of that code, is an error naming both', () => {
    expect(() => messageOf({ ruleId: 'H-REF', code: 'noSuchCode' })).toThrow(
      new Error('no message noSuchCode for rule H-REF'),
    )
  })

  it('an id that is no H-* or D-* rule is an error naming it', () => {
    expect(handoverRule('H-UKR').id).toBe('H-UKR')
    expect(() => handoverRule('X-NONE')).toThrow(new Error('unknown duty rule X-NONE'))
  })
})
