/**
 * The legal sources of the § 18 rules checked against the domain brief (rules.md § 2, read through
 * test/law/rules-md.ts): a T-* rule cites exactly the act and the seeds and decisions its row of the
 * table names, a G-* rule at least what its line of the general rules names. Each rule's test file calls
 * `expectSourcesOfRulesMd` for its rule.
 */
import { expect } from 'vitest'
import { TAKEOVER_RULES } from '../../../src/law/takeover/index.ts'
import { citationsNamed, sourceInRulesMd } from '../rules-md.ts'

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
