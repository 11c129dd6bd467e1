import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.ts'
import type { Principal } from '../http/auth.ts'
import { todayInDenmark } from '../law/dates.ts'
import type { Language } from '../law/rule-definition.ts'
import {
  evaluateTakeover,
  renderTakeoverAssessment,
  type TakeoverAssessment,
  type TakeoverAssessmentRequest,
  type TakeoverEvaluation,
} from '../law/takeover/index.ts'
import type { AssessmentOutcome } from '../law/vocabulary.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * T-SPOUSE-BOTH: the outcomes of the spouses' own applications that the caller may see (a municipality
 * sees applications where it is the receiving or departure municipality). An id the caller cannot see
 * resolves to nothing, so the ground stays needs_information and existence does not leak.
 */
export async function linkedOutcomes(
  db: Kysely<Database>,
  principal: Principal,
  request: Pick<TakeoverAssessmentRequest, 'grounds'>,
): Promise<Map<string, AssessmentOutcome>> {
  const ids = request.grounds.flatMap((g) =>
    g.type === 'spouse' && g.linkedApplicationId && UUID.test(g.linkedApplicationId)
      ? [g.linkedApplicationId]
      : [],
  )
  if (ids.length === 0) return new Map()
  let query = db
    .selectFrom('takeover_application')
    .select(['id', 'assessment_outcome'])
    .where('id', 'in', ids)
  const own = principal.municipalityCode
  if (own)
    query = query.where((eb) => eb.or([eb('to_municipality', '=', own), eb('from_municipality', '=', own)]))
  const rows = await query.execute()
  return new Map(rows.map((r) => [r.id, r.assessment_outcome as AssessmentOutcome]))
}

export interface AssessmentContext {
  db: Kysely<Database>
  principal: Principal
  reasonableOneWayCommuteMinutes: number
  /** T-EMP interpretation (MINIMUM_OBLIGING_HOURS_PER_WEEK); absent = the default 0. */
  minimumObligingHoursPerWeek?: number
  /** Where the assessment's date came from in the caller's body (applications: '/receivedDate'). */
  asOfPointer?: string
}

/**
 * The § 18 assessment in no language (findings), linked spouse applications resolved (one query),
 * asOf defaulting to today. An application stores this once and renders it in the reader's language.
 */
export async function evaluateWithLinks(
  context: AssessmentContext,
  request: TakeoverAssessmentRequest,
  asOf: string | undefined,
): Promise<TakeoverEvaluation> {
  return evaluateTakeover(request, {
    asOf: asOf ?? todayInDenmark(),
    reasonableOneWayCommuteMinutes: context.reasonableOneWayCommuteMinutes,
    ...(context.minimumObligingHoursPerWeek === undefined
      ? {}
      : { minimumObligingHoursPerWeek: context.minimumObligingHoursPerWeek }),
    ...(context.asOfPointer ? { asOfPointer: context.asOfPointer } : {}),
    linkedOutcomes: await linkedOutcomes(context.db, context.principal, request),
  })
}

/** The § 18 assessment as the API gives it, in the caller's language. */
export async function assessWithLinks(
  context: AssessmentContext & { language: Language },
  request: TakeoverAssessmentRequest,
  asOf: string | undefined,
): Promise<TakeoverAssessment> {
  return renderTakeoverAssessment(await evaluateWithLinks(context, request, asOf), context.language)
}
