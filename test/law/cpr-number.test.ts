import { describe, expect, it } from 'vitest'
import { parseCpr } from '../../src/law/cpr-number.ts'

describe('CPR numbers (rules.md § 6)', () => {
  it.each([
    ['010190-1234', '1990-01-01'], // serial 1xxx → 1900s
    ['0101901234', '1990-01-01'], // hyphen optional
    ['010136-4000', '2036-01-01'], // serial 4, yy ≤ 36 → 2000s
    ['010137-4000', '1937-01-01'], // serial 4, yy ≥ 37 → 1900s
    ['010157-5000', '2057-01-01'], // serial 5–8, yy ≤ 57 → 2000s
    ['010158-8000', '1858-01-01'], // serial 5–8, yy ≥ 58 → 1800s
    ['010105-9000', '2005-01-01'], // serial 9, yy ≤ 36 → 2000s
    ['010137-9000', '1937-01-01'], // serial 9, yy ≥ 37 → 1900s
    ['010190-3000', '1990-01-01'], // serial 3 (the last of 0–3) → 1900s
    ['311290-1234', '1990-12-31'], // December and the 31st are dates
    [' 010190-1234 ', '1990-01-01'], // surrounding spaces are trimmed
    ['290200-4000', '2000-02-29'], // leap day in a leap year of the 2000s
  ])('reads the century rule: %s → born %s', (input, birthDate) => {
    const result = parseCpr(input)
    expect(result.ok && result.cpr.birthDate).toBe(birthDate)
  })

  it('accepts numbers that fail the modulus-11 check (issued since 2007) and reports it', () => {
    const result = parseCpr('010190-1234')
    expect(result.ok).toBe(true)
    expect(result.ok && result.cpr.modulus11).toBe(false)
    const valid = parseCpr('070761-4285') // 4·0+3·7+2·0+7·7+6·6+5·1+4·4+3·2+2·8+1·5 = 154 = 14·11
    expect(valid.ok && valid.cpr.modulus11).toBe(true)
  })

  it('gives sex by the last digit (even = female)', () => {
    const female = parseCpr('010190-1234')
    expect(female.ok && female.cpr.sex).toBe('female')
    const male = parseCpr('010190-1235')
    expect(male.ok && male.cpr.sex).toBe('male')
  })

  it('returns the ten digits without the hyphen', () => {
    const result = parseCpr('010190-1234')
    expect(result.ok && result.cpr.digits).toBe('0101901234')
  })

  it('says why a number is rejected: the shape, or the date that does not exist', () => {
    expect(parseCpr('01019-1234')).toEqual({
      ok: false,
      reason: 'A CPR number is 10 digits written DDMMYY-SSSS; the hyphen is optional.',
    })
    expect(parseCpr('300290-1234')).toEqual({
      ok: false,
      reason:
        'The first six digits of the CPR number must be a date (DDMMYY), but day 30 of month 02 in 1990 does not exist.',
    })
  })

  it.each([
    ['000190-1234', 'day 00'],
    ['010090-1234', 'month 00'],
    ['011390-1234', 'month 13'],
    ['320190-1234', 'day 32'],
  ])('rejects %s: no %s', (input, what) => {
    const result = parseCpr(input)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toContain(what)
  })

  it.each(['3201901234', '0113901234', '290201-1234', '01019-1234', 'abcdefghij', '010190–1234'])(
    'rejects %s',
    (input) => {
      expect(parseCpr(input).ok).toBe(false)
    },
  )

  it.each([
    ['x010190-1234', 'text before it'],
    ['1010190-1234', 'an eleventh digit before it'],
    ['010190-12345', 'an eleventh digit after it'],
    ['010190-1234x', 'text after it'],
    ['010190-1', 'a serial of one digit'],
    ['0101901', 'seven digits'],
    ['10190-1234', 'a day of one digit'],
    ['0190-1234', 'eight digits'],
  ])('rejects %s (%s): a CPR number is exactly 10 digits', (input) => {
    expect(parseCpr(input)).toEqual({
      ok: false,
      reason: 'A CPR number is 10 digits written DDMMYY-SSSS; the hyphen is optional.',
    })
  })

  it('rejects 29 February in a year that is not a leap year by the century rule (1900)', () => {
    expect(parseCpr('290200-1234').ok).toBe(false) // serial 1 → 1900, not a leap year
  })
})
