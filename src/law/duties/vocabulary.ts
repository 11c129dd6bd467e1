/** The words of the duties worklist: the milestones a caseworker records and a deadline's states. */

export const MILESTONE_TYPES = [
  'contract_signed',
  'contract_goal_stated',
  'first_company_offer',
  'readiness_assessed',
  'contract_followed_up',
  'health_assessment_offered',
  'company_offer',
] as const
export type MilestoneType = (typeof MILESTONE_TYPES)[number]

export const DEADLINE_STATES = ['open', 'overdue', 'met', 'met_late'] as const
export type DeadlineState = (typeof DEADLINE_STATES)[number]
