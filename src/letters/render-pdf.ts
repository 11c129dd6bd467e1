/**
 * The letter as PDF through pdfkit, with DejaVu Sans embedded (subset) so that æ, ø, å, § and the
 * dashes print and extract as text everywhere. Each render lays out one A4 document: the draft banner,
 * the title, then each section's heading and paragraphs.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { create, type Font } from 'fontkit'
import PDFDocument from 'pdfkit'
import type { DecisionLetter } from './model.ts'
import { isInterpretation } from './render-common.ts'

const require = createRequire(import.meta.url)
/**
 * The fonts are parsed once, by fontkit, and the parsed fonts are handed to every document (pdfkit
 * 0.20 takes a fontkit font wherever it takes a file): parsing the TrueType tables anew for each
 * document was three quarters of a render.
 */
const font = (file: string) =>
  create(
    readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)),
  ) as Font as unknown as PDFKit.Mixins.PDFFontSource
const FONTS = {
  regular: font('DejaVuSans.ttf'),
  bold: font('DejaVuSans-Bold.ttf'),
  italic: font('DejaVuSans-Oblique.ttf'),
}
const DRAFT_RED = '#b00020'
const MARGIN = 56

export function renderPdf(letter: DecisionLetter): Promise<Buffer> {
  const [head, ...rest] = letter.sections
  const draft = letter.sections.find((s) => s.id === 'draft-notice')
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    // The body font from the start, so that pdfkit does not load its default Helvetica for each document.
    font: FONTS.regular as unknown as string,
    lang: letter.language,
    info: { Title: head!.heading, Subject: draft?.heading ?? '', Creator: 'Ansvar' },
  })
  doc.registerFont('regular', FONTS.regular)
  doc.registerFont('bold', FONTS.bold)
  doc.registerFont('italic', FONTS.italic)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const write = writer(doc)
  write('bold', 11, draft?.heading ?? '', { paragraphGap: 10 }, DRAFT_RED)
  write('bold', 15, head!.heading, { paragraphGap: 8 })
  paragraphs(write, head!.paragraphs)
  for (const section of rest) {
    doc.moveDown(0.6)
    write('bold', 12, section.heading, { paragraphGap: 4 })
    paragraphs(write, section.paragraphs)
  }
  doc.end()
  return done
}

type FontName = keyof typeof FONTS
type Write = (
  font: FontName,
  size: number,
  text: string,
  options: PDFKit.Mixins.TextOptions,
  color?: string,
) => void

/**
 * Text in a font, size and colour, switching only when they change: pdfkit compares the fonts on
 * every switch (their name tables, as JSON), which cost as much as a fifth of a render.
 */
function writer(doc: PDFKit.PDFDocument): Write {
  let current = { font: '', size: 0, color: '' }
  return (font, size, text, options, color = 'black') => {
    if (font !== current.font) doc.font(font)
    if (size !== current.size) doc.fontSize(size)
    if (color !== current.color) doc.fillColor(color)
    current = { font, size, color }
    doc.text(text, options)
  }
}

function paragraphs(write: Write, texts: readonly string[]): void {
  for (const text of texts)
    write(isInterpretation(text) ? 'italic' : 'regular', 10, text, { paragraphGap: 4, lineGap: 1 })
}
