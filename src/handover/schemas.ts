/**
 * TypeBox schemas of `POST /v1/handover-dates` (api.md "Dates"): they drive validation, serialization,
 * the OpenAPI document and the handler's types. The computation is `computeHandoverDates` in
 * src/law/handover; the schema's Static types are checked against its types in the tests.
 */

import { type Static, Type } from 'typebox'
import { ApplicantCategory, LegalSourceSchema } from '../http/schemas.ts'
import {
  DEADLINE_KINDS,
  DEADLINE_RULE_IDS,
  DEADLINE_STARTS,
  type HandoverFacts,
  RESPONSIBILITY_BASES,
  RESPONSIBILITY_RULE_IDS,
} from '../law/handover/index.ts'

/** A calendar date with its own description (same format as the shared IsoDate). */
const date = (description: string, example: string) =>
  Type.String({ format: 'date', description: `${description} (YYYY-MM-DD)`, examples: [example] })

/** One example per category, plus a § 18 takeover with a later move back; all are computed in the tests. */
export const HANDOVER_DATES_REQUEST_EXAMPLES: (HandoverFacts & { asOf?: string })[] = [
  { category: 'refugee', visitationDecisionDate: '2025-05-15' },
  { category: 'quota_refugee', cprRegistrationDate: '2025-03-03' },
  { category: 'family_reunified', residencePermitDate: '2025-01-20', applicationSubmittedInDenmark: true },
  {
    category: 'family_reunified_to_refugee',
    residencePermitDate: '2024-11-04',
    cprRegistrationDate: '2025-01-31',
  },
  { category: 'ukrainian_displaced', visitationDecisionDate: '2024-04-25' },
  {
    category: 'refugee',
    visitationDecisionDate: '2023-10-28',
    takeover: { approvalDate: '2024-09-02', moveDate: '2024-10-01' },
    movedBackDate: '2025-06-15',
    asOf: '2025-07-01',
  },
]

export const HandoverParametersBody = Type.Object(
  {
    firstOfMonthMakesMonthWhole: Type.Optional(
      Type.Boolean({
        description:
          'H-REF / D-MOVE-BACK interpretation: a decision (or move back) dated the 1st makes that month the first whole month. Default false.',
      }),
    ),
    ukrainianWeekdaysExcludeHelligdage: Type.Optional(
      Type.Boolean({
        description:
          'H-UKR interpretation: "weekdays" are Monday–Friday that are not helligdage (true, default) or every Monday–Friday (false).',
      }),
    ),
    processingTargetDays: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 365,
        description:
          "D-PROCESSING: the municipality's target for deciding a § 18 application, in days (default 30). Not law.",
      }),
    ),
  },
  {
    title: 'HandoverParameters',
    additionalProperties: false,
    description: 'Overrides of the interpretation parameters; absent = defaults.',
  },
)

export const TakeoverBody = Type.Object(
  {
    approvalDate: date('Date the receiving municipality approved the § 18 takeover (tilsagn)', '2024-09-02'),
    moveDate: date('Date the person moved (or moves) into the receiving municipality', '2024-10-01'),
  },
  {
    title: 'HandoverTakeover',
    additionalProperties: false,
    description:
      'A § 18 takeover (H-TAKEOVER): effective from the move-in date if the person moves after the approval, else from the approval date.',
  },
)

export const HandoverDatesRequest = Type.Object(
  {
    category: ApplicantCategory,
    visitationDecisionDate: Type.Optional(
      date(
        "Udlændingestyrelsen's visitation decision (visiteringsafgørelse). Required for refugee (H-REF; residencePermitDate is accepted in its place) and ukrainian_displaced (H-UKR)",
        '2025-05-15',
      ),
    ),
    residencePermitDate: Type.Optional(
      date(
        'Date the residence permit was granted (meddelelse af opholdstilladelse). Used by H-CPR when applicationSubmittedInDenmark is true, and by H-REF when no visitation decision date is given',
        '2025-01-20',
      ),
    ),
    applicationSubmittedInDenmark: Type.Optional(
      Type.Boolean({
        description:
          'H-CPR: the residence application was submitted in Denmark, so responsibility passes on the permit date rather than on CPR registration.',
      }),
    ),
    cprRegistrationDate: Type.Optional(
      date(
        'Registration in CPR as moved into the municipality. Required for quota_refugee and the family-reunified categories (H-CPR); rejected (422) for refugee',
        '2025-03-03',
      ),
    ),
    earlyTakeoverDate: Type.Optional(
      date(
        'Refugees only (H-EARLY): the agreed earlier takeover date, with the person’s consent',
        '2025-06-02',
      ),
    ),
    takeover: Type.Optional(TakeoverBody),
    movedBackDate: Type.Optional(
      date('D-MOVE-BACK: date the person moved back after moving without approval', '2025-06-15'),
    ),
    latestCompanyBasedOfferEndDate: Type.Optional(
      date(
        'D-SIX-WEEKS: day the most recent company-based offer ended (for job-ready persons)',
        '2025-09-30',
      ),
    ),
    asOf: Type.Optional(
      date(
        'Evaluation date (api.md), echoed in the response; default today in Denmark. Dated rule versions follow the facts (H-UKR by the decision date, Store Bededag by year)',
        '2025-07-01',
      ),
    ),
    parameters: Type.Optional(HandoverParametersBody),
  },
  {
    title: 'HandoverDatesRequest',
    additionalProperties: false,
    description:
      'Facts for the handover-date computation (rules.md § 3). Give the facts the category needs: a missing one is 400, contradicting facts are 422, each with a pointer to the field.',
    examples: HANDOVER_DATES_REQUEST_EXAMPLES,
  },
)
export type HandoverDatesRequestBody = Static<typeof HandoverDatesRequest>

const ruleDate = (description: string) =>
  Type.Object(
    {
      date: date('The date', '2025-07-01'),
      ruleId: Type.String({ description: 'The rule id in the rule catalogue (GET /v1/rules)' }),
      legalSources: Type.Array(LegalSourceSchema),
    },
    { additionalProperties: false, description },
  )

export const ResponsibilityDateBody = Type.Object(
  {
    date: date('The date integration responsibility passes to the municipality', '2025-07-01'),
    ruleId: Type.Enum(RESPONSIBILITY_RULE_IDS, { description: 'The rule that fixed the date' }),
    legalSources: Type.Array(LegalSourceSchema),
    basis: Type.Enum(RESPONSIBILITY_BASES, { description: 'What the date was counted from' }),
    basisDate: date('The fact the date was counted from', '2025-05-15'),
  },
  {
    title: 'ResponsibilityDate',
    additionalProperties: false,
    description: 'The responsibility date (ansvarsdato) and the rule that fixed it.',
  },
)

export const DeadlineBody = Type.Object(
  {
    id: Type.Enum(DEADLINE_RULE_IDS, {
      description: 'The rule id; D-FIRST-OFFER appears as target and as latest',
    }),
    kind: Type.Enum(DEADLINE_KINDS, { description: '`target`: if possible; `latest`: the statutory limit' }),
    date: date('The deadline (not moved off weekends or helligdage)', '2025-08-01'),
    startDate: date('The date the deadline runs from', '2025-07-01'),
    startsFrom: Type.Enum(DEADLINE_STARTS, { description: 'What startDate is' }),
    description: Type.String(),
    legalSources: Type.Array(LegalSourceSchema),
    interpretation: Type.Boolean({
      description:
        'True where the deadline rests on a choice the service makes, not on the text of the law (D-FOLLOW-UP; D-HEALTH counted from a § 18 takeover)',
    }),
  },
  { title: 'Deadline', additionalProperties: false },
)

export const UsedParameterBody = Type.Object(
  {
    name: Type.String(),
    value: Type.Union([Type.Number(), Type.Boolean(), Type.String()]),
    ruleId: Type.String(),
    interpretation: Type.Boolean({
      description: 'True where the law is silent and the service makes a choice',
    }),
    description: Type.String(),
  },
  { title: 'UsedParameter', additionalProperties: false },
)

export const HandoverDatesResponse = Type.Object(
  {
    category: ApplicantCategory,
    asOf: date('The date the rules were evaluated on', '2025-07-01'),
    responsibilityDate: ResponsibilityDateBody,
    integrationPeriodEndDate: date('H-PERIOD: the last day of the integration period', '2030-06-30'),
    freeMovementFromDate: date(
      'H-PERIOD: the fifth anniversary, from which the person moves freely',
      '2030-07-01',
    ),
    takeoverEffectiveDate: Type.Optional(ruleDate('H-TAKEOVER: when the § 18 takeover takes effect')),
    fullBenefitFromDate: Type.Optional(ruleDate('D-MOVE-BACK: full benefit again (on application) from')),
    deadlines: Type.Array(DeadlineBody, { description: 'In date order' }),
    explanation: Type.Array(Type.String(), {
      description:
        'Step by step: which month was counted, any clamping to a month’s last day, and whether and why a date rolled forward past a weekend or helligdag.',
    }),
    parameters: Type.Array(UsedParameterBody, { description: 'The parameters used, interpretations marked' }),
    rulesVersion: Type.String(),
  },
  {
    title: 'HandoverDates',
    additionalProperties: false,
    description: 'Handover dates and deadlines with rule ids and explanation.',
  },
)
export type HandoverDatesResponseBody = Static<typeof HandoverDatesResponse>
