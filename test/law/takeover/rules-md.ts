/**
 * The legal sources of the § 18 rules checked against the domain brief (rules.md § 2, a committed copy in
 * test/law/fixtures/rules-takeover.md): a T-* rule cites exactly the act and the seeds and decisions its
 * row of the table names, a G-* rule at least what its line of the general rules names. Each rule's test
 * file calls `expectSourcesOfRulesMd` for its rule.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { TAKEOVER_RULES } from '../../../src/law/takeover/index.ts'

const BRIEF = readFileSync(join(import.meta.dirname, '../fixtures/rules-takeover.md'), 'utf8')

/** The seeds as the brief's preamble describes them, by the citation the service gives each one. */
const SEEDS: Record<string, RegExp> = {
  '000': /^Københavns Kommune, svar om § 18 og LGBT\+-ansøgere \(2021\)$/,
  '001': /^Integrationsministeriets vejledning om introduktionsprogram \(2004\)$/,
  '003': /^Ankestyrelsens praksisundersøgelse om integrationsloven \(2019\)/,
  '004': /^Ankestyrelsens praksisnotat om overtagelse af integrationsansvar .*\(2022\)$/,
}

/** What the brief names as a rule's source: its row's last column, or its line of the general rules. */
export function sourceInRulesMd(id: string): string {
  const row = BRIEF.split('\n').find((line) => line.startsWith(`| ${id} |`))
  if (row) return row.split('|').at(-2)?.trim() ?? ''
  const general = BRIEF.match(new RegExp(`^- ${id}: ([\\s\\S]*?)(?=\\n- |\\n\\n|(?![\\s\\S]))`, 'm'))
  if (!general?.[1]) throw new Error(`${id} is not in rules.md § 2`)
  return general[1]
}

/** The citations a source text names: the Integration Act's sections, the seeds, AST's and SM decisions. */
function citationsNamed(source: string): RegExp[] {
  const sections = [...source.matchAll(/IL § (\d+)(?: stk\. (\d+))?/g)].map(
    ([, section, subsection]) =>
      new RegExp(`^Integrationsloven § ${section}${subsection ? `, stk\\. ${subsection}` : ''}$`),
  )
  // "seeds 003, 004 (…), 001 (…)": every three-digit number after "seed" or "seeds".
  const seedList = [...source.matchAll(/seeds? ((?:\d{3}(?: \([^)]*\))?(?:, )?)+)/g)]
  const seeds = seedList.flatMap(([, list]) => [
    ...(list ?? '').replace(/\([^)]*\)/g, '').matchAll(/\b(\d{3})\b/g),
  ])
  const decisions = [...source.matchAll(/\bdecision (I-\d-\d\d)\b|\((I-\d-\d\d)\)/g)].map(
    ([, a, b]) => new RegExp(`^Ankestyrelsens principafgørelse ${a ?? b} `),
  )
  return [
    ...sections,
    ...seeds.map(([, seed]) => SEEDS[seed ?? ''] ?? new RegExp(`seed ${seed} has no citation`)),
    ...decisions,
  ]
}

/**
 * `id` cites what rules.md § 2 names for it. A T-* rule (a row under the heading "IL § 18 stk. 2") cites
 * nothing else, except the SM decisions of the 2004 guide (seed 001) that its row names as places in it.
 */
export function expectSourcesOfRulesMd(id: string): void {
  const rule = TAKEOVER_RULES.find((r) => r.id === id)
  expect(rule, `${id} in the catalogue`).toBeDefined()
  const cited = (rule?.legalSources ?? []).map((source) => source.citation)
  const source = sourceInRulesMd(id)
  const named = citationsNamed(id.startsWith('T-') ? `IL § 18 stk. 2; ${source}` : source)
  for (const citation of named) {
    expect(
      cited.some((c) => citation.test(c)),
      `${id} cites ${citation} (rules.md: ${source})`,
    ).toBe(true)
  }
  if (!id.startsWith('T-')) return
  for (const citation of cited) {
    const sm = citation.match(/^Sociale Meddelelser (SM \d-\d-\d\d) /)
    const inRow = sm ? source.includes(sm[1] ?? '') : named.some((n) => n.test(citation))
    expect(inRow, `${id} cites ${citation}, which its row of rules.md does not name (${source})`).toBe(true)
  }
}
