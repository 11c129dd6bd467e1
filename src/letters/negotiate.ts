/**
 * Content negotiation for the letter (RFC 9110 § 12.5.1): the most specific matching media range
 * decides each format's quality; the highest quality wins, ties go to the order below (JSON first).
 * No Accept header means JSON; an Accept that allows none of them is a 406.
 */
export const LETTER_MEDIA_TYPES = {
  json: 'application/json',
  html: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const
export type LetterFormat = keyof typeof LETTER_MEDIA_TYPES

interface MediaRange {
  type: string
  subtype: string
  quality: number
}

function parseAccept(accept: string): MediaRange[] {
  return accept
    .split(',')
    .map((part) => {
      const [range = '', ...params] = part.trim().toLowerCase().split(';')
      const [type = '', subtype = ''] = range.trim().split('/')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const quality = q ? Number(q.slice(2)) : 1
      return { type, subtype, quality: Number.isFinite(quality) ? quality : 0 }
    })
    .filter((r) => r.type !== '' && r.subtype !== '')
}

/** 2 for an exact match, 1 for type/*, 0 for * /*, -1 for none. */
function specificity(range: MediaRange, media: string): number {
  const [type, subtype] = media.split('/')
  if (range.type === type && range.subtype === subtype) return 2
  if (range.type === type && range.subtype === '*') return 1
  if (range.type === '*' && range.subtype === '*') return 0
  return -1
}

export function negotiateLetterFormat(accept: string | undefined): LetterFormat | undefined {
  if (!accept?.trim()) return 'json'
  const ranges = parseAccept(accept)
  let best: { format: LetterFormat; quality: number } | undefined
  for (const [format, media] of Object.entries(LETTER_MEDIA_TYPES) as [LetterFormat, string][]) {
    let match: { specificity: number; quality: number } | undefined
    for (const range of ranges) {
      const s = specificity(range, media)
      if (s >= 0 && (!match || s > match.specificity)) match = { specificity: s, quality: range.quality }
    }
    if (match && match.quality > 0 && (!best || match.quality > best.quality))
      best = { format, quality: match.quality }
  }
  return best?.format
}
