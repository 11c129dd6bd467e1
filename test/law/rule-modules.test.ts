/**
 * One place per rule (issue 15, item 2): every id of the rule catalogue (`GET /v1/rules`) has a module
 * in the registry (src/law/catalogue.ts) with an evaluator, its messages in Danish and English, and a
 * test named after it (a `describe`/`it`/`test` title, or a case `name` of an `it.each(…)('$name')`
 * table, in a test file under test/, read as text).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { RULE_MODULES } from '../../src/law/catalogue.ts'
import { LOCALES } from '../../src/law/rule-module.ts'
import { ruleCatalogue } from '../../src/rule-catalogue/routes.ts'

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(path)
    return entry.name.endsWith('.test.ts') ? [path] : []
  })
}

/** Every test title of the test sources, read as text. */
function testTitles(): string[] {
  const literal = String.raw`(['"\`])((?:\\.|(?!\1).)*)\1`
  const call = new RegExp(
    String.raw`\b(?:describe|it|test)(?:\.(?:only|concurrent|sequential))?\(\s*${literal}`,
    'g',
  )
  const each = new RegExp(String.raw`\b(?:describe|it|test)\.each\([\s\S]*?\)\(\s*${literal}`, 'g')
  const caseName = new RegExp(String.raw`\bname:\s*${literal}`, 'g')
  return testFiles(join(import.meta.dirname, '..')).flatMap((file) => {
    const source = readFileSync(file, 'utf8')
    const titles = [...source.matchAll(call), ...source.matchAll(each)].map((match) => match[2] ?? '')
    // A table of cases titled by their name: `it.each(cases)('$name', …)`.
    const named = /\.each\([^)]*\)\(\s*['"`]\$name/.test(source)
    return named ? [...titles, ...[...source.matchAll(caseName)].map((match) => match[2] ?? '')] : titles
  })
}

const titles = testTitles()
const namedIn = (id: string) =>
  titles.some((title) => new RegExp(`(?<![A-Z0-9-])${id}(?![A-Z0-9-])`).test(title))

const catalogueIds = [...new Set(ruleCatalogue(90).map((rule) => rule.id))]
const modules = new Map(RULE_MODULES.map((module) => [module.definition.id, module]))

describe('rule modules (issue 15, item 2)', () => {
  const ids = catalogueIds

  it('covers every area of the catalogue, and finds only tests that exist', () => {
    for (const area of ['T-', 'G-', 'H-', 'D-', 'P-', 'B-'])
      expect(ids.some((id) => id.startsWith(area))).toBe(true)
    expect(namedIn('T-EMP')).toBe(true)
    expect(namedIn('T-NO-SUCH-RULE')).toBe(false)
    expect(namedIn('T-EMP-PRACTIC')).toBe(false)
  })

  it.each(ids)(
    '%s: a module with an evaluator, messages in both languages and a test named after it',
    (id) => {
      const module = modules.get(id)
      expect(module, `${id} has no module in RULE_MODULES`).toBeDefined()
      expect(typeof module?.evaluate, `${id} has no evaluator`).toBe('function')
      const messages = Object.entries(module?.messages ?? {})
      expect(messages.length, `${id} has no messages`).toBeGreaterThan(0)
      for (const [code, message] of messages) {
        for (const language of ['da', 'en'] as const) {
          expect(message[language]?.trim(), `${id} ${code} has no ${language} wording`).toBeTruthy()
          // Each message is valid ICU MessageFormat in its language.
          expect(() => new IntlMessageFormat(message[language], LOCALES[language])).not.toThrow()
        }
        expect(Object.keys(message).sort(), `${id} ${code}: the same code in da and en`).toEqual(['da', 'en'])
      }
      expect(namedIn(id), `no test under test/ is named after ${id}`).toBe(true)
    },
  )

  // What `GET /v1/rules` serves and a decision letter cites: a rule's title and what it decides in
  // both languages (not the same words twice), at least one legal source with a citation a caseworker
  // can look up, and the date its legal basis came into force.
  it.each(ids)('%s: a title, what it decides and its legal sources, in Danish and English', (id) => {
    const definition = modules.get(id)?.definition
    expect(definition?.id).toBe(id)
    for (const text of [definition?.title, definition?.decides]) {
      expect(text?.da.trim(), `${id}: Danish wording`).toBeTruthy()
      expect(text?.en.trim(), `${id}: English wording`).toBeTruthy()
      expect(text?.da, `${id}: the Danish is not the English`).not.toBe(text?.en)
    }
    expect(definition?.legalSources.length, `${id}: no legal source`).toBeGreaterThan(0)
    for (const source of definition?.legalSources ?? []) {
      expect(source.citation.trim(), `${id}: a citation`).toBeTruthy()
      if (source.url !== undefined) expect(source.url).toMatch(/^https:\/\/[a-z.]+\/\S+$/)
    }
    expect(definition?.validFrom).toMatch(/^(19|20)\d\d-\d\d-\d\d$/)
    for (const parameter of definition?.parameters ?? []) {
      expect(parameter.name.trim(), `${id}: a parameter's name`).toBeTruthy()
      expect(parameter.description.trim(), `${id} ${parameter.name}: its description`).toBeTruthy()
    }
  })

  it('every module is a rule of the catalogue, once', () => {
    const ids = RULE_MODULES.map((module) => module.definition.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(catalogueIds).toContain(id)
  })
})
