/**
 * `node scripts/letter-examples.ts`: renders the README's decision-letter examples into docs/letters/
 * (Danish, the approved application of bench/letter-application.ts): the JSON model, the HTML page, the
 * PDF and the Word file, and a PNG of each one's first page: the PDF through pdftoppm, the Word file
 * through LibreOffice (headless, to PDF) and pdftoppm, the HTML page through headless Chromium.
 * Needs poppler-utils, LibreOffice and Chromium (Debian packages, installed by .ci/run).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { appWithDecidedApplication, LETTER_AUTH } from '../bench/letter-application.ts'
import { LETTER_MEDIA_TYPES, type LetterFormat } from '../src/letters/negotiate.ts'

const OUT = fileURLToPath(new URL('../docs/letters/', import.meta.url))
const EXTENSIONS: Record<LetterFormat, string> = { json: 'json', html: 'html', pdf: 'pdf', docx: 'docx' }
const DPI = '50'

const { app, id } = await appWithDecidedApplication()
const files = {} as Record<LetterFormat, string>
for (const format of Object.keys(EXTENSIONS) as LetterFormat[]) {
  const res = await app.inject({
    method: 'GET',
    url: `/v1/takeover-applications/${id}/decision-letter`,
    headers: { ...LETTER_AUTH, accept: LETTER_MEDIA_TYPES[format] },
  })
  if (res.statusCode !== 200) throw new Error(`${format}: ${res.statusCode} ${res.body}`)
  files[format] = join(OUT, `example.${EXTENSIONS[format]}`)
  const body = format === 'json' ? `${JSON.stringify(res.json(), null, 2)}\n` : res.rawPayload
  writeFileSync(files[format], body)
}
await app.close()

const firstPage = (pdf: string, name: string) =>
  execFileSync('pdftoppm', ['-png', '-r', DPI, '-f', '1', '-l', '1', '-singlefile', pdf, join(OUT, name)])
firstPage(files.pdf, 'example-pdf')

const work = mkdtempSync(join(tmpdir(), 'letter-examples-'))
try {
  execFileSync('soffice', [
    `-env:UserInstallation=file://${work}/profile`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    work,
    files.docx,
  ])
  firstPage(join(work, 'example.pdf'), 'example-docx')
  execFileSync('/usr/bin/chromium', [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${work}/chromium`,
    '--window-size=800,1000',
    '--hide-scrollbars',
    `--screenshot=${join(OUT, 'example-html.png')}`,
    `file://${files.html}`,
  ])
} finally {
  rmSync(work, { recursive: true, force: true })
}
console.log(`written to ${OUT}`)
