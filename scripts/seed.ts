/**
 * `npm run seed -- --applications 100000 [--seed 1] [--reset] [--batch 5000] [--assessments full|compact]`
 *
 * Generates realistic synthetic § 18 applications (scripts/seed-model.ts) into the configured database
 * (DATABASE_URL, or the embedded PGlite under PGLITE_DIR), with decisions, withdrawals, appeals, repeat
 * applicants and benefit reductions, so that the statistics can be explored in Swagger UI and
 * benchmarked. Rows are marked `created_by = 'seed'` and `SEED-…` references. `--reset` first empties
 * the application tables (truncate: the audit trail's append-only trigger does not fire on it).
 *
 * Speed: rows are built in JS and sent in batches as one array per column (`insert … select from
 * unnest(…)`), assessments are computed once per distinct ground variant and copied server-side from a
 * temporary table, and the statistics triggers are deferred during the load and replaced by one
 * `stats_rebuild()` at the end.
 */
import { createHash, randomUUID } from 'node:crypto'
import { parseArgs } from 'node:util'
import { sql, type Transaction } from 'kysely'
import { loadConfig } from '../src/config.ts'
import { openDatabase } from '../src/db/database.ts'
import { exitIfLocked } from '../src/db/folder-lock.ts'
import { assertMigrated, createMigrator } from '../src/db/migrator.ts'
import type { Database } from '../src/db/schema.ts'
import {
  evaluateTakeover,
  type TakeoverAssessmentRequest,
  type TakeoverEvaluation,
  type TakeoverGround,
} from '../src/law/takeover/index.ts'
import * as model from './seed-model.ts'

const { values } = parseArgs({
  options: {
    applications: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    batch: { type: 'string', default: '5000' },
    reset: { type: 'boolean', default: false },
    assessments: { type: 'string' },
  },
})
const total = Number(values.applications)
const seed = Number(values.seed)
const batchSize = Number(values.batch)
if (!Number.isSafeInteger(total) || total < 1 || !Number.isSafeInteger(batchSize) || batchSize < 1) {
  throw new Error('--applications and --batch must be positive integers')
}

const full = (values.assessments ?? (total <= 20_000 ? 'full' : 'compact')) === 'full'
if (values.assessments && !['full', 'compact'].includes(values.assessments)) {
  throw new Error('--assessments must be full or compact')
}

const TODAY = new Date().toISOString().slice(0, 10)
const random = model.prng(seed)

interface Row {
  id: string
  ref: string
  person: string
  category: string
  from: string
  to: string
  received: string
  responsibility: string
  grounds: string
  groundTypes: string
  template: number
  assessmentOutcome: string
  status: string
  outcome: string | null
  decisionDate: string | null
  legalBasis: string | null
  justification: string | null
  refusedAlthoughObligated: boolean
  withdrawnDate: string | null
  appealLodged: string | null
  appealOutcome: string | null
  appealDecided: string | null
}
interface Reduction {
  id: string
  application: string
  percent: number
  effective: string
}

/**
 * Stored assessments, deduplicated by content and uploaded once each (`seed_template`). `full` keeps the
 * complete language-neutral assessment as the API stores it; `compact` keeps its shape, outcome, effects,
 * rule ids and conclusions but drops the facts' wording, the notes and the legal sources, so that a
 * million rows stay much smaller. The default is full up to 20,000 applications.
 */
const templates = new Map<string, number>()
const computed = new Map<string, { index: number; outcome: string }>()
let pendingTemplates: [number, string][] = []

function compact(assessment: TakeoverEvaluation): TakeoverEvaluation {
  return {
    ...assessment,
    notes: [],
    grounds: assessment.grounds.map((g) => ({
      ...g,
      legalSources: [],
      findings: { ...g.findings, facts: [] },
    })),
  }
}

function assess(to: string, category: string, grounds: TakeoverGround[], year: number) {
  // Municipality facts always name the receiving municipality; compact assessments do not mention it.
  const variant = full ? JSON.stringify(grounds) : JSON.stringify(grounds).replaceAll(`"${to}"`, '"TO"')
  const key = `${full ? to : ''}|${category}|${year}|${variant}`
  const known = computed.get(key)
  if (known) return known
  const request = { toMunicipality: to, applicant: { category }, grounds } as TakeoverAssessmentRequest
  const options = { asOf: `${year}-07-01`, reasonableOneWayCommuteMinutes: 90 }
  const assessment = evaluateTakeover(request, options)
  const body = JSON.stringify(full ? assessment : compact(assessment))
  const hash = createHash('sha1').update(body).digest('hex')
  let index = templates.get(hash)
  if (index === undefined) {
    index = templates.size
    templates.set(hash, index)
    pendingTemplates.push([index, body])
  }
  const result = { index, outcome: assessment.outcome }
  // Full assessments are nearly unique per row: caching them would only hold memory.
  if (!full) computed.set(key, result)
  return result
}

function yearOf(random: model.Random): string {
  const thisYear = Number(TODAY.slice(0, 4))
  const weights = Object.entries(model.YEAR_WEIGHTS)
    .filter(([y]) => Number(y) <= thisYear)
    .map(
      ([y, w]) =>
        [y, Number(y) === thisYear ? (w * model.daysBetween(`${y}-01-01`, TODAY)) / 365 : w] as const,
    )
  const year = model.pick(random, weights)
  const span = Number(year) === thisYear ? model.daysBetween(`${year}-01-01`, TODAY) : 364
  return model.addDays(`${year}-01-01`, Math.floor(random() * (span + 1)))
}

let person = 0
/** One person's applications: a first one and, for ~12 %, re-applications months later. */
function personApplications(rows: Row[], reductions: Reduction[]): void {
  person += 1
  const hash = model.personHash(seed, person)
  const from = model.pick(random, model.DEPARTURE)
  let received = yearOf(random)
  const category = model.category(random, Number(received.slice(0, 4)))
  const responsibility = model.addDays(received, -Math.floor(200 + random() * 1200))
  for (let nth = 0; nth < 4 && received <= TODAY; nth++) {
    let to = model.pick(random, model.RECEIVING)
    while (to === from) to = model.pick(random, model.RECEIVING)
    const grounds = model.grounds(random, to, nth > 0)
    const year = Number(received.slice(0, 4))
    const assessment = assess(to, category, grounds, year)
    const lgbtq = grounds.some((g) => g.type === 'discrimination' && g.lgbtqRelated === true)
    const row: Row = {
      id: randomUUID(),
      ref: `SEED-${seed}-${rows.length}-${person}`,
      person: hash,
      category,
      from,
      to,
      received,
      responsibility,
      grounds: JSON.stringify(grounds),
      groundTypes: `{${[...new Set(grounds.map((g) => g.type))].sort().join(',')}}`,
      template: assessment.index,
      assessmentOutcome: assessment.outcome,
      status: 'received',
      outcome: null,
      decisionDate: null,
      legalBasis: null,
      justification: null,
      refusedAlthoughObligated: false,
      withdrawnDate: null,
      appealLodged: null,
      appealOutcome: null,
      appealDecided: null,
    }
    rows.push(row)
    const decisionDate = model.addDays(received, model.processingDays(random, to))
    if (random() < 0.04) {
      const withdrawn = model.addDays(received, 1 + Math.floor(random() * 20))
      if (withdrawn <= TODAY) Object.assign(row, { status: 'withdrawn', withdrawnDate: withdrawn })
    } else if (decisionDate <= TODAY) {
      const approved = random() < model.approvalProbability(assessment.outcome, to, lgbtq)
      Object.assign(row, {
        status: 'decided',
        outcome: approved ? 'approved' : 'refused',
        decisionDate,
        legalBasis: approved ? (assessment.outcome === 'obligated' ? 'obligated' : 'voluntary') : null,
        refusedAlthoughObligated: !approved && assessment.outcome === 'obligated',
        justification: approved ? null : 'Syntetisk begrundelse (seed).',
      })
      const lodged = model.addDays(decisionDate, 5 + Math.floor(random() * 24))
      if (!approved && random() < 0.1 && lodged <= TODAY) {
        const decided = model.addDays(lodged, 30 + Math.floor(random() * 120))
        Object.assign(row, { status: 'appealed', appealLodged: lodged })
        if (decided <= TODAY && random() < 0.9) {
          const outcome = model.pick(random, [
            ['upheld', 70],
            ['changed', 15],
            ['remitted', 10],
            ['dismissed', 5],
          ])
          Object.assign(row, { status: 'appeal_decided', appealOutcome: outcome, appealDecided: decided })
        }
      }
      const effective = model.addDays(decisionDate, 30 + Math.floor(random() * 90))
      if (!approved && random() < 0.1 && effective <= TODAY) {
        reductions.push({
          id: randomUUID(),
          application: row.id,
          percent: model.reductionPercent(random),
          effective,
        })
      }
    }
    const again = row.outcome === 'refused' ? 0.26 : row.status === 'withdrawn' ? 0.2 : 0.02
    if (random() >= again) break
    received = model.addDays(
      row.decisionDate ?? row.withdrawnDate ?? received,
      60 + Math.floor(random() * 480),
    )
  }
}

const COLUMNS: [keyof Row, string][] = [
  ['id', 'uuid'],
  ['ref', 'text'],
  ['person', 'text'],
  ['category', 'text'],
  ['from', 'text'],
  ['to', 'text'],
  ['received', 'date'],
  ['responsibility', 'date'],
  ['grounds', 'text'],
  ['groundTypes', 'text'],
  ['template', 'int'],
  ['assessmentOutcome', 'text'],
  ['status', 'text'],
  ['outcome', 'text'],
  ['decisionDate', 'date'],
  ['legalBasis', 'text'],
  ['justification', 'text'],
  ['refusedAlthoughObligated', 'bool'],
  ['withdrawnDate', 'date'],
  ['appealLodged', 'date'],
  ['appealOutcome', 'text'],
  ['appealDecided', 'date'],
]
const arrays = (rows: Row[]) =>
  sql.join(COLUMNS.map(([name, type]) => sql`${rows.map((r) => r[name])}::${sql.raw(type)}[]`))

async function insertBatch(trx: Transaction<Database>, rows: Row[], reductions: Reduction[]): Promise<void> {
  if (pendingTemplates.length > 0) {
    await sql`insert into seed_template select * from unnest(${pendingTemplates.map((t) => t[0])}::int[], ${pendingTemplates.map((t) => t[1])}::jsonb[])`.execute(
      trx,
    )
    pendingTemplates = []
  }
  await sql`insert into takeover_application (id, external_reference, person_hash, category, from_municipality,
      to_municipality, received_date, responsibility_date, grounds, ground_types, assessment, assessment_outcome,
      status, decision_outcome, decision_date, decision_legal_basis, decision_justification,
      refused_although_obligated, withdrawn_date, appeal_lodged_date, appeal_outcome, appeal_decision_date, created_by)
    select r.id, r.ref, r.person, r.category, r.from_m, r.to_m, r.received, r.responsibility, r.grounds::jsonb,
      r.ground_types::text[], t.assessment, r.assessment_outcome, r.status, r.outcome, r.decision_date, r.legal_basis,
      r.justification, r.refused, r.withdrawn, r.lodged, r.appeal_outcome, r.appeal_decided, 'seed'
    from unnest(${arrays(rows)}) as r(id, ref, person, category, from_m, to_m, received, responsibility, grounds,
      ground_types, template, assessment_outcome, status, outcome, decision_date, legal_basis, justification, refused,
      withdrawn, lodged, appeal_outcome, appeal_decided)
    join seed_template t on t.idx = r.template`.execute(trx)
  if (reductions.length === 0) return
  await sql`insert into benefit_reduction (id, application_id, decided_reduction_percent, verdict, effective_date,
      assessment, created_by)
    select id, application_id, percent, 'proportionate', effective,
      jsonb_build_object('synthetic', true, 'decidedReductionPercent', percent), 'seed'
    from unnest(${reductions.map((r) => r.id)}::uuid[], ${reductions.map((r) => r.application)}::uuid[],
      ${reductions.map((r) => r.percent)}::int[], ${reductions.map((r) => r.effective)}::date[])
      as r(id, application_id, percent, effective)`.execute(trx)
}

const config = loadConfig()
const database = await openDatabase(config.database).catch(exitIfLocked)
const started = performance.now()
try {
  assertMigrated(await createMigrator(database.db).migrateToLatest())
  await database.db.transaction().execute(async (trx) => {
    // Transaction-local: the statistics triggers stay off for this load only (see the migration).
    await sql`select set_config('ansvar.stats_deferred', 'on', true)`.execute(trx)
    if (values.reset) {
      await sql`truncate takeover_milestone, benefit_reduction, access_log, application_event, idempotency_key, takeover_application`.execute(
        trx,
      )
    }
    await sql`create temporary table seed_template (idx int primary key, assessment jsonb not null) on commit drop`.execute(
      trx,
    )
    let inserted = 0
    let reductionCount = 0
    while (inserted < total) {
      const rows: Row[] = []
      const reductions: Reduction[] = []
      while (rows.length < Math.min(batchSize, total - inserted)) personApplications(rows, reductions)
      const overflow = rows.length - (total - inserted)
      if (overflow > 0) {
        const dropped = new Set(rows.splice(rows.length - overflow).map((r) => r.id))
        reductions.splice(0, reductions.length, ...reductions.filter((r) => !dropped.has(r.application)))
      }
      await insertBatch(trx, rows, reductions)
      inserted += rows.length
      reductionCount += reductions.length
      if (process.stdout.isTTY || inserted === total || inserted % 100_000 < rows.length) {
        process.stdout.write(`${inserted} applications, ${reductionCount} benefit reductions\n`)
      }
    }
    const loaded = performance.now()
    process.stdout.write(
      `loaded in ${((loaded - started) / 1000).toFixed(1)} s; rebuilding the statistics cubes …\n`,
    )
    await sql`select stats_rebuild()`.execute(trx)
    process.stdout.write(`cubes rebuilt in ${((performance.now() - loaded) / 1000).toFixed(1)} s\n`)
  })
  // Index-only scans on the cubes need the visibility map; autovacuum would get there later.
  const vacuumed = performance.now()
  await sql`vacuum (analyze) takeover_application, benefit_reduction, stats_cube_national, stats_cube_national_detail, stats_cube_municipality, stats_cube_pair, stats_cube_days`.execute(
    database.db,
  )
  process.stdout.write(`vacuum analyze in ${((performance.now() - vacuumed) / 1000).toFixed(1)} s\n`)
  const copenhagen = await sql<{ received: number; approved: number; refused: number; lgbtq: number }>`
    select count(*) as received, count(*) filter (where decision_outcome = 'approved') as approved,
      count(*) filter (where decision_outcome = 'refused') as refused,
      count(*) filter (where grounds @> '[{"type": "discrimination", "lgbtqRelated": true}]') as lgbtq
    from takeover_application where to_municipality = '101' and received_date between '2017-06-01' and '2021-08-31'`.execute(
    database.db,
  )
  const c = copenhagen.rows[0]!
  const scale = c.received / 481
  process.stdout.write(
    `done in ${((performance.now() - started) / 1000).toFixed(1)} s; ${templates.size} distinct ${full ? 'full' : 'compact'} assessments\n` +
      `Copenhagen (101), June 2017 – August 2021: ${c.received} applications, ${c.approved} approved, ${c.refused} refused, ` +
      `${c.lgbtq} citing LGBT+-related discrimination (seed 000: 481 / 299 / 182, "2–3 a year"; scale ×${scale.toFixed(1)})\n`,
  )
} finally {
  await database.close()
}
