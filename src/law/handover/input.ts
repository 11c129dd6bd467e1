/**
 * Input checks shared by the handover functions. The HTTP schema already rejects malformed dates; these
 * checks keep the law functions safe when called from stored applications, and give every error a JSON
 * pointer and a reason (InvalidInput: invalid when missing, contradictory when facts conflict).
 */

import { InvalidInput } from '../../errors.ts'
import { isIsoDate } from '../dates.ts'

/** Joins a pointer prefix ('' or '/applicant') and a field path ('/cprRegistrationDate'). */
export function pointer(prefix: string | undefined, path: string): string {
  return `${prefix ?? ''}${path}`
}

/** Returns `value` if it is a calendar date YYYY-MM-DD, else a 400 at `at`. */
export function checkedDate(value: string, at: string): string {
  if (!isIsoDate(value)) {
    throw new InvalidInput(at, `${JSON.stringify(value)} is not a calendar date YYYY-MM-DD.`)
  }
  return value
}

/** Like checkedDate; undefined stays undefined. */
export function optionalDate(value: string | undefined, at: string): string | undefined {
  return value === undefined ? undefined : checkedDate(value, at)
}

export function requiredDate(value: string | undefined, at: string, why: string): string {
  if (value === undefined) throw new InvalidInput(at, why)
  return checkedDate(value, at)
}
