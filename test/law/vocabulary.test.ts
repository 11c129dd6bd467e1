/** The enumerations of the API contract (src/law/vocabulary.ts) that the law and the statistics share. */
import { describe, expect, it } from 'vitest'
import { GROUND_TYPES, SENSITIVE_GROUND_TYPES } from '../../src/law/vocabulary.ts'

describe('sensitive ground types (rules.md § 5: small counts on them are suppressed)', () => {
  it('are discrimination, health (illness), threats and the placement of an unaccompanied minor', () => {
    expect([...SENSITIVE_GROUND_TYPES].sort()).toEqual([
      'discrimination',
      'illness',
      'threats',
      'unaccompanied_minor_placement',
    ])
  })
  it('are ground types of the contract; employment, education and the other everyday grounds are not', () => {
    for (const ground of SENSITIVE_GROUND_TYPES) expect(GROUND_TYPES).toContain(ground)
    for (const ground of ['employment', 'education', 'spouse', 'larger_city', 'other'] as const)
      expect(SENSITIVE_GROUND_TYPES).not.toContain(ground)
  })
})
