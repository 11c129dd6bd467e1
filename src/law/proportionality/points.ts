/**
 * Signed percentage points, e.g. "−25" / "+50" / "0" (a true minus sign, as in Danish typesetting). The
 * same in both languages, so the law passes it to the messages as a value.
 */
export function points(value: number): string {
  if (value > 0) return `+${value}`
  if (value < 0) return `−${-value}`
  return '0'
}
