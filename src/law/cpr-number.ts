/**
 * CPR numbers (rules.md § 6): `DDMMYY-SSSS`, hyphen optional. The first digit of the serial gives the
 * century together with the year; the last digit gives sex (even = female). Numbers without a valid
 * modulus-11 check digit have been issued since 2007, so the check is reported, never enforced.
 */

import { daysInMonth } from './dates.ts'

export interface CprNumber {
  /** The 10 digits without a hyphen: the input to the pseudonym, never stored or logged. */
  digits: string
  birthDate: string
  sex: 'female' | 'male'
  modulus11: boolean
}

export type CprResult = { ok: true; cpr: CprNumber } | { ok: false; reason: string }

const PATTERN = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/
const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]

/** Century by the serial's first digit and the two-digit year (CPR-kontoret's table). */
function century(serialFirst: number, yy: number): number {
  if (serialFirst <= 3) return 1900
  if (serialFirst === 4 || serialFirst === 9) return yy <= 36 ? 2000 : 1900
  return yy <= 57 ? 2000 : 1800 // 5–8
}

export function parseCpr(input: string): CprResult {
  const match = PATTERN.exec(input.trim())
  if (!match)
    return { ok: false, reason: 'A CPR number is 10 digits written DDMMYY-SSSS; the hyphen is optional.' }
  const [, dd, mm, yy, serial] = match as unknown as [string, string, string, string, string]
  const year = century(Number(serial[0]), Number(yy)) + Number(yy)
  const month = Number(mm)
  const day = Number(dd)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return {
      ok: false,
      reason: `The first six digits of the CPR number must be a date (DDMMYY), but day ${dd} of month ${mm} in ${year} does not exist.`,
    }
  }
  const digits = `${dd}${mm}${yy}${serial}`
  const weighted = [...digits].map((d, i) => Number(d) * WEIGHTS[i]!)
  // Stryker disable next-line ArithmeticOperator: equivalent because subtracting every term gives -sum, which 11 divides exactly when it divides sum
  const sum = weighted.reduce((acc, term) => acc + term, 0)
  return {
    ok: true,
    cpr: {
      digits,
      birthDate: `${year}-${mm}-${dd}`,
      sex: Number(serial[3]) % 2 === 0 ? 'female' : 'male',
      modulus11: sum % 11 === 0,
    },
  }
}
