/**
 * Worked cases of rules.md § 4 in the request shape of `POST /v1/benefit-reduction-assessments` and
 * `POST /v1/takeover-applications/{id}/benefit-reductions`: the OpenAPI examples and the test cases.
 */

/**
 * A stored, refused application: the applicant moves to a partner without a common child, assessed
 * T-PARTNER → `insufficient` (rules.md § 2).
 */
export const EXAMPLE_APPLICATION_ID = '0b9d6f4e-3c1a-4f59-9a41-6d2e8f7c5a10'

export const BENEFIT_REDUCTION_EXAMPLES = {
  singleAdultStoppedBeforeMove: {
    household: { adults: 1, dependentChildren: 0, benefitIsOnlyIncome: true, healthIssues: false },
    groundTypes: ['larger_city'],
    evasion: {
      stoppedParticipatingBeforeMove: true,
      refusedOffersBeforeMove: 2,
      statedIntentToContinueProgramme: false,
    },
    proposedReductionPercent: 75,
  },
  familyWithChildrenMovingToPartner: {
    household: { adults: 1, dependentChildren: 2, benefitIsOnlyIncome: true, healthIssues: false },
    applicationId: EXAMPLE_APPLICATION_ID,
    evasion: {
      stoppedParticipatingBeforeMove: false,
      refusedOffersBeforeMove: 0,
      statedIntentToContinueProgramme: true,
    },
    proposedReductionPercent: 25,
  },
  largerCityNoEvasion: {
    asOf: '2025-09-01',
    household: { adults: 1, dependentChildren: 0, otherMonthlyIncomeDkk: 2500, healthIssues: false },
    groundTypes: ['larger_city', 'family_or_friends'],
    evasion: {
      stoppedParticipatingBeforeMove: false,
      refusedOffersBeforeMove: 0,
      statedIntentToContinueProgramme: true,
    },
    proposedReductionPercent: 50,
  },
} as const

export const RECORD_BENEFIT_REDUCTION_EXAMPLES = [
  {
    household: BENEFIT_REDUCTION_EXAMPLES.singleAdultStoppedBeforeMove.household,
    evasion: BENEFIT_REDUCTION_EXAMPLES.singleAdultStoppedBeforeMove.evasion,
    decidedReductionPercent: 50,
    effectiveDate: '2025-10-01',
    justification:
      'Ophørte med at deltage i programmet en måned før flytningen og afslog to virksomhedspraktikker. Ydelsen er eneste indkomst; nedsættelse på 50 %.',
  },
  {
    household: BENEFIT_REDUCTION_EXAMPLES.familyWithChildrenMovingToPartner.household,
    evasion: BENEFIT_REDUCTION_EXAMPLES.familyWithChildrenMovingToPartner.evasion,
    decidedReductionPercent: 0,
    effectiveDate: '2025-10-01',
    justification:
      'Flyttet til kæreste uden fælles barn med to børn; deltog fuldt i programmet. Ingen nedsættelse af hensyn til børnene.',
  },
  {
    household: BENEFIT_REDUCTION_EXAMPLES.largerCityNoEvasion.household,
    evasion: BENEFIT_REDUCTION_EXAMPLES.largerCityNoEvasion.evasion,
    decidedReductionPercent: 25,
    effectiveDate: '2025-11-01',
    movedBackDate: '2026-02-15',
    justification: 'Flyttet til større by uden tegn på unddragelse; deltidsjob. Nedsættelse på 25 %.',
  },
] as const
