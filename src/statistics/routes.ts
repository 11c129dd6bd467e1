import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Kysely } from 'kysely'
import type { Config } from '../config.ts'
import type { Database } from '../db/schema.ts'
import { principalOf } from '../http/auth.ts'
import { ProblemSchema } from '../http/swagger.ts'
import { statisticsAnswer } from './answer.ts'
import { assemble } from './assemble.ts'
import { fillPeriods } from './periods.ts'
import { REPORTS, type ReportName, type Targets } from './reports.ts'
import { fetchBuckets } from './repository.ts'
import { lastDayOfMonth, querySensitive, resolveScope, toStatisticsQuery } from './request.ts'
import { responseSchemas, StatisticsQuerystring } from './schemas.ts'

export interface StatisticsOptions {
  /** The statistics database: STATS_DATABASE_URL (a read replica) or the main one. */
  db: Kysely<Database>
  config: Readonly<Config>
  /**
   * Runs before each query: on the main database, applies the queued changes to the cubes so that the
   * figures include every committed write. Absent on a replica, which cannot write (it lags by the
   * refresh interval plus replication).
   */
  beforeRead?: () => Promise<void>
}

const COMMON = `

**Dashboards.** GET only, a static URL and a bearer key: point Grafana's Infinity data source (type JSON, \
rows/root \`data\`, or type CSV with \`format=csv\`) or Power BI's web connector (From Web → Advanced, \
header \`Authorization: Bearer <key>\`) at this URL. Rows are flat and their columns stable: the grouped \
dimensions in the order period, toMunicipality, fromMunicipality, groundType, outcome, assessmentOutcome, \
category, then the measures. CSV (\`format=csv\` or \`Accept: text/csv\`) has exactly the JSON columns: period, periodStart, periodEnd, \
the other dimensions, the measures, suppressed.

**Periods.** \`from\`/\`to\` are widened to whole calendar months (\`from=2024-03-15&to=2024-03-16\` counts \
all of March), so that two overlapping requests cannot isolate single days; \`meta.from\`/\`meta.to\` state \
the effective range. \`interval\` sets the period length when grouping by \`period\` (labels 2024, 2024-Q1, \
2024-03); each row also carries \`periodStart\`/\`periodEnd\`, the days it covers (a first or last period the \
range only partly covers is clipped to it; without period grouping, the effective range). Every period of \
the range appears for every series, with zeros where nothing happened, unless suppression hides the cell.

**Suppressed or not applicable.** \`suppressed\` names the row's fields that are null because of \
suppression; a null field not named there is not applicable (e.g. approvalRate with nothing decided). \
CSV: the names joined by \`|\`. \`format=csv-excel\`: \`;\` separator, decimal comma, UTF-8 byte order mark \
(Danish Excel, LibreOffice).

**groundType.** Grouping by groundType counts an application once per ground type it cites, so the rows of \
one period can add up to more than its applications. Filtering by groundType keeps the applications \
citing it (and only that ground's row when also grouping by it).

**Small counts.** Counts from 1 to threshold − 1 (\`STATS_SUPPRESSION_THRESHOLD\`, default 5) are null on \
sensitive rows: rows of the sensitive ground types (discrimination, illness, threats, \
unaccompanied_minor_placement), every row when filtering on one of them or on lgbtqRelated, and every \
row of a municipality key reading \`scope=national\`. Further cells are suppressed (secondary \
suppression) so that no null can be recovered from totals or from the other rows; \`meta.suppressed\` \
counts them. Rates and medians of suppressed counts are null.

**Perturbation.** Figures answered to a national key or with \`scope=national\` are perturbed by the cell \
key method (each count by at most ±2, the same records always giving the same figure; zero stays zero), so \
that no two queries can be subtracted to reveal a small count; \`meta.perturbation\` says \`cell-key\`. A \
municipality's own scope is exact (\`none\`). Rows therefore need not add up exactly to their totals.

**Scope.** A municipality key sees by default (\`scope=own\`) the applications it receives or departs \
from, in detail; with \`scope=national\` all municipalities, every small count suppressed. A national key \
sees everything.`

const DOCS: Record<ReportName, { operationId: string; summary: string; description: string }> = {
  'takeover-applications': {
    operationId: 'getTakeoverApplicationStatistics',
    summary: '§ 18 applications: received, decided, approved, refused, distinct persons',
    description: `Applications by the date received (the period), with what became of them: decided (approved, \
refused), withdrawn, pending; distinct persons next to applications (a person who applied twice counts \
once, G-REPEAT); approvalRate = approved / decided. Approval rate per ground per year: \
\`groupBy=period,groundType\`. Seed 000's question "since June 2017: how many, approved, refused, how \
many citing LGBT+-related discrimination": \`from=2017-06-01&toMunicipality=101&groupBy=\` and the same \
with \`lgbtqRelated=true\`.${COMMON}`,
  },
  'processing-times': {
    operationId: 'getProcessingTimeStatistics',
    summary: 'Processing times: median, 90th percentile, share decided within target',
    description: `Decisions by the decision date: days from receipt to decision (median and 90th percentile, \
as PostgreSQL's percentile_cont), and how many were decided within the receiving municipality's \
processing target (D-PROCESSING, an interpretation: \`PROCESSING_TARGET_DAYS\`, default 30, per \
municipality \`PROCESSING_TARGET_DAYS_BY_MUNICIPALITY\`). The law sets no deadline.${COMMON}`,
  },
  appeals: {
    operationId: 'getAppealStatistics',
    summary: 'Appeals to Ankestyrelsen and their outcomes',
    description: `Appeals by the date lodged, with their outcome so far: upheld, changed, remitted, dismissed, or \
pending (seed 002). \`groupBy=period&interval=year\` gives appeals per year by outcome.${COMMON}`,
  },
  'benefit-reductions': {
    operationId: 'getBenefitReductionStatistics',
    summary: 'Benefit reductions after a refused takeover: how many, what size',
    description: `Benefit reductions (IL § 32) by their effective date: how many, distinct persons, average \
reduction and the number in each size band (0 %, 1–25 %, 26–50 %, 51–75 %, 76–99 %, stopped).${COMMON}`,
  },
}

/** GET /v1/statistics/… (issue 7). */
export const statisticsRoutes: FastifyPluginAsyncTypebox<StatisticsOptions> = async (
  app,
  { db, config, beforeRead },
) => {
  const targets: Targets = {
    of: (group) =>
      (group === '' ? undefined : config.processingTargetDaysByMunicipality[group]) ??
      config.processingTargetDays,
  }
  for (const [name, report] of Object.entries(REPORTS) as [ReportName, (typeof REPORTS)[ReportName]][]) {
    app.get(
      `/v1/statistics/${name}`,
      {
        config: { scopes: ['statistics:read'] },
        schema: {
          tags: ['Statistics'],
          ...DOCS[name],
          querystring: StatisticsQuerystring,
          response: {
            ...responseSchemas(name, report.columns),
            // more rows than MAX_SQL_ROWS (e.g. months back to 1900 for every municipality)
            422: ProblemSchema,
          },
          responseHeaders: {
            200: ['Cache-Control', 'Vary', 'x-statistics-suppressed', 'Content-Disposition'],
          },
        },
      },
      async (request, reply) => {
        const qs = request.query
        const scope = resolveScope(principalOf(request), qs.scope)
        const query = toStatisticsQuery(report.kind, qs, scope, config)
        await beforeRead?.()
        // The own scope is the data owner's: exact. Anything else is perturbed (issue 13 item 1).
        const perturb = scope.scope === 'national' && config.statsPerturbation === 'cell-key'
        const fetched = await fetchBuckets(db, query, { ...report.spec, keys: perturb })
        const { buckets, fromMonth } = fillPeriods(fetched.buckets, query)
        const range = { from: fromMonth ?? null, to: lastDayOfMonth(query.toMonth) }
        const threshold = config.statsSuppressionThreshold
        const result = assemble(report, buckets, query, {
          sensitiveEverywhere: querySensitive(query, scope),
          threshold,
          targets,
          perturb,
          range,
        })
        const answer = statisticsAnswer({
          name,
          columns: result.columns,
          rows: result.rows,
          meta: {
            suppressed: result.suppressed,
            threshold,
            suppression: scope.suppressAll ? 'all' : 'sensitive',
            perturbation: perturb ? 'cell-key' : 'none',
            from: range.from,
            to: range.to,
            interval: query.interval,
            groupBy: [...query.groupBy],
            scope: scope.scope,
            municipality: scope.municipality,
          },
          format: qs.format,
          accept: request.headers.accept,
        })
        return reply.headers(answer.headers).send(answer.body)
      },
    )
  }
}
