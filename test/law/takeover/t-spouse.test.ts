/** T-SPOUSE (rules.md § 2): a spouse not covered by the programme; the input it refuses. */
import { describe, expect, it } from 'vitest'
import { rejected } from './rejected.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'

describe('T-SPOUSE', () => {
  it("an unknown code of the spouse's municipality is invalid, at its own pointer", () => {
    expect(
      rejected({ type: 'spouse', spouseCoveredByProgramme: false, spouseMunicipality: '999' }),
    ).toMatchObject({ kind: 'invalid', pointer: '/grounds/0/spouseMunicipality' })
  })
})

describe('T-SPOUSE: its definition', () => {
  it('T-SPOUSE: cites the sources rules.md § 2 names for it', () => {
    expectSourcesOfRulesMd('T-SPOUSE')
  })
})
