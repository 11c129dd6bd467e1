/** T-MINOR (rules.md § 2): the input it refuses. */
import { describe, expect, it } from 'vitest'
import { rejected } from './rejected.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'

describe('T-MINOR', () => {
  it('an unknown placement code is invalid, at its own pointer', () => {
    expect(rejected({ type: 'unaccompanied_minor_placement', placementMunicipality: '999' })).toMatchObject({
      kind: 'invalid',
      pointer: '/grounds/0/placementMunicipality',
    })
  })
})

describe('T-MINOR: its definition', () => {
  it('T-MINOR: cites the sources rules.md § 2 names for it', () => {
    expectSourcesOfRulesMd('T-MINOR')
  })
})
