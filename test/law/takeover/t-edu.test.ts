/** T-EDU (rules.md § 2): the input it refuses. */
import { describe, expect, it } from 'vitest'
import { rejected } from './rejected.ts'

describe('T-EDU', () => {
  it('an unknown institution code is invalid, at its own pointer', () => {
    expect(rejected({ type: 'education', admitted: true, institutionMunicipality: '999' })).toMatchObject({
      kind: 'invalid',
      pointer: '/grounds/0/institutionMunicipality',
      message: 'Unknown municipality code 999',
    })
  })
})
