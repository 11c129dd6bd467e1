import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import {
  applicationWith,
  CPR_SHAPES,
  docxText,
  getLetter,
  MEDIA,
  normalise,
  OUTCOMES,
  type Outcome,
  pdfText,
  QUIET_LOAD_SHEDDING,
} from './fixtures.ts'

interface Letter {
  language: string
  status: string
  sections: { id: string; heading: string; paragraphs: string[] }[]
}

let t: TestApp
const ids = {} as Record<Outcome, string>
beforeAll(async () => {
  t = await createTestApp(QUIET_LOAD_SHEDDING)
  for (const outcome of OUTCOMES) ids[outcome] = await applicationWith(t.app, outcome)
})
afterAll(() => t.close())

const LANGUAGES = ['da', 'en'] as const

/** The rule ids of the rules section and the citations each one lists ("T-EMP – title: a; b."). */
function citedRules(letter: Letter): { id: string; citations: string[] }[] {
  const rules = letter.sections.find((s) => s.id === 'rules')!
  return rules.paragraphs.slice(1).map((p) => {
    const [, id = '', citations = ''] = /^(\S+) – [^:]+: (.*)\.$/.exec(p) ?? []
    return { id, citations: citations.split('; ') }
  })
}

async function json(outcome: Outcome, language: string): Promise<Letter> {
  const res = await getLetter(t.app, ids[outcome], { accept: MEDIA.json, 'accept-language': language })
  expect(res.statusCode, res.body).toBe(200)
  return res.json()
}

describe.each(OUTCOMES)('decision letter: %s', (outcome) => {
  it.each(LANGUAGES)('JSON (%s): the eight sections in order, each with text; snapshot', async (language) => {
    const letter = await json(outcome, language)
    expect(letter.language).toBe(language)
    expect(letter.sections.map((s) => s.id)).toEqual([
      'heading',
      'decision',
      'facts',
      'rules',
      'reasons',
      'consequences',
      'appeal',
      'draft-notice',
    ])
    for (const section of letter.sections) expect(section.paragraphs.length, section.id).toBeGreaterThan(0)
    expect(citedRules(letter).length).toBeGreaterThan(0)
    expect(letter).toMatchSnapshot()
  })

  it.each(LANGUAGES)(
    'PDF (%s): pdftotext finds every section, every paragraph and each rule id with its citations',
    async (language) => {
      const letter = await json(outcome, language)
      const res = await getLetter(t.app, ids[outcome], { accept: MEDIA.pdf, 'accept-language': language })
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-type']).toBe(MEDIA.pdf)
      expect(res.headers['content-language']).toBe(language)
      const text = normalise(pdfText(res.rawPayload))
      expectWholeLetter(text, letter)
    },
  )

  it.each(LANGUAGES)(
    'Word (%s): the document text holds every section, paragraph and rule citation',
    async (language) => {
      const letter = await json(outcome, language)
      const res = await getLetter(t.app, ids[outcome], { accept: MEDIA.docx, 'accept-language': language })
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-type']).toBe(MEDIA.docx)
      expectWholeLetter(normalise(await docxText(res.rawPayload)), letter)
    },
  )

  it.each(LANGUAGES)(
    'HTML (%s): lang, h1 then the h2 headings in order, no script, a strict CSP',
    async (language) => {
      const letter = await json(outcome, language)
      const res = await getLetter(t.app, ids[outcome], { accept: MEDIA.html, 'accept-language': language })
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
      const html = res.body
      expect(html).toMatch(new RegExp(`<html lang="${language}">`))
      const headings = [...html.matchAll(/<(h[12])>([^<]*)<\/h[12]>/g)].map(
        ([, level, text]) => `${level} ${text}`,
      )
      const unescapeHtml = (s: string) =>
        s
          .replace(/&#39;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&')
      expect(headings.map(unescapeHtml)).toEqual([
        `h1 ${letter.sections[0]!.heading}`,
        ...letter.sections.slice(1).map((s) => `h2 ${s.heading}`),
      ])
      expect(html).not.toMatch(/<script|javascript:|\son[a-z]+=/i)
      const csp = String(res.headers['content-security-policy'])
      expect(csp).toContain("default-src 'none'")
      expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/)
      expect(csp).not.toContain('unsafe-inline')
      expect(csp).not.toContain('script-src')
    },
  )

  it('no CPR number in any format, header or language (the application was registered with one)', async () => {
    for (const language of LANGUAGES) {
      for (const media of Object.values(MEDIA)) {
        const res = await getLetter(t.app, ids[outcome], { accept: media, 'accept-language': language })
        expect(res.statusCode).toBe(200)
        const text =
          media === MEDIA.pdf
            ? pdfText(res.rawPayload)
            : media === MEDIA.docx
              ? await docxText(res.rawPayload)
              : res.body
        expect(text, `${media} ${language}`).not.toMatch(CPR_SHAPES)
        expect(JSON.stringify(res.headers)).not.toMatch(CPR_SHAPES)
      }
    }
  })
})

function expectWholeLetter(text: string, letter: Letter): void {
  for (const section of letter.sections) {
    expect(text, section.id).toContain(normalise(section.heading))
    for (const paragraph of section.paragraphs) expect(text, section.id).toContain(normalise(paragraph))
  }
  for (const rule of citedRules(letter)) {
    expect(text).toContain(rule.id)
    for (const citation of rule.citations) expect(text, rule.id).toContain(citation)
  }
}
