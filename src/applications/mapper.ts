import { dutyDeadlines } from '../law/duties/index.ts'
import { handoverRule } from '../law/handover/index.ts'
import type { Language } from '../law/rule-definition.ts'
import { renderTakeoverAssessment, type TakeoverEvaluation } from '../law/takeover/index.ts'
import type { GroundEffect, GroundType } from '../law/vocabulary.ts'
import type { ApplicationRow } from './application.table.ts'
import type { ApplicationDates } from './application-dates.ts'
import type { ApplicationBody } from './response-schemas.ts'

/**
 * The stored § 18 assessment: evaluated once, language-neutral (findings), rendered in the reader's
 * language when the row becomes an API object.
 */
export type StoredAssessment = TakeoverEvaluation

/**
 * Legacy: rows stored before issue 15 hold the assessment rendered in both languages, `{da, en}`. A
 * migration cannot convert them (it would need the law, and migrations import no src/), so they are
 * served as stored.
 */
type LegacyStoredAssessment = Record<Language, ApplicationBody['assessment']>

function isLegacy(stored: unknown): stored is LegacyStoredAssessment {
  return typeof stored === 'object' && stored !== null && 'da' in stored && 'en' in stored
}

/** A row's assessment in `language`. */
export function assessmentOf(row: Pick<ApplicationRow, 'assessment'>, language: Language) {
  const stored = row.assessment as StoredAssessment | LegacyStoredAssessment
  if (isLegacy(stored)) return stored[language]
  return renderTakeoverAssessment(stored, language) as ApplicationBody['assessment']
}

/** Each assessed ground's type and effect (the same in every language; e.g. the § 32 reason criterion). */
export function assessedGrounds(
  row: Pick<ApplicationRow, 'assessment'>,
): { type: GroundType; effect: GroundEffect }[] {
  const stored = row.assessment as StoredAssessment | LegacyStoredAssessment
  const grounds = isLegacy(stored) ? stored.en.grounds : stored.grounds
  return grounds.map((g) => ({ type: g.type, effect: g.effect }))
}

/**
 * How many earlier applications are listed by id (issue 13, item 7: 6,740 applications of one person
 * made one GET 268 KB and a page of 200 25.4 MB). `count` stays exact; beyond this, `list` links to them.
 */
const PREVIOUS_IDS_SHOWN = 20

/** G-REPEAT's earlier applications as the API gives them: the count, the first ids, a link to the rest. */
function previousApplications(
  applicationId: string,
  previousIds: readonly string[],
): ApplicationBody['previousApplications'] {
  return {
    count: previousIds.length,
    ids: previousIds.slice(0, PREVIOUS_IDS_SHOWN),
    ...(previousIds.length > PREVIOUS_IDS_SHOWN
      ? { list: `/v1/takeover-applications?samePersonAs=${applicationId}` }
      : {}),
  }
}

export function etagOf(row: Pick<ApplicationRow, 'version'>): string {
  return `"v${row.version}"`
}

/** Rows become API objects here and nowhere else (style.md). The CPR pseudonym never leaves. */
export function toApplication(
  row: ApplicationRow,
  language: Language,
  previousIds: readonly string[],
): ApplicationBody {
  const decision =
    row.decision_outcome && row.decision_date
      ? {
          outcome: row.decision_outcome as 'approved' | 'refused',
          decisionDate: row.decision_date,
          legalBasis: row.decision_legal_basis as 'obligated' | 'voluntary' | null,
          justification: row.decision_justification,
          conditions: (row.decision_conditions ?? []) as { type: 'housing' | 'other'; description: string }[],
          refusedAlthoughObligated: row.refused_although_obligated,
        }
      : null
  return {
    id: row.id,
    externalReference: row.external_reference,
    status: row.status as ApplicationBody['status'],
    receivedDate: row.received_date,
    plannedMoveDate: row.planned_move_date,
    fromMunicipality: row.from_municipality,
    toMunicipality: row.to_municipality,
    applicant: {
      category: row.category as ApplicationBody['applicant']['category'],
      responsibilityDate: row.responsibility_date,
      visitationDecisionDate: row.visitation_decision_date,
      residencePermitDate: row.residence_permit_date,
      cprRegistrationDate: row.cpr_registration_date,
    },
    grounds: row.grounds as ApplicationBody['grounds'],
    assessment: assessmentOf(row, language),
    dates: {
      ...(row.handover_dates as ApplicationDates),
      deadlines: takeoverDeadlines(row.takeover_effective_date),
    },
    decision,
    moveDate: row.move_date,
    withdrawnDate: row.withdrawn_date,
    appeal: row.appeal_lodged_date
      ? {
          lodgedDate: row.appeal_lodged_date,
          outcome: row.appeal_outcome as 'upheld' | 'changed' | 'remitted' | 'dismissed' | null,
          decisionDate: row.appeal_decision_date,
        }
      : null,
    previousApplications: previousApplications(row.id, previousIds),
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}

/** The deadlines that run from the takeover's effective date alone (no milestone needed). */
function takeoverDeadlines(effectiveDate: string | null) {
  if (!effectiveDate) return []
  return dutyDeadlines(effectiveDate, []).map((d) => ({
    id: d.deadlineId,
    date: d.dueDate,
    startsFrom: 'takeover_effective_date' as const,
    interpretation: d.interpretation,
    legalSources: [...handoverRule(d.deadlineId).legalSources],
  }))
}
