/**
 * The letter as a standalone HTML page: `lang`, one h1 and an h2 per section in the model's order,
 * no script at all, and one inline stylesheet allowed by its hash in a strict Content-Security-Policy.
 */
import { createHash } from 'node:crypto'
import type { DecisionLetter } from './model.ts'
import { isInterpretation } from './render-common.ts'

const STYLE = [
  'body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111}',
  '.draft{border:2px solid #b00020;color:#b00020;font-weight:bold;padding:.5rem .75rem}',
  'h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem}',
  '.interpretation{font-style:italic}',
].join('')

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64')

/** Nothing may load or run: only the page's own stylesheet, by its hash. */
export const HTML_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${STYLE_HASH}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!)

function paragraph(text: string): string {
  return isInterpretation(text)
    ? `<p class="interpretation">${escapeHtml(text)}</p>`
    : `<p>${escapeHtml(text)}</p>`
}

export function renderHtml(letter: DecisionLetter): string {
  const [head, ...rest] = letter.sections
  const draft = letter.sections.find((s) => s.id === 'draft-notice')
  const body = [
    `<p class="draft" role="note">${escapeHtml(draft?.heading ?? '')}</p>`,
    `<header id="heading"><h1>${escapeHtml(head!.heading)}</h1>${head!.paragraphs.map(paragraph).join('')}</header>`,
    ...rest.map(
      (s) =>
        `<section id="${s.id}"><h2>${escapeHtml(s.heading)}</h2>${s.paragraphs.map(paragraph).join('')}</section>`,
    ),
  ]
  return [
    '<!doctype html>',
    `<html lang="${letter.language}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(head!.heading)}</title>`,
    `<style>${STYLE}</style></head>`,
    `<body><main>${body.join('\n')}</main></body>`,
    '</html>',
    '',
  ].join('\n')
}
