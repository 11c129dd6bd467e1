import { describe, expect, it } from 'vitest'
import { MUNICIPALITIES, normaliseMunicipalityCode } from '../../src/law/municipalities.ts'

describe('municipalities (rules.md § 6)', () => {
  it('lists the 98 municipalities with unique 3-digit codes', () => {
    expect(MUNICIPALITIES).toHaveLength(98)
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(98)
  })
  it('accepts the 4-digit form 0101 for 101 and rejects unknown codes', () => {
    expect(normaliseMunicipalityCode('0101')).toBe('101')
    expect(normaliseMunicipalityCode('101')).toBe('101')
    expect(normaliseMunicipalityCode('100')).toBeUndefined()
    expect(normaliseMunicipalityCode('1010')).toBeUndefined()
  })
})
