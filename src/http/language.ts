import type { FastifyRequest } from 'fastify'
import type { Language } from '../law/rule-definition.ts'

/**
 * Explanations are Danish by default (the caseworker's decision letter); English when the client's
 * Accept-Language prefers English over Danish (RFC 9110 quality values).
 */
export function languageOf(request: FastifyRequest): Language {
  const header = request.headers['accept-language']
  if (!header) return 'da'
  let best: { language: Language; quality: number } = { language: 'da', quality: 0 }
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const quality = q ? Number(q.slice(2)) : 1
    const language = tag.startsWith('en') ? 'en' : tag.startsWith('da') ? 'da' : undefined
    if (language && Number.isFinite(quality) && quality > best.quality) best = { language, quality }
  }
  return best.language
}

export const ACCEPT_LANGUAGE_DESCRIPTION =
  'Explanations are in Danish by default; send `Accept-Language: en` for English.'
