import type { Static } from 'typebox'
import { findApplication } from '../applications/repository.ts'
import type { ApplicationContext } from '../applications/service.ts'
import { visibilityOf } from '../applications/service.ts'
import { type TransitionRequest, transitionWith } from '../applications/transitions.ts'
import { Conflict, ContradictoryInput, NotFound } from '../errors.ts'
import type { Principal } from '../http/auth.ts'
import { todayInDenmark } from '../law/dates.ts'
import type { MilestoneType } from '../law/duties/index.ts'
import type { MilestoneRow } from './milestone.table.ts'
import { insertMilestone, listMilestones } from './repository.ts'
import type { MilestoneRequest } from './schemas.ts'

/** Rows become API objects here (style.md). */
function toMilestone(row: MilestoneRow, superseded: boolean) {
  return {
    id: row.id,
    type: row.type as MilestoneType,
    date: row.date,
    ...(row.note !== null ? { note: row.note } : {}),
    recordedAt: row.recorded_at.toISOString(),
    recordedBy: row.recorded_by,
    ...(row.supersedes !== null ? { supersedes: row.supersedes } : {}),
    superseded,
  }
}

/**
 * Records a milestone on an approved takeover, by the receiving municipality, in the application's
 * transaction (row lock, If-Match, audit event `milestone`). A correction supersedes; nothing is edited.
 */
export async function recordMilestone(
  context: ApplicationContext,
  request: TransitionRequest,
  body: Static<typeof MilestoneRequest>,
) {
  const { application, result } = await transitionWith(context, request, 'milestone', async (row, tx) => {
    if (row.decision_outcome !== 'approved')
      throw new Conflict(
        `Milestones are recorded on approved takeovers; this application is ${row.decision_outcome}.`,
        {
          code: 'not-approved',
        },
      )
    const takeover = row.takeover_effective_date ?? row.decision_date!
    if (body.date < takeover)
      throw new ContradictoryInput(
        '/date',
        `date ${body.date} is before the takeover took effect (${takeover}${row.takeover_effective_date ? ', H-TAKEOVER' : ', the approval; no move recorded yet'})`,
      )
    const today = todayInDenmark()
    if (body.date > today)
      throw new ContradictoryInput('/date', `date ${body.date} is in the future (today is ${today})`)
    const supersedes = await supersededBy(tx, row.id, body)
    const saved = await insertMilestone(tx, {
      application_id: row.id,
      type: body.type,
      date: body.date,
      note: body.note ?? null,
      supersedes: supersedes?.id ?? null,
      recorded_by: request.principal.name,
    })
    return {
      patch: {},
      details: { milestoneId: saved.id, type: body.type, date: body.date, supersedes: saved.supersedes },
      result: toMilestone(saved, false),
    }
  })
  return { application, milestone: result }
}

async function supersededBy(
  tx: Parameters<typeof listMilestones>[0],
  applicationId: string,
  body: Static<typeof MilestoneRequest>,
): Promise<MilestoneRow | undefined> {
  const all = await listMilestones(tx, applicationId)
  const replaced = new Set(all.map((m) => m.supersedes).filter((id) => id !== null))
  if (body.supersedes !== undefined) {
    const target = all.find((m) => m.id === body.supersedes)
    if (!target)
      throw new ContradictoryInput('/supersedes', `No milestone ${body.supersedes} on this application`)
    if (target.type !== body.type)
      throw new ContradictoryInput(
        '/supersedes',
        `A ${body.type} milestone cannot correct a ${target.type} milestone`,
      )
    if (replaced.has(target.id))
      throw new Conflict(`Milestone ${target.id} is already corrected by a later one; correct that one.`, {
        code: 'already-superseded',
      })
    return target
  }
  if (body.type === 'company_offer') return undefined
  return all.find((m) => m.type === body.type && !replaced.has(m.id))
}

export async function milestonesOf(context: ApplicationContext, principal: Principal, applicationId: string) {
  const row = await findApplication(context.db, applicationId, visibilityOf(principal))
  if (!row) throw new NotFound(`No application ${applicationId}.`)
  const all = await listMilestones(context.db, row.id)
  const replaced = new Set(all.map((m) => m.supersedes))
  return all.map((m) => toMilestone(m, replaced.has(m.id)))
}
