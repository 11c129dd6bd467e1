import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { RULE_MODULES } from '../../../src/law/catalogue.ts'
import { COUNTING_MESSAGES } from '../../../src/law/duties/counting.ts'
import { D_MODULES, DUTY_DEADLINE_IDS, DUTY_RULES } from '../../../src/law/duties/index.ts'
import {
  DEADLINE_RULE_IDS,
  H_MODULES,
  HANDOVER_RULES,
  RESPONSIBILITY_RULE_IDS,
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
