// The statistics dashboard (issue 19): one module, no build step. Chart.js (window.Chart) comes from
// /dashboard/chart.umd.min.js. Every value is written with textContent: nothing from the API or the
// key becomes markup. The key lives in this tab's sessionStorage only and is sent to this server only.

const KEY_STORAGE = 'ansvar.dashboard.key'
const COUNT_FREE = new Set([
  'approvalRate',
  'shareWithinTarget',
  'targetDays',
  'medianDays',
  'p90Days',
  'averagePercent',
])
const PERCENT = new Set(['approvalRate', 'shareWithinTarget'])

const SECTIONS = [
  {
    id: 'applications',
    report: 'takeover-applications',
    groupBy: 'period',
    type: 'bar',
    series: ['received', 'decided', 'approved'],
    columns: [
      'received',
      'decided',
      'approved',
      'refused',
      'withdrawn',
      'pending',
      'distinctPersons',
      'approvalRate',
    ],
  },
  {
    id: 'grounds',
    report: 'takeover-applications',
    groupBy: 'groundType',
    type: 'bar',
    horizontal: true,
    series: ['received', 'approved', 'refused'],
    columns: ['received', 'decided', 'approved', 'refused', 'approvalRate'],
  },
  {
    id: 'processing',
    report: 'processing-times',
    groupBy: 'period',
    type: 'bar',
    series: ['medianDays', 'p90Days'],
    line: 'targetDays',
    columns: ['decided', 'medianDays', 'p90Days', 'targetDays', 'withinTarget', 'shareWithinTarget'],
  },
  {
    id: 'appeals',
    report: 'appeals',
    groupBy: 'period',
    type: 'bar',
    stacked: true,
    series: ['upheld', 'changed', 'remitted', 'dismissed', 'pending'],
    columns: ['lodged', 'decided', 'upheld', 'changed', 'remitted', 'dismissed', 'pending'],
  },
  {
    id: 'reductions',
    report: 'benefit-reductions',
    groupBy: 'period',
    type: 'bar',
    stacked: true,
    series: ['percent0', 'percent1to25', 'percent26to50', 'percent51to75', 'percent76to99', 'percent100'],
    columns: [
      'count',
      'distinctPersons',
      'averagePercent',
      'percent0',
      'percent1to25',
      'percent26to50',
      'percent51to75',
      'percent76to99',
      'percent100',
    ],
  },
]

const TEXTS = await (await fetch('/dashboard/texts.json')).json()
const params = new URLSearchParams(location.search)
let lang = params.get('lang') === 'en' ? 'en' : 'da'
const t = (id) => TEXTS[lang][id] ?? TEXTS.da[id] ?? id
const $ = (id) => document.getElementById(id)
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props)
  node.append(...children)
  return node
}
const charts = new Map()
let threshold = 5
let lastResults = null

function applyTexts() {
  document.documentElement.lang = lang
  document.title = t('title')
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = t(node.dataset.t)
  $('note').textContent = t('suppressionNote').replaceAll('{threshold}', String(threshold))
  $('lang').value = lang
  showKeyState()
}

const getKey = () => sessionStorage.getItem(KEY_STORAGE)
function showKeyState() {
  const key = getKey()
  $('auth-state').textContent = key ? t('keySet') : t('noKey')
  $('forget').hidden = !key
}

async function api(path) {
  const response = await fetch(path, {
    headers: { authorization: `Bearer ${getKey()}`, accept: 'application/json' },
  })
  const body = await response.json().catch(() => null)
  if (!response.ok) {
    const error = new Error(body?.detail ?? body?.title ?? `HTTP ${response.status}`)
    error.status = response.status
    throw error
  }
  return body
}

function query(section) {
  const form = new FormData($('filters'))
  const qs = new URLSearchParams({ groupBy: section.groupBy })
  for (const name of ['from', 'to', 'interval', 'toMunicipality', 'scope']) {
    const value = form.get(name)
    if (value) qs.set(name, value)
  }
  return `/v1/statistics/${section.report}?${qs}`
}

/** What a cell shows: a number in the page's language, "< threshold" when suppressed, "–" when n/a. */
function cell(row, field) {
  const value = row[field]
  const suppressed = Array.isArray(row.suppressed)
    ? row.suppressed.includes(field)
    : value === null && !COUNT_FREE.has(field)
  if (suppressed) {
    return { state: 'suppressed', text: COUNT_FREE.has(field) ? t('hidden') : `< ${threshold}` }
  }
  if (value === null || value === undefined) return { state: 'na', text: '–' }
  const format = PERCENT.has(field)
    ? { style: 'percent', maximumFractionDigits: 1 }
    : { maximumFractionDigits: 1 }
  return {
    state: 'value',
    text: new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', format).format(value),
  }
}

/** A period label in the page's language: 2024, "1. kvt. 2024" / "Q1 2024", "mar. 2024" / "Mar 2024". */
function periodLabel(period) {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period)
  if (quarter) return t('quarterLabel').replace('{q}', quarter[2]).replace('{year}', quarter[1])
  const month = /^(\d{4})-(\d{2})$/.exec(period)
  if (!month) return period
  const format = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
  return format.format(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1))
}

const label = (section, row) =>
  section.groupBy === 'groundType' ? t(`ground.${row.groundType}`) : periodLabel(String(row.period))

function renderTable(section, body, container) {
  const columns = [section.groupBy, ...section.columns]
  const head = el('tr', {}, ...columns.map((c) => el('th', { scope: 'col', textContent: t(`col.${c}`) })))
  const rows = body.data.map((row) =>
    el(
      'tr',
      {},
      el('th', { scope: 'row', textContent: label(section, row) }),
      ...section.columns.map((field) => {
        const shown = cell(row, field)
        const td = el('td', { textContent: shown.text })
        td.dataset.field = field
        td.dataset.state = shown.state
        td.dataset.value = row[field] === null || row[field] === undefined ? '' : String(row[field])
        if (shown.state === 'suppressed') td.title = t('suppressedTitle')
        return td
      }),
    ),
  )
  container.replaceChildren(
    el(
      'table',
      {},
      el('caption', { textContent: t(`section.${section.id}`) }),
      el('thead', {}, head),
      el('tbody', {}, ...rows),
    ),
  )
  if (body.data.length === 0) container.append(el('p', { textContent: t('noRows') }))
}

function renderChart(section, body, canvas) {
  charts.get(section.id)?.destroy()
  const numbers = (field) => body.data.map((row) => (typeof row[field] === 'number' ? row[field] : null))
  const datasets = section.series.map((field) => ({ label: t(`col.${field}`), data: numbers(field) }))
  if (section.line) {
    datasets.push({
      type: 'line',
      label: t(`col.${section.line}`),
      data: numbers(section.line),
      borderDash: [6, 4],
      pointRadius: 3,
      fill: false,
    })
  }
  const axis = section.horizontal ? 'y' : 'x'
  charts.set(
    section.id,
    new window.Chart(canvas, {
      type: section.type,
      data: { labels: body.data.map((row) => label(section, row)), datasets },
      options: {
        indexAxis: axis,
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        locale: lang === 'da' ? 'da-DK' : 'en-GB',
        scales: {
          [axis]: { stacked: !!section.stacked },
          [axis === 'x' ? 'y' : 'x']: {
            stacked: !!section.stacked,
            beginAtZero: true,
            ticks: { precision: 0 },
          },
        },
        plugins: { legend: { position: 'bottom' } },
      },
    }),
  )
}

function csvOf(section, body) {
  const separator = lang === 'da' ? ';' : ','
  const quote = (s) => (/[";,\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s)
  const lines = [[section.groupBy, ...section.columns].map((c) => t(`col.${c}`))]
  for (const row of body.data) {
    lines.push([
      label(section, row),
      ...section.columns.map((field) => {
        const shown = cell(row, field)
        if (shown.state !== 'value') return shown.text === '–' ? '' : shown.text
        return lang === 'da' ? String(row[field]).replace('.', ',') : String(row[field])
      }),
    ])
  }
  return `\uFEFF${lines.map((l) => l.map(quote).join(separator)).join('\r\n')}\r\n`
}

function download(section) {
  const body = lastResults?.get(section.id)
  if (!body) return
  const url = URL.createObjectURL(new Blob([csvOf(section, body)], { type: 'text/csv;charset=utf-8' }))
  const link = el('a', { href: url, download: `ansvar-${section.id}.csv` })
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

function buildSections() {
  for (const chart of charts.values()) chart.destroy()
  charts.clear()
  $('sections').replaceChildren(
    ...SECTIONS.map((section) => {
      const heading = el('h2', { id: `h-${section.id}`, textContent: t(`section.${section.id}`) })
      const canvas = el('canvas', { role: 'img' })
      canvas.setAttribute('aria-label', `${t(`section.${section.id}`)}: ${t('chartAlt')}`)
      const chartBox = el('div', { className: 'chart', id: `chart-${section.id}` }, canvas)
      const tableBox = el('div', { className: 'table sr-only', id: `table-${section.id}` })
      const toggle = el('button', { type: 'button', textContent: t('showTable') })
      toggle.setAttribute('aria-pressed', 'false')
      toggle.setAttribute('aria-controls', tableBox.id)
      toggle.addEventListener('click', () => {
        const showTable = toggle.getAttribute('aria-pressed') !== 'true'
        toggle.setAttribute('aria-pressed', String(showTable))
        tableBox.classList.toggle('sr-only', !showTable)
        chartBox.hidden = showTable
      })
      const csv = el('button', { type: 'button', textContent: t('downloadCsv'), className: 'csv' })
      csv.addEventListener('click', () => download(section))
      const node = el(
        'section',
        { id: `section-${section.id}` },
        heading,
        el('p', { className: 'desc', textContent: t(`desc.${section.id}`) }),
        el('div', { className: 'views' }, toggle, csv),
        chartBox,
        el('p', { className: 'chart-note', id: `gaps-${section.id}` }),
        tableBox,
      )
      node.setAttribute('aria-labelledby', heading.id)
      return node
    }),
  )
}

/** Sections with their tables and charts, from the last answers (or empty before the first load). */
function renderAll() {
  buildSections()
  if (!lastResults) return
  for (const section of SECTIONS) {
    renderTable(section, lastResults.get(section.id), $(`table-${section.id}`))
    renderChart(section, lastResults.get(section.id), $(`chart-${section.id}`).querySelector('canvas'))
    // A suppressed value is a gap in the chart: say so beside it, not only in the table.
    const gaps = lastResults
      .get(section.id)
      .data.reduce(
        (n, row) => n + section.columns.filter((f) => cell(row, f).state === 'suppressed').length,
        0,
      )
    $(`gaps-${section.id}`).textContent =
      gaps === 0 ? '' : t('gaps').replaceAll('{n}', String(gaps)).replaceAll('{threshold}', String(threshold))
  }
}

async function load() {
  $('message').textContent = ''
  if (!getKey()) {
    $('message').textContent = t('needKey')
    return
  }
  const url = new URL(location.href)
  for (const [name, value] of new FormData($('filters'))) {
    if (value) url.searchParams.set(name, value)
    else url.searchParams.delete(name)
  }
  history.replaceState(null, '', url)
  document.body.setAttribute('aria-busy', 'true')
  try {
    const bodies = await Promise.all(SECTIONS.map((section) => api(query(section))))
    lastResults = new Map(SECTIONS.map((section, i) => [section.id, bodies[i]]))
    threshold = bodies[0].meta.threshold
    applyTexts()
    renderAll()
    document.body.dataset.loaded = 'true'
  } catch (error) {
    $('message').textContent =
      error.status === 401
        ? t('keyRejected')
        : error.status === 403
          ? t('keyForbidden')
          : `${t('failed')} ${error.message}`
  } finally {
    document.body.removeAttribute('aria-busy')
  }
}

async function loadMunicipalities() {
  try {
    const { data } = await api('/v1/municipalities')
    const select = $('toMunicipality')
    const chosen = params.get('toMunicipality') ?? select.value
    select.replaceChildren(
      select.options[0],
      ...data.map((m) => el('option', { value: m.code, textContent: `${m.code} ${m.name}` })),
    )
    select.value = chosen
  } catch {
    // The key is checked again (and the problem shown) when the statistics load.
  }
}

function initialFilters() {
  const year = new Date().getFullYear()
  $('from').value = params.get('from') ?? `${year - 2}-01-01`
  $('to').value = params.get('to') ?? new Date().toISOString().slice(0, 10)
  $('interval').value = params.get('interval') ?? 'quarter'
  $('scope').value = params.get('scope') ?? ''
  const municipality = params.get('toMunicipality')
  if (municipality)
    $('toMunicipality').append(el('option', { value: municipality, textContent: municipality }))
  $('toMunicipality').value = municipality ?? ''
}

$('authorize').addEventListener('click', () => $('auth-dialog').showModal())
$('auth-dialog').addEventListener('close', async () => {
  const input = $('key')
  if ($('auth-dialog').returnValue === 'ok' && input.value.trim()) {
    sessionStorage.setItem(KEY_STORAGE, input.value.trim())
    showKeyState()
    await loadMunicipalities()
    await load()
  }
  input.value = ''
})
$('forget').addEventListener('click', () => {
  sessionStorage.removeItem(KEY_STORAGE)
  showKeyState()
})
$('filters').addEventListener('submit', (event) => {
  event.preventDefault()
  load()
})
$('lang').addEventListener('change', () => {
  lang = $('lang').value
  const url = new URL(location.href)
  url.searchParams.set('lang', lang)
  history.replaceState(null, '', url)
  applyTexts()
  renderAll()
})

initialFilters()
applyTexts()
renderAll()
document.body.dataset.ready = 'true'
if (getKey()) await loadMunicipalities()
await load()
