import { describe, expect, it } from 'vitest'
import { DANSKBONUS_RULE_MODULES } from '../../../src/law/danskbonus/index.ts'
import { expectCitesRowSources, rulesMdRows } from '../rules-md.ts'
import { bothLanguages, ELIGIBLE } from './support.ts'

/** The B-* rows of rules.md § 7, by id: the sources each rule rests on. */
const SOURCES = new Map(rulesMdRows('B-').map((row) => [row.id, row.source]))

const modules = new Map<string, (typeof DANSKBONUS_RULE_MODULES)[number]>(
  DANSKBONUS_RULE_MODULES.map((m) => [m.definition.id, m]),
)

describe('the B-* rules of rules.md § 7', () => {
  it('every B-* rule of rules.md § 7 has its module, and only those', () => {
    expect([...modules.keys()].sort()).toEqual([...SOURCES.keys()].sort())
  })

  it.each([...SOURCES])('%s cites every source rules.md gives it (%s), each with a link', (id, source) => {
    expectCitesRowSources(id, source, modules.get(id)!.definition.legalSources)
  })

  it('B-COVERED, B-SELF-SUPPORTING, B-EXAM, B-ONCE, B-PROGRAMME: each condition answered cites its rule’s sources', () => {
    const { da, en } = bothLanguages(ELIGIBLE)
    for (const answer of [da, en]) {
      expect(answer.conditions.map((c) => c.ruleId)).toEqual([
        'B-COVERED',
        'B-SELF-SUPPORTING',
        'B-EXAM',
        'B-ONCE',
        'B-PROGRAMME',
      ])
      for (const c of answer.conditions)
        expect(c.legalSources, c.ruleId).toEqual(modules.get(c.ruleId)!.definition.legalSources)
    }
    const cited = (id: string) => modules.get(id)!.definition.legalSources.map((s) => s.citation)
    expect(cited('B-COVERED')).toEqual(['Integrationsloven § 22, stk. 1', 'Integrationsloven § 2, stk. 2-4'])
    expect(cited('B-SELF-SUPPORTING')).toEqual([
      'Integrationsloven § 22, stk. 1',
      'Lov om aktiv socialpolitik §§ 22-25',
    ])
  })
})
