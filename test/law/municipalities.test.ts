import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MUNICIPALITIES, municipalityName, normaliseMunicipalityCode } from '../../src/law/municipalities.ts'

/**
 * The official list (Danmarks Statistik), a committed copy of the project brief's municipalities.csv:
 * `code,name,region`, one municipality a line, no quoting.
 */
function officialList(): { code: string; name: string; region: string }[] {
  const [header, ...lines] = readFileSync(new URL('./fixtures/municipalities.csv', import.meta.url), 'utf8')
    .trimEnd()
    .split('\n')
  expect(header).toBe('code,name,region')
  return lines.map((line) => {
    const [code, name, region, ...rest] = line.split(',')
    expect(rest, line).toEqual([])
    return { code: code!, name: name!, region: region! }
  })
}

/**
 * The rows the migration seeds the `municipality` table with: its frozen copy, read as text (migrations
 * export only up and down, and import nothing of src/).
 */
function seededRows(): { code: string; name: string; region: string }[] {
  const source = readFileSync(
    new URL('../../migrations/20261123133000_create_municipality.ts', import.meta.url),
    'utf8',
  )
  return [...source.matchAll(/^ {2}\['(\d{3})', '([^']+)', '([^']+)'\],$/gm)].map(
    ([, code, name, region]) => ({
      code: code!,
      name: name!,
      region: region!,
    }),
  )
}

describe('municipalities (rules.md § 6)', () => {
  it('is the official list: every code, name and region, in its order', () => {
    const official = officialList()
    expect(official).toHaveLength(98)
    expect(MUNICIPALITIES.map(({ code, name, region }) => ({ code, name, region }))).toEqual(official)
  })
  it('agrees with the frozen copy the migration seeds the municipality table with', () => {
    expect(seededRows()).toEqual(MUNICIPALITIES.map(({ code, name, region }) => ({ code, name, region })))
  })
  it('lists the 98 municipalities with unique 3-digit codes and unique names, in the 5 regions', () => {
    expect(MUNICIPALITIES).toHaveLength(98)
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(98)
    expect(new Set(MUNICIPALITIES.map((m) => m.name)).size).toBe(98)
    for (const { code } of MUNICIPALITIES) expect(code).toMatch(/^[1-9][0-9]{2}$/)
    expect(new Set(MUNICIPALITIES.map((m) => m.region))).toEqual(
      new Set([
        'Region Hovedstaden',
        'Region Sjælland',
        'Region Syddanmark',
        'Region Midtjylland',
        'Region Nordjylland',
      ]),
    )
  })
  it('is frozen: the law cannot add or drop a municipality at run time', () => {
    expect(Object.isFrozen(MUNICIPALITIES)).toBe(true)
  })
  it('accepts the 4-digit form 0101 for 101 and rejects unknown codes', () => {
    expect(normaliseMunicipalityCode('0101')).toBe('101')
    expect(normaliseMunicipalityCode('101')).toBe('101')
    expect(normaliseMunicipalityCode('100')).toBeUndefined()
    expect(normaliseMunicipalityCode('1010')).toBeUndefined()
    for (const code of ['00101', '0101 ', ' 0101', '01', '0', ''])
      expect(normaliseMunicipalityCode(code)).toBeUndefined()
  })
  it('accepts every code of the official list, in both forms, and names it', () => {
    for (const { code, name } of officialList()) {
      expect(normaliseMunicipalityCode(code)).toBe(code)
      expect(normaliseMunicipalityCode(`0${code}`)).toBe(code)
      expect(municipalityName(code)).toBe(name)
    }
  })
  it('names a municipality by its 3-digit code', () => {
    expect(municipalityName('101')).toBe('København')
    expect(municipalityName('851')).toBe('Aalborg')
    expect(municipalityName('999')).toBeUndefined()
  })
})
