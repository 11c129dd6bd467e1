import { type Static, Type } from 'typebox'
import { ApplicantCategory, IsoDate, LegalSourceSchema } from '../http/schemas.ts'
import {
  BENEFITS,
  BONUS_KINDS,
  BONUS_OUTCOMES,
  CONDITION_RESULTS,
  DANISH_TEST_KINDS,
  type DanishBonusFacts,
  WORDINGS,
} from '../law/danskbonus/index.ts'

const closed = { additionalProperties: false } as const
const date = (description: string) => Type.String({ ...IsoDate, description })

/** The documented request examples; the documented answers are computed from them. */
export const DANISH_BONUS_EXAMPLES = [
  {
    applicationDate: '2025-03-01',
    category: 'refugee',
    benefit: 'none',
    danishTests: [{ kind: 'pd2', passedDate: '2024-12-10' }],
    earlierDanishBonusOrSupplement: false,
    programmeOffered: true,
  },
  {
    applicationDate: '2020-10-05',
    category: 'family_reunified',
    benefit: 'none',
    danishTests: [{ kind: 'fvu_reading_2', passedDate: '2019-06-20' }],
    earlierDanishBonusOrSupplement: false,
    programmeOffered: false,
    earlierDecision: { date: '2020-11-02', outcome: 'refused', restedOnProgrammeParticipation: true },
  },
] as const satisfies DanishBonusFacts[]

export const DanishBonusAssessmentRequest = Type.Object(
  {
    applicationDate: Type.Optional(
      date('The date of the application for danskbonus; from 9 June 2021 B-PROGRAMME applies'),
    ),
    category: Type.Optional(ApplicantCategory),
    benefit: Type.Optional(
      Type.Enum(BENEFITS, {
        description:
          'Help under aktivloven §§ 22-25 the person receives: none, self_support_and_repatriation (selvforsørgelses- og hjemrejseydelse), transition (overgangsydelse), cash_assistance (kontanthjælp), other_active_social_policy',
      }),
    ),
    danishTests: Type.Optional(
      Type.Array(
        Type.Object(
          {
            kind: Type.Optional(
              Type.Enum(DANISH_TEST_KINDS, {
                description: 'pd2 (Prøve i Dansk 2), fvu_reading_2 (FVU-læsning trin 2), pd3, higher',
              }),
            ),
            passedDate: Type.Optional(date('The date the test was passed')),
          },
          closed,
        ),
        { maxItems: 20, description: 'Danish tests passed; an empty list means none' },
      ),
    ),
    earlierDanishBonusOrSupplement: Type.Optional(
      Type.Boolean({
        description: 'Earlier danskbonus, or a right to dansktillæg/danskbonus under aktivloven',
      }),
    ),
    programmeOffered: Type.Optional(
      Type.Boolean({
        description: 'Offered a selvforsørgelses- og hjemrejseprogram or introduktionsprogram (IL § 16)',
      }),
    ),
    earlierDecision: Type.Optional(
      Type.Object(
        {
          date: Type.Optional(date('The date of the earlier decision on danskbonus')),
          outcome: Type.Optional(Type.Union([Type.Literal('approved'), Type.Literal('refused')])),
          restedOnProgrammeParticipation: Type.Optional(
            Type.Boolean({ description: 'The refusal rested on (current or past) programme participation' }),
          ),
        },
        closed,
      ),
    ),
    asOf: Type.Optional(date('Evaluate the rules in force on this date (default today)')),
  },
  { title: 'DanishBonusAssessmentRequest', ...closed, examples: DANISH_BONUS_EXAMPLES },
)
export type DanishBonusAssessmentRequestBody = Static<typeof DanishBonusAssessmentRequest>

const Explained = {
  explanation: Type.String(),
  legalSources: Type.Array(LegalSourceSchema),
}

export const DanishBonusAssessmentResponse = Type.Object(
  {
    outcome: Type.Enum(BONUS_OUTCOMES, {
      description: 'not_eligible when a condition is not met; else needs_information when one is unknown',
    }),
    bonus: Type.Enum(BONUS_KINDS, { description: 'Which bonus applies (B-PATH)' }),
    bonusRule: Type.Object({ ruleId: Type.Literal('B-PATH'), ...Explained }, closed),
    wording: Type.Enum(WORDINGS, {
      description:
        'Which wording of § 22, stk. 1 governs: former (applications before 9 June 2021) or current',
    }),
    conditions: Type.Array(
      Type.Object(
        {
          ruleId: Type.String({ examples: ['B-EXAM'] }),
          result: Type.Enum(CONDITION_RESULTS),
          ...Explained,
          missing: Type.Array(Type.String(), { description: 'JSON pointers of the missing facts' }),
        },
        closed,
      ),
      { description: 'B-COVERED, B-SELF-SUPPORTING, B-EXAM, B-ONCE, B-PROGRAMME in this order' },
    ),
    reopeningRequired: Type.Boolean({
      description:
        'B-PRACTICE-2021: an earlier refusal under the former wording rested on programme participation',
    }),
    reopening: Type.Optional(Type.Object({ ruleId: Type.Literal('B-PRACTICE-2021'), ...Explained }, closed)),
    asOf: date('The date the rules were evaluated on'),
    rulesVersion: Type.String(),
  },
  { ...closed, title: 'DanishBonusAssessment' },
)
