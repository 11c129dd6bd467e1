import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { ApplicationContext } from '../applications/service.ts'
import { principalOf } from '../http/auth.ts'
import { HttpProblem } from '../http/problem.ts'
import { IsoDate, municipalityCodeSchema } from '../http/schemas.ts'
import { ProblemSchema } from '../http/swagger.ts'
import { todayInDenmark } from '../law/dates.ts'
import { DUTY_DEADLINE_IDS } from '../law/duties/index.ts'
import { normaliseMunicipalityCode } from '../law/municipalities.ts'
import { statisticsAnswer } from '../statistics/answer.ts'
import { INTERVALS } from '../statistics/model.ts'
import { resolveScope } from '../statistics/request.ts'
import { assertWithinRowLimit, MAX_SQL_ROWS } from '../statistics/row-limit.ts'
import { count, number, StatisticsFormat, statisticsMetaSchema } from '../statistics/schemas.ts'
import {
  COMPLIANCE_GROUP_BY,
  COMPLIANCE_MEASURES,
  type ComplianceGroupBy,
  complianceRows,
} from './compliance.ts'
import { allDeadlines } from './worklist.ts'

const DIMENSION = `(${COMPLIANCE_GROUP_BY.join('|')})`

const Query = Type.Object(
  {
    from: Type.Optional(
      Type.String({ ...IsoDate, description: 'First due date included; widened to its month' }),
    ),
    to: Type.Optional(
      Type.String({
        ...IsoDate,
        description: "Last due date included; widened to its month (default today's)",
      }),
    ),
    interval: Type.Optional(
      Type.Enum(INTERVALS, { description: 'Period length when grouping by period (default year)' }),
    ),
    groupBy: Type.Optional(
      Type.String({
        pattern: `^(${DIMENSION}(,${DIMENSION})*)?$`,
        description:
          'Comma list of period, deadline, toMunicipality; default `period,deadline`; empty = one row',
        examples: ['period,deadline,toMunicipality'],
      }),
    ),
    deadline: Type.Optional(Type.Enum(DUTY_DEADLINE_IDS, { description: 'Only this deadline' })),
    toMunicipality: Type.Optional(municipalityCodeSchema('Only this receiving municipality')),
    scope: Type.Optional(
      Type.Enum(['own', 'national'], {
        description:
          'As the other statistics: `own` (municipality keys, default) or `national` (every small count suppressed)',
      }),
    ),
    format: Type.Optional(StatisticsFormat),
  },
  { additionalProperties: false },
)

const Row = Type.Object(
  {
    period: Type.Optional(Type.String({ description: 'Period of the due date: 2025, 2025-Q3 or 2025-07' })),
    deadline: Type.Optional(Type.Enum(DUTY_DEADLINE_IDS)),
    toMunicipality: Type.Optional(Type.String({ description: 'Receiving municipality code' })),
    periodStart: Type.Optional(IsoDate),
    periodEnd: Type.Optional(IsoDate),
    due: Type.Optional(count('Deadlines falling due in the period')),
    metOnTime: Type.Optional(count('Met on or before the due date')),
    metLate: Type.Optional(count('Met after the due date')),
    open: Type.Optional(count('Not met, not yet due')),
    overdue: Type.Optional(count('Not met, past the due date')),
    shareOnTime: Type.Optional(
      number('metOnTime / (due − open): of the deadlines met or passed, the share met on time'),
    ),
    suppressed: Type.Optional(
      Type.Array(Type.String(), { description: "The row's suppressed fields; empty when none" }),
    ),
  },
  {
    title: 'DeadlineComplianceRow',
    additionalProperties: false,
    description:
      'The grouped dimensions, then every field (all always present; optional only to keep the CSV column order)',
  },
)

const invalid = (pointer: string, message: string) =>
  new HttpProblem(400, `The request querystring is invalid: ${pointer} ${message}`, {
    slug: 'validation',
    errors: [{ pointer, message, in: 'querystring' }],
  })

export const complianceRoutes: FastifyPluginAsyncTypebox<ApplicationContext> = async (app, context) => {
  app.get(
    '/v1/statistics/deadline-compliance',
    {
      config: { scopes: ['statistics:read'] },
      schema: {
        tags: ['Statistics'],
        operationId: 'getDeadlineComplianceStatistics',
        summary: 'Deadline compliance: due, met on time, met late, open, overdue, share on time',
        description: `The deadlines of approved takeovers (those of GET /v1/deadlines, without the D-UPSKILLING window) by the period of their due date, rule and receiving municipality, with their state today. Seed 002's five measures, one request each: contract within 1 month \`deadline=D-CONTRACT\`; follow-up within 3 months \`deadline=D-FOLLOW-UP\`; the contract holds an employment or education goal \`deadline=D-CONTRACT-GOAL\`; integration plan within 3 months (former IL § 15 a, no longer in the law; nearest today: the job/activity-ready assessment) \`deadline=D-VISITATION\`; health assessment offered \`deadline=D-HEALTH\` (today 6 months, IL § 15 d stk. 4) — each with \`groupBy=period&interval=quarter\` for half-yearly follow-up, or \`groupBy=period,deadline\` for all five at once. Scope and suppression as the other statistics: a municipality key sees the takeovers it receives (\`scope=own\`) or national figures with every count from 1 to threshold − 1 suppressed, with secondary suppression (due = metOnTime + metLate + open + overdue). Counts are exact in the own scope and perturbed by the cell key method (at most ±2) in national figures, as the other statistics. CSV with \`format=csv\` (\`suppressed\` joined by \`|\`) or \`format=csv-excel\` (Danish Excel).`,
        querystring: Query,
        responseHeaders: { 200: ['Cache-Control', 'Vary', 'x-statistics-suppressed', 'Content-Disposition'] },
        response: {
          200: {
            description: 'Flat rows (JSON) or the same columns as CSV',
            content: {
              'application/json': {
                schema: Type.Object(
                  {
                    data: Type.Array(Row, {
                      maxItems: MAX_SQL_ROWS,
                      description: `At most ${MAX_SQL_ROWS} rows; a query that would give more is a 422 problem`,
                    }),
                    meta: statisticsMetaSchema({
                      title: 'DeadlineComplianceMeta',
                      groupBy: COMPLIANCE_GROUP_BY,
                      suppression: Type.Enum(['none', 'all']),
                      additionalProperties: false,
                    }),
                  },
                  { additionalProperties: false, title: 'DeadlineComplianceStatistics' },
                ),
              },
              'text/csv': { schema: Type.String({ description: 'Header row, then one line per row' }) },
            },
          },
          // more rows than MAX_SQL_ROWS
          422: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const qs = request.query
      const scope = resolveScope(principalOf(request), qs.scope)
      const toMunicipality =
        qs.toMunicipality === undefined ? undefined : normaliseMunicipalityCode(qs.toMunicipality)
      if (toMunicipality === null) throw invalid('/toMunicipality', `is not one of the 98 municipality codes`)
      if (scope.scope === 'own' && toMunicipality && toMunicipality !== scope.municipality)
        throw new HttpProblem(
          403,
          `A key of municipality ${scope.municipality} sees the takeovers it receives; use scope=national.`,
          {
            slug: 'outside-municipality',
          },
        )
      const to = qs.to ?? todayInDenmark()
      if (qs.from !== undefined && qs.from > to) throw invalid('/from', `must not be after to (${to})`)
      const given = (qs.groupBy ?? 'period,deadline').split(',').filter(Boolean) as ComplianceGroupBy[]
      if (new Set(given).size !== given.length) throw invalid('/groupBy', 'names a dimension twice')
      const groupBy = COMPLIANCE_GROUP_BY.filter((d) => given.includes(d))
      const entries = await allDeadlines(context.db, scope.scope === 'own' ? scope.municipality : null)
      const threshold = context.config.statsSuppressionThreshold
      // As the other statistics: the own scope is the data owner's and exact; national figures are perturbed.
      const perturb = scope.scope === 'national' && context.config.statsPerturbation === 'cell-key'
      const query = {
        fromMonth: qs.from === undefined ? undefined : `${qs.from.slice(0, 7)}-01`,
        toMonth: `${to.slice(0, 7)}-01`,
        interval: qs.interval ?? 'year',
        groupBy,
        deadline: qs.deadline,
        toMunicipality,
      }
      const result = complianceRows(entries, query, { threshold, suppressAll: scope.suppressAll, perturb })
      assertWithinRowLimit(result.rows.length)
      const answer = statisticsAnswer({
        name: 'deadline-compliance',
        columns: [
          ...groupBy,
          'periodStart',
          'periodEnd',
          ...COMPLIANCE_MEASURES,
          'shareOnTime',
          'suppressed',
        ],
        rows: result.rows,
        meta: {
          suppressed: result.suppressed,
          threshold,
          suppression: scope.suppressAll ? 'all' : 'none',
          perturbation: perturb ? 'cell-key' : 'none',
          from: result.range.from,
          to: result.range.to,
          interval: query.interval,
          groupBy: [...groupBy],
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
