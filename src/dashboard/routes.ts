import { readFileSync } from 'node:fs'
import type { FastifyInstance } from 'fastify'

/**
 * The statistics dashboard page (issue 19): static HTML, one JS module, its texts and Chart.js's
 * own dist file, all served from this server (no CDN). The page is not part of the API: its routes
 * are hidden from the OpenAPI document. It calls the public statistics endpoints with the key the
 * user enters, like any other client.
 */
const PUBLIC = new URL('./public/', import.meta.url)
/** Chart.js's UMD bundle (window.Chart, @kurkle/color included), next to its ESM entry point. */
const CHART_JS = new URL('./chart.umd.min.js', import.meta.resolve('chart.js'))

/**
 * Stricter than the API's policy: no inline script or style, no eval, nothing from another origin;
 * the CSV export is a blob: download.
 */
const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

const ASSETS: [path: string, file: URL, type: string][] = [
  ['/dashboard', new URL('index.html', PUBLIC), 'text/html; charset=utf-8'],
  ['/dashboard/dashboard.js', new URL('dashboard.js', PUBLIC), 'text/javascript; charset=utf-8'],
  ['/dashboard/dashboard.css', new URL('dashboard.css', PUBLIC), 'text/css; charset=utf-8'],
  ['/dashboard/texts.json', new URL('texts.json', PUBLIC), 'application/json; charset=utf-8'],
  ['/dashboard/chart.umd.min.js', CHART_JS, 'text/javascript; charset=utf-8'],
]

export async function dashboardRoutes(app: FastifyInstance): Promise<void> {
  for (const [path, file, type] of ASSETS) {
    // Read once at start: a handful of small files, and a missing one fails the start, not a request.
    const body = readFileSync(file)
    app.get(path, { schema: { hide: true } }, async (_request, reply) =>
      reply
        .type(type)
        .header('content-security-policy', DASHBOARD_CSP)
        // The page changes with a deployment only; revalidate rather than serve a stale module.
        .header('cache-control', 'no-cache')
        .send(body),
    )
  }
}
