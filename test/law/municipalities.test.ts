import { describe, expect, it } from 'vitest'
import { MUNICIPALITIES, municipalityName, normaliseMunicipalityCode } from '../../src/law/municipalities.ts'

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
    for (const code of ['00101', '0101 ', ' 0101', '01', '0', ''])
      expect(normaliseMunicipalityCode(code)).toBeUndefined()
  })
  it('names a municipality by its 3-digit code', () => {
    expect(municipalityName('101')).toBe('København')
    expect(municipalityName('851')).toBe('Aalborg')
    expect(municipalityName('999')).toBeUndefined()
  })
})
