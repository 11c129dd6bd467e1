/**
 * The letter as a Word document through `docx`: a title, a heading per section and the paragraphs,
 * marked Danish or English for spelling, in Arial (which carries æ, ø, å and § wherever Word runs).
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import type { DecisionLetter } from './model.ts'
import { isInterpretation } from './render-common.ts'

const LANGUAGE_TAGS = { da: 'da-DK', en: 'en-GB' } as const

export function renderDocx(letter: DecisionLetter): Promise<Buffer> {
  const [head, ...rest] = letter.sections
  const draft = letter.sections.find((s) => s.id === 'draft-notice')
  const language = { value: LANGUAGE_TAGS[letter.language] }
  const body = (text: string) =>
    new Paragraph({
      spacing: { after: 120 },
      children: [new TextRun({ text, italics: isInterpretation(text), language })],
    })
  const children = [
    new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: { after: 200 },
      children: [new TextRun({ text: draft?.heading ?? '', bold: true, color: 'B00020', language })],
    }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: head!.heading, language })],
    }),
    ...head!.paragraphs.map(body),
    ...rest.flatMap((section) => [
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun({ text: section.heading, language })],
      }),
      ...section.paragraphs.map(body),
    ]),
  ]
  const document = new Document({
    title: head!.heading,
    subject: draft?.heading ?? '',
    creator: 'Ansvar',
    styles: { default: { document: { run: { font: 'Arial', size: 21 } } } },
    sections: [{ children }],
  })
  return Packer.toBuffer(document)
}
