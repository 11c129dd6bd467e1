/**
 * `node bench/letters.ts [iterations]`: the render time of the decision letter per format, on a decided
 * application (./letter-application.ts: in this process, in-memory PGlite, no port). The application is
 * read once, and then each format is rendered `iterations` times (default 300) after a warm-up, timing the
 * letter model plus the renderer (`composeLetter` + `renderHtml` / `renderPdf` / `renderDocx`), and
 * the whole GET through Fastify's inject for comparison. Prints a markdown table.
 */

import { cpus, loadavg } from 'node:os'
import { toApplication } from '../src/applications/mapper.ts'
import { findApplication } from '../src/applications/repository.ts'
import { composeLetter } from '../src/letters/compose.ts'
import { LETTER_MEDIA_TYPES, type LetterFormat } from '../src/letters/negotiate.ts'
import { renderDocx } from '../src/letters/render-docx.ts'
import { renderHtml } from '../src/letters/render-html.ts'
import { renderPdf } from '../src/letters/render-pdf.ts'
import { appWithDecidedApplication, LETTER_AUTH } from './letter-application.ts'

const iterations = Number(process.argv[2] ?? 300)
const WARMUP = 30

const { app, id } = await appWithDecidedApplication()
const config = app.config
const row = await findApplication(app.database.db, id, { municipalityCode: null })
const application = toApplication(row!, 'da', [])
const options = { reasonableOneWayCommuteMinutes: config.reasonableOneWayCommuteMinutes }

const RENDER: Record<LetterFormat, () => Promise<unknown>> = {
  json: async () => JSON.stringify(composeLetter(application, 'da', options)),
  html: async () => renderHtml(composeLetter(application, 'da', options)),
  pdf: () => renderPdf(composeLetter(application, 'da', options)),
  docx: () => renderDocx(composeLetter(application, 'da', options)),
}

interface Timing {
  p50: number
  p95: number
  /** CPU time of this process (user + system) per run, p50: less sensitive than wall time to other
   * processes competing for the shared cores, which stretch wall time but not the work done. */
  cpuP50: number
}

async function timings(run: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < WARMUP; i++) await run()
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < iterations; i++) {
    const start = performance.now()
    const cpuStart = process.cpuUsage()
    await run()
    const used = process.cpuUsage(cpuStart)
    wall.push(performance.now() - start)
    cpu.push((used.user + used.system) / 1000)
  }
  const at = (samples: number[], q: number) =>
    samples.sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(q * samples.length))]!
  return { p50: at(wall, 0.5), p95: at(wall, 0.95), cpuP50: at(cpu, 0.5) }
}

const rows: string[] = []
for (const format of Object.keys(RENDER) as LetterFormat[]) {
  const render = await timings(RENDER[format])
  let bytes = 0
  const route = await timings(async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/v1/takeover-applications/${id}/decision-letter`,
      headers: { ...LETTER_AUTH, accept: LETTER_MEDIA_TYPES[format] },
    })
    if (res.statusCode !== 200) throw new Error(`${format}: ${res.statusCode} ${res.body}`)
    bytes = res.rawPayload.length
  })
  const ms = (n: number) => n.toFixed(1)
  rows.push(
    `| ${format} | ${ms(render.p50)} | ${ms(render.p95)} | ${ms(render.cpuP50)} | ${ms(route.p50)} | ${ms(route.p95)} | ${bytes.toLocaleString('en')} |`,
  )
}
await app.close()
console.log(
  `Decision letter, approved application, Danish; ${iterations} renders per format after ${WARMUP} warm-up; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores.\n`,
)
console.log(
  '| format | render p50 (ms) | render p95 (ms) | render CPU p50 (ms) | GET p50 (ms) | GET p95 (ms) | bytes |',
)
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
console.log(rows.join('\n'))
