/** T-CONFLICT (rules.md § 2): problems with other refugees or municipal staff are insufficient. */
import { describe, expect, it } from 'vitest'
import { assessGround } from './one-ground.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'

describe('T-CONFLICT', () => {
  it('T-CONFLICT: insufficient whatever the description, saying why in both languages', () => {
    const result = assessGround({ type: 'conflict', description: 'Vil flytte til København' })
    expect(result).toMatchObject({ effect: 'insufficient', ruleId: 'T-CONFLICT', missing: [] })
    expect(result.outcome).toBe('not_obligated')
    expect(result.explanation.en).toMatch(/^Conflicts\b/)
    expect(result.explanation.en).toContain(
      'Problems with other refugees or municipal staff are not of substantial importance for integration',
    )
    expect(result.explanation.en).toContain('(T-CONFLICT;')
    expect(result.explanation.da).toMatch(/^Konflikter\b/)
    expect(result.explanation.da).toContain(
      'Problemer med andre flygtninge eller med kommunens medarbejdere har ikke væsentlig betydning for integrationsforløbet',
    )
    expect(result.explanation.da).toContain('(T-CONFLICT;')
  })

  it('T-CONFLICT: cites the sources rules.md § 2 names for it', () => {
    expectSourcesOfRulesMd('T-CONFLICT')
  })
})
