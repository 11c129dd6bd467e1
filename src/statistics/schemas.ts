import { type Static, type TSchema, type TUnsafe, Type } from 'typebox'
import { ApplicantCategory, municipalityCodeSchema } from '../http/schemas.ts'
import { ASSESSMENT_OUTCOMES, GROUND_TYPES } from '../law/vocabulary.ts'
import { GROUP_BY, INTERVALS } from './model.ts'
import { MAX_SQL_ROWS } from './row-limit.ts'

const date = (description: string) => Type.String({ format: 'date', description, examples: ['2017-06-01'] })
const municipality = (description: string) => municipalityCodeSchema(description)

/** The answer's format, shared by every statistics route (the deadline compliance too). */
export const StatisticsFormat = Type.Enum(['json', 'csv', 'csv-excel'], {
  description:
    'Response format; `Accept: text/csv` works as well. `csv-excel`: for Danish Excel and LibreOffice, `;` as separator, decimal comma, UTF-8 with a byte order mark',
})

export const StatisticsQuerystring = Type.Object(
  {
    from: Type.Optional(
      date('First day included; widened to the first day of its month. Omitted: from the first record.'),
    ),
    to: Type.Optional(
      date("Last day included; widened to the last day of its month. Omitted: today's month."),
    ),
    interval: Type.Optional(
      Type.Enum(INTERVALS, { description: 'Length of a period when grouping by period (default year)' }),
    ),
    groupBy: Type.Optional(
      Type.String({
        maxLength: 200,
        description: `Comma list of dimensions, each one of: ${GROUP_BY.join(', ')}; default \`period\`; empty = one row for the whole range. An unknown dimension is a 400 naming the allowed ones.`,
        examples: ['period,groundType'],
      }),
    ),
    toMunicipality: Type.Optional(municipality('Only this receiving municipality')),
    fromMunicipality: Type.Optional(municipality('Only this departure municipality')),
    groundType: Type.Optional(
      Type.Enum(GROUND_TYPES, { description: 'Only applications citing this ground' }),
    ),
    category: Type.Optional(ApplicantCategory),
    assessmentOutcome: Type.Optional(
      Type.Enum(ASSESSMENT_OUTCOMES, { description: 'Only applications with this § 18 assessment outcome' }),
    ),
    lgbtqRelated: Type.Optional(
      Type.Literal(true, {
        description:
          'Only applications citing discrimination with `lgbtqRelated: true` (seed 000: "how many cite LGBT+ discrimination"). Only `true` is accepted: a complement filter would let a suppressed count be recovered as total minus complement.',
      }),
    ),
    scope: Type.Optional(
      Type.Enum(['own', 'national'], {
        description:
          'Municipality keys: `own` (default) = applications the municipality receives or departs from, in detail; `national` = all municipalities, every count below the threshold suppressed. National keys: `national` only.',
      }),
    ),
    format: Type.Optional(StatisticsFormat),
  },
  { additionalProperties: false },
)
export type StatisticsQuerystring = Static<typeof StatisticsQuerystring>

/**
 * A nullable value as a type list (JSON Schema 2020-12, OpenAPI 3.1) rather than `anyOf` with null:
 * fast-json-stringify writes a type list directly, while for `anyOf` it validates every value against
 * each branch first — that was most of the time of a 9,496-row answer (bench/statistics.md, session 4).
 */
const nullable = <T>(type: 'integer' | 'number' | 'string', schema: Record<string, unknown>) =>
  Type.Unsafe<T | null>({ type: [type, 'null'], ...schema })
const DIMENSIONS = {
  period: Type.String({ description: 'Period label: 2024, 2024-Q1 or 2024-03', examples: ['2024'] }),
  periodStart: nullable<string>('string', {
    format: 'date',
    description:
      "First day the row covers: its period's first day, or the effective `from` when that is later (the first period of a range can be partial). Without groupBy=period: the effective `from` (null = from the first record).",
    examples: ['2024-01-01'],
  }),
  periodEnd: Type.String({
    format: 'date',
    description:
      "Last day the row covers: its period's last day, or the effective `to` when that is earlier. Without groupBy=period: the effective `to`.",
    examples: ['2024-12-31'],
  }),
  toMunicipality: Type.String({ description: 'Receiving municipality code', examples: ['101'] }),
  fromMunicipality: Type.String({ description: 'Departure municipality code', examples: ['773'] }),
  groundType: Type.Enum(GROUND_TYPES),
  outcome: Type.Enum(['approved', 'refused', 'withdrawn', 'pending'], {
    description: 'The decision, or withdrawn / pending (no decision yet)',
  }),
  assessmentOutcome: Type.Enum(ASSESSMENT_OUTCOMES),
  category: ApplicantCategory,
}

/** A count that suppression may publish as null. */
export const count = (description: string) =>
  nullable<number>('integer', { minimum: 0, description: `${description}; null = suppressed` })
export const number = (description: string) => nullable<number>('number', { description })

export const MEASURE_SCHEMAS: Record<string, TSchema> = {
  received: count('Applications received in the period'),
  decided: count('Of those, decided'),
  approved: count('Approved'),
  refused: count('Refused'),
  withdrawn: count('Withdrawn by the applicant'),
  pending: count('Not decided yet'),
  distinctPersons: count('Distinct persons (a person who applied twice counts once)'),
  approvalRate: number('approved / decided; null when either is suppressed or nothing is decided'),
  withinTarget: count("Decided within the receiving municipality's processing target (D-PROCESSING)"),
  shareWithinTarget: number('withinTarget / decided'),
  targetDays: number('The processing target of the row; null when its municipalities have different targets'),
  medianDays: number('Median days from receipt to decision (percentile_cont 0.5)'),
  p90Days: number('90th percentile of days from receipt to decision (percentile_cont 0.9)'),
  lodged: count('Appeals to Ankestyrelsen lodged in the period'),
  upheld: count('Appeal outcome: decision upheld (stadfæstet)'),
  changed: count('Appeal outcome: decision changed (ændret)'),
  remitted: count('Appeal outcome: remitted for a new decision (hjemvist)'),
  dismissed: count('Appeal outcome: dismissed (afvist)'),
  count: count('Benefit reductions taking effect in the period'),
  averagePercent: number('Average decided reduction in percent of the benefit'),
  percent0: count('Reductions decided at 0 %'),
  percent1to25: count('Reductions of 1–25 %'),
  percent26to50: count('Reductions of 26–50 %'),
  percent51to75: count('Reductions of 51–75 %'),
  percent76to99: count('Reductions of 76–99 %'),
  percent100: count('Benefit stopped (100 %)'),
}

/** Processing-times' `decided` means decided in the period, not "of those received". */
const OVERRIDES: Record<string, Record<string, TSchema>> = {
  'processing-times': { decided: count('Applications decided in the period') },
  appeals: { decided: count('Of those, decided by Ankestyrelsen'), pending: count('Not decided yet') },
}

/**
 * `meta` of every statistics answer (the reports and the deadline compliance: src/statistics/answer.ts);
 * `groupBy` and `suppression` name the route's own dimensions and suppression modes.
 */
export function statisticsMetaSchema<G extends string, S extends string>(options: {
  title: string
  groupBy: readonly G[]
  suppression: TSchema & { enum?: readonly S[] }
  additionalProperties?: boolean
}) {
  return Type.Object(
    {
      suppressed: Type.Integer({ minimum: 0, description: 'Number of counts published as null' }),
      threshold: Type.Integer({
        minimum: 1,
        description: 'Counts from 1 to threshold − 1 on sensitive rows are suppressed',
      }),
      suppression: options.suppression as TUnsafe<S>,
      perturbation: Type.Enum(['cell-key', 'none'], {
        description:
          '`cell-key`: every count is perturbed by at most ±2 with the cell key method (figures answered to anyone but the data owner: national keys, scope=national); `none`: exact (a municipality key, scope own)',
      }),
      generatedAt: Type.String({ format: 'date-time' }),
      from: nullable<string>('string', {
        format: 'date',
        description:
          'Effective first day: `from` widened to the first day of its month; without `from`, the first day of the first period with data when grouping by period, else null (from the first record)',
      }),
      to: Type.String({
        format: 'date',
        description: 'Effective last day: `to` (default today) widened to the last day of its month',
      }),
      interval: Type.Enum(INTERVALS),
      groupBy: Type.Array(Type.Unsafe<G>(Type.Enum([...options.groupBy]))),
      scope: Type.Enum(['own', 'national']),
      municipality: Type.Union([Type.String(), Type.Null()], {
        description: 'The own municipality (scope own)',
      }),
    },
    {
      title: options.title,
      ...(options.additionalProperties === false ? { additionalProperties: false } : {}),
    },
  )
}

const Meta = statisticsMetaSchema({
  title: 'StatisticsMeta',
  groupBy: GROUP_BY,
  suppression: Type.Enum(['sensitive', 'all'], {
    description:
      '`sensitive`: rows involving a sensitive ground or the lgbtqRelated filter; `all`: every row',
  }),
})

/** `processing-times` → `ProcessingTimes`: the report's name in the OpenAPI document. */
const pascal = (name: string) =>
  name.replace(/(^|-)([a-z])/g, (_m, _s, letter: string) => letter.toUpperCase())

export function responseSchemas(report: string, columns: readonly string[]) {
  // Every property optional: fast-json-stringify writes required properties first, and the JSON keys
  // must keep the CSV's column order (dimensions, then measures). Measures are always present.
  const measures = Object.fromEntries(
    columns.map((c) => [c, Type.Optional(OVERRIDES[report]?.[c] ?? MEASURE_SCHEMAS[c]!)]),
  )
  const dims = Object.fromEntries(Object.entries(DIMENSIONS).map(([k, v]) => [k, Type.Optional(v)]))
  const Suppressed = Type.Array(Type.Enum([...columns]), {
    description:
      'The measures of this row that are null because of suppression (small counts and what follows from them); empty when none. A null measure not named here is not applicable (e.g. approvalRate with nothing decided). CSV: the names joined by `|`.',
  })
  const Row = Type.Object(
    { ...dims, ...measures, suppressed: Type.Optional(Suppressed) },
    {
      additionalProperties: false,
      title: `${pascal(report)}StatisticsRow`,
      description: 'The grouped dimensions, then every measure of the report',
    },
  )
  return {
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
              meta: Meta,
            },
            { title: `${pascal(report)}Statistics` },
          ),
        },
        'text/csv': {
          schema: Type.String({
            description:
              'Header row, then one line per row, the JSON columns in the same order; null cells are empty, `suppressed` names the suppressed ones joined by `|`. format=csv-excel: `;`, decimal comma, UTF-8 BOM',
          }),
        },
      },
    },
  }
}
