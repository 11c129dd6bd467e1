/** T-EDU (rules.md § 2): the input it refuses. */
import { describe, expect, it } from 'vitest'
import { takeoverRules } from '../../../src/law/takeover/index.ts'
import { rejected } from './rejected.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'

describe('T-EDU', () => {
  it('an unknown institution code is invalid, at its own pointer', () => {
    expect(rejected({ type: 'education', admitted: true, institutionMunicipality: '999' })).toMatchObject({
      kind: 'invalid',
      pointer: '/grounds/0/institutionMunicipality',
      message: 'Unknown municipality code 999',
    })
  })
})

describe('T-EDU: its definition', () => {
  it('T-EDU: cites the sources rules.md § 2 names for it', () => {
    expectSourcesOfRulesMd('T-EDU')
  })

  it('T-EDU: its interpretation parameters, with the configured values', () => {
    const parameters = takeoverRules(75, 10).find((r) => r.id === 'T-EDU')?.parameters
    expect(parameters?.map((p) => [p.name, p.value])).toEqual([['reasonableOneWayCommuteMinutes', 75]])
  })
})
