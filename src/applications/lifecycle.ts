/**
 * The application lifecycle (api.md): received → decided → appealed → appeal_decided, and
 * received → withdrawn. The database enforces the same machine (trigger takeover_application_transition);
 * this module lets the service explain a refused transition before touching the database.
 */
export const APPLICATION_STATUSES = [
  'received',
  'decided',
  'appealed',
  'appeal_decided',
  'withdrawn',
] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

export const DECISION_OUTCOMES = ['approved', 'refused'] as const
export const LEGAL_BASES = ['obligated', 'voluntary'] as const
export const APPEAL_OUTCOMES = ['upheld', 'changed', 'remitted', 'dismissed'] as const

export const ACTIONS = [
  'decision',
  'move',
  'withdrawal',
  'appeal',
  'appeal_decision',
  'benefit_reduction',
  'milestone',
] as const
export type Action = (typeof ACTIONS)[number]

/** The statuses an action may start from, and the status it leads to (undefined = unchanged). */
export const TRANSITIONS: Record<Action, { from: readonly ApplicationStatus[]; to?: ApplicationStatus }> = {
  decision: { from: ['received'], to: 'decided' },
  withdrawal: { from: ['received'], to: 'withdrawn' },
  appeal: { from: ['decided'], to: 'appealed' },
  appeal_decision: { from: ['appealed'], to: 'appeal_decided' },
  // A move can be recorded before or after the decision (H-TAKEOVER covers both orders), not once withdrawn.
  move: { from: ['received', 'decided', 'appealed', 'appeal_decided'] },
  // § 32 reductions follow a refusal, also while it is appealed.
  benefit_reduction: { from: ['decided', 'appealed', 'appeal_decided'] },
  // Milestones of the receiving municipality's duties follow an approval (checked by the service).
  milestone: { from: ['decided', 'appealed', 'appeal_decided'] },
}
