import type { Static } from 'typebox'
import {
  handoverDeadlines,
  integrationPeriod,
  processingTargetDate,
  type RuleDate,
  responsibilityDate,
  takeoverEffectiveDate,
} from '../law/handover/index.ts'
import type { ApplicantCategory } from '../law/vocabulary.ts'
import type { ApplicationDatesSchema } from './response-schemas.ts'

export type ApplicationDates = Static<typeof ApplicationDatesSchema>

interface ApplicantDates {
  category: ApplicantCategory
  responsibilityDate?: string | undefined
  visitationDecisionDate?: string | undefined
  residencePermitDate?: string | undefined
  cprRegistrationDate?: string | undefined
  applicationSubmittedInDenmark?: boolean | undefined
}

const brief = ({ date, ruleId, legalSources }: RuleDate) => ({ date, ruleId, legalSources })

/**
 * The dates of a stored application, from the same law module as POST /v1/handover-dates: the
 * responsibility date (given, or computed by H-REF/H-CPR/H-UKR with pointers into `/applicant`), the
 * integration period (H-PERIOD), the processing target (D-PROCESSING) and, once an approval and a move
 * are known, the takeover's effective date (H-TAKEOVER) and the receiving municipality's contract
 * deadline (D-CONTRACT).
 */
export function applicationDates(
  applicant: ApplicantDates,
  receivedDate: string,
  processingTargetDays: number,
  takeover?: { approvalDate: string; moveDate: string | null },
): ApplicationDates {
  const computed = applicant.responsibilityDate
    ? undefined
    : responsibilityDate(
        {
          category: applicant.category,
          ...definedOnly({
            visitationDecisionDate: applicant.visitationDecisionDate,
            residencePermitDate: applicant.residencePermitDate,
            cprRegistrationDate: applicant.cprRegistrationDate,
            applicationSubmittedInDenmark: applicant.applicationSubmittedInDenmark,
          }),
        },
        { pointerPrefix: '/applicant' },
      )
  const responsibility = computed
    ? { date: computed.date, ruleId: computed.ruleId, source: 'computed' as const }
    : { date: applicant.responsibilityDate!, ruleId: null, source: 'given' as const }
  const period = integrationPeriod(responsibility.date)
  const effective = takeover?.moveDate
    ? takeoverEffectiveDate(takeover.approvalDate, takeover.moveDate)
    : undefined
  const contract = effective
    ? handoverDeadlines({
        responsibilityDate: responsibility.date,
        takeoverEffectiveDate: effective.date,
      }).find((d) => d.id === 'D-CONTRACT' && d.startsFrom === 'takeover_effective_date')
    : undefined
  return {
    responsibilityDate: responsibility,
    integrationPeriodEndDate: period.endDate,
    freeMovementFromDate: period.freeMovementFromDate,
    processingTargetDate: brief(processingTargetDate(receivedDate, processingTargetDays)),
    takeoverEffectiveDate: effective ? brief(effective) : null,
    contractDeadline: contract
      ? { date: contract.date, ruleId: contract.id, legalSources: contract.legalSources }
      : null,
  }
}

function definedOnly<T extends Record<string, unknown>>(
  values: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>
  }
}
