import { Type } from 'typebox'
import { LETTER_STATUSES, SECTION_IDS } from './model.ts'
import { LETTER_MEDIA_TYPES } from './negotiate.ts'

const closed = { additionalProperties: false } as const

export const LetterSectionSchema = Type.Object(
  {
    id: Type.Enum(SECTION_IDS),
    heading: Type.String(),
    paragraphs: Type.Array(Type.String()),
  },
  closed,
)

export const DecisionLetterSchema = Type.Object(
  {
    language: Type.Enum(['da', 'en']),
    status: Type.Enum(LETTER_STATUSES),
    sections: Type.Array(LetterSectionSchema, {
      description:
        'Always the eight sections, in this order: heading, decision, facts, rules, reasons, consequences, appeal, draft-notice',
    }),
  },
  {
    title: 'DecisionLetter',
    ...closed,
    description: 'A draft decision letter (afgørelse) for the caseworker to check and edit',
  },
)

/** A rendered letter is tens of kilobytes; the bound is generous (the shared default fits short strings). */
const MAX_DOCUMENT_BYTES = 5_000_000
const binary = (description: string) => ({
  schema: Type.String({ format: 'binary', maxLength: MAX_DOCUMENT_BYTES, description }),
})

/** The 200 answer in each negotiated media type (the same letter model rendered four ways). */
export const LetterResponse = {
  description: 'The letter, in the media type chosen by `Accept`',
<<<<<<< HEAD
  headers: {
    'Content-Language': { description: 'da or en', schema: { type: 'string', enum: ['da', 'en'] } },
    'Content-Disposition': {
      description: 'PDF and Word: `inline` with a file name made from the case reference',
      schema: { type: 'string' },
    },
    Vary: {
      description: 'Accept, Accept-Language: the answer depends on both',
      schema: { type: 'string' },
    },
    'Content-Security-Policy': {
      description: "HTML: `default-src 'none'` and the page's one stylesheet by its hash; no script may run",
      schema: { type: 'string' },
    },
    'Cache-Control': {
      description: 'private, no-store: the letter holds personal data',
      schema: { type: 'string' },
    },
  },
=======
>>>>>>> bc64ed3 (Conformance after the rebase onto decision letters: DecisionLetter named; the letter's headers (Content-Language, Content-Disposition, Cache-Control, Vary) declared through responseHeaders (they were schema-in-schema, which Redocly and openapi-typescript refuse); only JSON bodies need a name)
  content: {
    [LETTER_MEDIA_TYPES.json]: { schema: DecisionLetterSchema },
    [LETTER_MEDIA_TYPES.html]: {
      schema: Type.String({
        description:
          'A standalone page: lang, h1 and h2 per section, no script, a strict Content-Security-Policy',
      }),
    },
    [LETTER_MEDIA_TYPES.pdf]: binary('A4 PDF with embedded DejaVu Sans'),
    [LETTER_MEDIA_TYPES.docx]: binary('Word document (Office Open XML)'),
  },
}
