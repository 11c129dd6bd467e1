import { describe, expect, it } from 'vitest'
import { D_MODULES, DUTY_DEADLINE_IDS, dutyRule } from '../../../src/law/duties/index.ts'
import { expectCitesRowSources, rulesMdRows } from '../rules-md.ts'

/** The D-* rows of rules.md §§ 3 and 7, by id: what each rule says and its sources. */
const ROWS = new Map(rulesMdRows('D-').map((row) => [row.id, row]))

describe('the D-* rules by id', () => {
  it('D-MOVE-BACK and D-PROCESSING: dutyRule gives the definition with its legal sources', () => {
    expect(dutyRule('D-MOVE-BACK').legalSources.map((s) => s.citation)).toContain(
      'Integrationsloven § 32, stk. 2',
    )
    expect(dutyRule('D-PROCESSING')).toMatchObject({ id: 'D-PROCESSING' })
    for (const id of DUTY_DEADLINE_IDS) expect(dutyRule(id).id).toBe(id)
  })

  it('an id that is no D-* rule (H-REF, D-NOPE) is an error naming it', () => {
    expect(() => dutyRule('H-REF')).toThrow('unknown duty rule H-REF')
    expect(() => dutyRule('D-NOPE')).toThrow('unknown duty rule D-NOPE')
  })

  it('every D-* rule of rules.md §§ 3 and 7 has its module, and only those', () => {
    expect(D_MODULES.map((m) => m.definition.id).sort()).toEqual([...ROWS.keys()].sort())
  })

  it.each([...ROWS.keys()])('%s cites every source rules.md gives it, each with its link', (id) => {
    expectCitesRowSources(id, ROWS.get(id)!.source, dutyRule(id).legalSources)
  })

  it.each(
    [...ROWS].filter(
      ([, { rule }]) => rule.includes('**Interpretation**') || rule.includes('**interpretation**'),
    ),
  )('%s: rules.md marks it an interpretation, and so do its parameters', (id) => {
    const parameters = dutyRule(id).parameters ?? []
    expect(parameters.length).toBeGreaterThan(0)
    for (const parameter of parameters) expect(parameter.interpretation, parameter.name).toBe(true)
  })
})
