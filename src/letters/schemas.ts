import { Type } from 'typebox'
import { LETTER_STATUSES, SECTION_IDS } from './model.ts'
import { LETTER_MEDIA_TYPES } from './negotiate.ts'

const closed = { additionalProperties: false } as const

const LetterSectionSchema = Type.Object(
  {
    id: Type.Enum(SECTION_IDS),
    heading: Type.String(),
    paragraphs: Type.Array(Type.String()),
  },
  closed,
)

const DecisionLetterSchema = Type.Object(
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
