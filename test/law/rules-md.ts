/**
 * rules.md, the domain brief, from its committed copy (test/law/fixtures/rules.md; tests never read
 * ../shared): each rule's row of a table or line of the general rules, and the citations its source
 * column names, as patterns of the citations the catalogue gives (src/law/rule-definition.ts).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import type { LegalSource } from '../../src/law/rule-definition.ts'

const RULES_MD = readFileSync(join(import.meta.dirname, 'fixtures/rules.md'), 'utf8')

export interface RulesMdRow {
  id: string
  /** What the rule says (the middle column). */
  rule: string
  /** Its sources (the last column). */
  source: string
}

/** The rows `| id | rule | source |` of rules.md's tables whose id starts with `prefix` (T-, D-, B-). */
export function rulesMdRows(prefix: string): RulesMdRow[] {
  return [...RULES_MD.matchAll(/^\| ([A-Z]-[A-Z0-9-]+) \| (.+) \| (.+) \|$/gm)]
    .map(([, id, rule, source]) => ({ id: id!, rule: rule!, source: source! }))
    .filter((row) => row.id.startsWith(prefix))
}

/** What rules.md names as a rule's source: its row's last column, or its line of the general rules. */
export function sourceInRulesMd(id: string): string {
  const row = rulesMdRows(id).find((r) => r.id === id)
  if (row) return row.source
  const general = RULES_MD.match(new RegExp(`^- ${id}: ([\\s\\S]*?)(?=\\n- |\\n\\n|(?![\\s\\S]))`, 'm'))
  if (!general?.[1]) throw new Error(`${id} is not in rules.md`)
  return general[1]
}

/** The seeds as the catalogue cites them (rules.md's preamble names them). */
const SEEDS: Record<string, RegExp> = {
  '000': /^Københavns Kommune, svar om § 18 og LGBT\+-ansøgere \(2021\)$/,
  '001': /^Integrationsministeriets vejledning om introduktionsprogram \(2004\)$/,
  '002': /^Københavns Kommune, redegørelse om overholdelse af integrationsloven \(2015\)$/,
  '003': /^Ankestyrelsens praksisundersøgelse om integrationsloven \(2019\)/,
  // its practice note on takeovers and reductions, or its theme note's part on danskbonus
  '004':
    /^Ankestyrelsens (praksisnotat om overtagelse af integrationsansvar .*\(2022\)$|temanotat om integrationsloven \(2022\): )/,
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Every citation a text of rules.md names: the Integration Act's sections and subsections ("IL § 22
 * stk. 1, stk. 3" → two, "IL § 17 a"), the seeds ("seeds 003, 004 (…), 001 (…)"), Ankestyrelsen's
 * decisions ("decision I-4-03", "(I-2-00)"), acts ("lov nr. 1192 af 8. juni 2021"), a ministry's letter
 * ("… skrivelse nr. 9446 af 10. juni 2021") and Ankestyrelsen's news of a year.
 */
export function citationsNamed(text: string): RegExp[] {
  const sections = [...text.matchAll(/IL § (\d+(?: [a-z]\b)?)((?:,? stk\. \d+)*)/g)].flatMap(
    ([, section, subsections]) => {
      const stk = [...(subsections ?? '').matchAll(/stk\. (\d+)/g)].map(([, n]) => `, stk\\. ${n}`)
      return (stk.length > 0 ? stk : ['']).map((s) => new RegExp(`^Integrationsloven § ${section}${s}$`))
    },
  )
  // "seeds 003, 004 (…), 001 (…)": every three-digit number after "seed" or "seeds".
  const seeds = [...text.matchAll(/seeds? ((?:\d{3}(?: \([^)]*\))?(?:, )?)+)/g)].flatMap(([, list]) => [
    ...(list ?? '').replace(/\([^)]*\)/g, '').matchAll(/\b(\d{3})\b/g),
  ])
  const decisions = [...text.matchAll(/\bdecision (I-\d-\d\d)\b|\((I-\d-\d\d)\)/g)].map(
    ([, a, b]) => new RegExp(`^Ankestyrelsens principafgørelse ${a ?? b} `),
  )
  const acts = [...text.matchAll(/\blov nr\. (\d+) af (\d+\. \p{L}+ \d{4})/gu)].map(
    ([, number, date]) => new RegExp(`^Lov nr\\. ${number} af ${literal(date!)} `),
  )
  const letters = [...text.matchAll(/[^;]*skrivelse nr\. \d+ af \d+\. \p{L}+ \d{4}/gu)].map(
    ([letter]) => new RegExp(`^${literal(letter.trim())}$`),
  )
  const news = [...text.matchAll(/Ankestyrelsen's news of (\d{4})/g)].map(
    ([, year]) => new RegExp(`^Ankestyrelsen: .*\\(${year}\\)$`),
  )
  return [
    ...sections,
    ...seeds.map(([, seed]) => SEEDS[seed ?? ''] ?? new RegExp(`seed ${seed} has no citation`)),
    ...decisions,
    ...acts,
    ...letters,
    ...news,
  ]
}

/**
 * The citations of a row's source column, each part (between "; ") naming at least one: a part this
 * module does not understand is an error, not a source silently left unchecked.
 */
export function citationsOfSource(source: string): RegExp[] {
  return source.split('; ').flatMap((part) => {
    const named = citationsNamed(part)
    if (named.length === 0) throw new Error(`rules.md source not understood: ${part}`)
    return named
  })
}

/**
 * `legalSources` (of rule `id`) cite every source its row's `source` column names, and the Integration
 * Act with its consolidated text on retsinformation.dk.
 */
export function expectCitesRowSources(
  id: string,
  source: string,
  legalSources: readonly LegalSource[],
): void {
  for (const citation of citationsOfSource(source)) {
    expect(
      legalSources.map((s) => s.citation),
      `${id}: ${citation}`,
    ).toContainEqual(expect.stringMatching(citation))
  }
  for (const s of legalSources.filter((s) => s.citation.startsWith('Integrationsloven')))
    expect(s.url).toBe('https://www.retsinformation.dk/eli/lta/2023/1146')
}
