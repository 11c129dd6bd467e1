/** Shared by the three renderers. */
import { redactCpr } from '../http/logging.ts'

/** Paragraphs the service marks as its own interpretation are set apart (italic) in every format. */
export function isInterpretation(paragraph: string): boolean {
  return paragraph.startsWith('Fortolkning:') || paragraph.startsWith('Interpretation:')
}

/** A file name from the case reference: letters, digits, dot, dash and underscore only. */
export function letterFileName(externalReference: string, extension: string): string {
  const safe = redactCpr(externalReference)
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .slice(0, 80)
  return `decision-letter-${safe}.${extension}`
}
