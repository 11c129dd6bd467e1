/**
 * The Grafana dashboard (issue 19, item 4), read as Grafana's Infinity data source would use it: every
 * query URL in grafana/dashboards/*.json, with each value of the dashboard's variables, answers 200 on a
 * seeded server, with every column the query reads present in every row and of the type it declares.
 * (There is no Docker engine here: Grafana itself is not started; the files are checked as data.)
 */
import { readdir, readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/app.ts'
import { insertApplications, statisticsKey } from '../statistics/fixtures.ts'
import { DATA } from './data.ts'

const GRAFANA = new URL('../../grafana/', import.meta.url)
const INFINITY = 'yesoreyeram-infinity-datasource'

interface Column {
  selector: string
  text: string
  type: 'string' | 'number' | 'timestamp'
}
interface Target {
  refId: string
  datasource: { type: string; uid: string }
  type: string
  source: string
  parser: string
  url: string
  url_options: { method: string }
  root_selector: string
  columns: Column[]
}
interface Panel {
  title: string
  targets?: Target[]
  panels?: Panel[]
}
interface Variable {
  name: string
  options: { text: string; value: string }[]
}
interface Dashboard {
  uid: string
  panels: Panel[]
  templating: { list: Variable[] }
}

const dashboardFiles = (await readdir(new URL('dashboards/', GRAFANA))).filter((f) => f.endsWith('.json'))
const dashboards: [string, Dashboard][] = await Promise.all(
  dashboardFiles.map(async (f) => [
    f,
    JSON.parse(await readFile(new URL(`dashboards/${f}`, GRAFANA), 'utf8')),
  ]),
)
const datasourceYaml = await readFile(new URL('provisioning/datasources/ansvar.yaml', GRAFANA), 'utf8')

const targetsOf = (panels: Panel[]): [string, Target][] =>
  panels.flatMap((p) => [
    ...(p.targets ?? []).map((t): [string, Target] => [p.title, t]),
    ...targetsOf(p.panels ?? []),
  ])

/** Every URL Grafana can send for a target: each combination of the variables' values. */
function expand(url: string, variables: Variable[]): string[] {
  let urls = [
    url
      .replace(/\$\{__from:date:YYYY-MM-DD\}/g, '2024-01-01')
      .replace(/\$\{__to:date:YYYY-MM-DD\}/g, '2024-12-31'),
  ]
  for (const variable of variables) {
    const ref = `\${${variable.name}}`
    if (!urls[0]!.includes(ref)) continue
    urls = urls.flatMap((u) => variable.options.map((o) => u.replaceAll(ref, o.value)))
  }
  return urls
}

let t: TestApp
let national: { authorization: string }
beforeAll(async () => {
  t = await createTestApp()
  await insertApplications(t.app.database.db, DATA)
  national = await statisticsKey(t.app, null)
})
afterAll(async () => {
  await t?.close()
})

describe('the Grafana provisioning', () => {
  it('has a dashboard and the Infinity data source its queries name', () => {
    expect(dashboardFiles).toContain('ansvar-statistics.json')
    expect(datasourceYaml).toMatch(new RegExp(`^\\s+type: ${INFINITY}$`, 'm'))
    expect(datasourceYaml).toMatch(/^\s+uid: ansvar-statistics$/m)
    expect(datasourceYaml).toMatch(/^\s+auth_method: bearerToken$/m)
    expect(datasourceYaml).toMatch(/^\s+bearerToken: \$\{ANSVAR_STATISTICS_KEY\}$/m)
    for (const [file, dashboard] of dashboards) {
      const targets = targetsOf(dashboard.panels)
      expect(targets.length, file).toBeGreaterThan(0)
      for (const [panel, target] of targets) {
        expect(target.datasource, `${file}: ${panel}`).toEqual({ type: INFINITY, uid: 'ansvar-statistics' })
        expect(target, `${file}: ${panel}`).toMatchObject({
          type: 'json',
          source: 'url',
          parser: 'backend',
          root_selector: 'data',
          url_options: { method: 'GET' },
        })
        expect(target.url, `${file}: ${panel}`).toMatch(/^\/v1\/statistics\/[a-z-]+\?/)
      }
    }
  })

  it('offers every municipality the API knows in the municipality variable', async () => {
    const known = (await t.app.inject({ method: 'GET', url: '/v1/municipalities', headers: national })).json()
    for (const [, dashboard] of dashboards) {
      const variable = dashboard.templating.list.find((v) => v.name === 'municipality')!
      const values = variable.options.map((o) => o.value)
      expect(values).toEqual([
        'format=json',
        ...known.data.map((m: { code: string }) => `toMunicipality=${m.code}`),
      ])
    }
  })

  it('every query URL answers 200 with the columns it uses, for each value of the variables', async () => {
    const municipalityKey = await statisticsKey(t.app, '147')
    let checked = 0
    for (const [file, dashboard] of dashboards) {
      // Two municipalities (all, and the seeded one) of the 99 values: the rest differ only in the code.
      const variables = dashboard.templating.list.map((v) =>
        v.name === 'municipality'
          ? {
              ...v,
              options: v.options.filter((o) => ['format=json', 'toMunicipality=147'].includes(o.value)),
            }
          : v,
      )
      for (const [panel, target] of targetsOf(dashboard.panels)) {
        for (const url of expand(target.url, variables)) {
          expect(url, `${file}: ${panel}: a variable the test does not know`).not.toContain('$')
          for (const headers of [national, municipalityKey]) {
            const res = await t.app.inject({ method: 'GET', url, headers })
            expect(res.statusCode, `${panel}: GET ${url} → ${res.body}`).toBe(200)
            const rows = res.json()[target.root_selector] as Record<string, unknown>[]
            expect(rows.length, `${panel}: GET ${url}`).toBeGreaterThan(0)
            for (const row of rows) {
              for (const column of target.columns) {
                expect(row, `${panel}: ${column.selector} in GET ${url}`).toHaveProperty(column.selector)
                const value = row[column.selector]
                if (column.type === 'timestamp') expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/)
                if (column.type === 'string') expect(typeof value).toBe('string')
                if (column.type === 'number') expect(value === null || typeof value === 'number').toBe(true)
              }
            }
            checked++
          }
        }
      }
    }
    // 7 panels; the period ones for each of 3 intervals; 2 municipalities; 2 keys.
    expect(checked).toBeGreaterThanOrEqual(40)
  })
})
