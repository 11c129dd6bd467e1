/**
 * G-PERIOD / H-PERIOD for the § 18 assessment: the integration period lasts 5 years from the
 * responsibility date and the person moves freely from the fifth anniversary. One date library for the
 * whole law (issue 15): the calendar checks are src/law/dates.ts's, the anniversary is H-PERIOD's.
 */

export { isIsoDate } from '../dates.ts'
export { freeMovementFromDate, integrationPeriodEnded } from '../handover/h-period.ts'
