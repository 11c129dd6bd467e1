/**
 * G-PERIOD / H-PERIOD: the integration period lasts 5 years from the responsibility date; the person
 * moves freely from the fifth anniversary. Deliberately tiny and private to the § 18 module (the full
 * date module lives elsewhere): string arithmetic on YYYY-MM-DD, no time zones.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** True for a real calendar date written YYYY-MM-DD (2025-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/**
 * The fifth anniversary of `responsibilityDate` (`freeMovementFromDate`): same month and day five years
 * later. Rounding, stated as the style guide asks: 29 February → 28 February when the anniversary year
 * has no 29 February (always the case five years after a leap year).
 */
export function freeMovementFromDate(responsibilityDate: string): string {
  const match = ISO_DATE.exec(responsibilityDate)
  if (!match || !isIsoDate(responsibilityDate)) throw new RangeError(`Not a date: ${responsibilityDate}`)
  const year = Number(match[1]) + 5
  const month = Number(match[2])
  const day = Math.min(Number(match[3]), daysInMonth(year, month))
  return `${String(year).padStart(4, '0')}-${match[2]}-${String(day).padStart(2, '0')}`
}

/** G-PERIOD: has the integration period ended on `asOf` (free movement from the anniversary itself)? */
export function integrationPeriodEnded(responsibilityDate: string, asOf: string): boolean {
  return asOf >= freeMovementFromDate(responsibilityDate)
}
