/**
 * The TypeBox schemas of POST /v1/takeover-assessments and GET /v1/rules agree with the law module:
 * the request examples produce the outcomes they claim, the static types fit, unknown fields are refused.
 */
import { Value } from 'typebox/value'
import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  assessTakeover,
  TAKEOVER_RULES,
  type TakeoverAssessment,
  type TakeoverAssessmentRequest,
} from '../../../src/law/takeover/index.ts'
import { ASSESSMENT_OUTCOMES, GROUND_TYPES } from '../../../src/law/vocabulary.ts'
import { RuleCatalogueEntry } from '../../../src/rule-catalogue/schemas.ts'
import {
  TAKEOVER_ASSESSMENT_REQUEST_EXAMPLES,
  type TakeoverAssessmentRequestBody,
  TakeoverAssessmentRequestSchema,
  type TakeoverAssessmentResponseBody,
  TakeoverAssessmentResponseSchema,
  TakeoverGroundSchema,
} from '../../../src/takeover-assessments/schemas.ts'

describe('request examples of TakeoverAssessmentRequestSchema', () => {
  it('covers every outcome and is what the schema carries as `examples`', () => {
    expect(Object.keys(TAKEOVER_ASSESSMENT_REQUEST_EXAMPLES).sort()).toEqual([...ASSESSMENT_OUTCOMES].sort())
    const { examples } = TakeoverAssessmentRequestSchema as unknown as { examples: unknown[] }
    expect(examples).toEqual(Object.values(TAKEOVER_ASSESSMENT_REQUEST_EXAMPLES))
  })

  it.each(Object.entries(TAKEOVER_ASSESSMENT_REQUEST_EXAMPLES))(
    'the %s example is valid and produces that outcome',
    (outcome, example) => {
      expect(Value.Check(TakeoverAssessmentRequestSchema, example)).toBe(true)
      const result = assessTakeover(example, {
        language: 'da',
        reasonableOneWayCommuteMinutes: 90,
        asOf: example.asOf,
      })
      expect(result.outcome).toBe(outcome)
      expect(Value.Check(TakeoverAssessmentResponseSchema, result)).toBe(true)
    },
  )
})

describe('request schema', () => {
  const base = { fromMunicipality: '773', toMunicipality: '101' }
  it('accepts a ground with every fact missing (needs_information, not 400)', () => {
    for (const type of GROUND_TYPES) {
      expect(Value.Check(TakeoverAssessmentRequestSchema, { ...base, grounds: [{ type }] })).toBe(true)
    }
  })
  it.each([
    ['an unknown field', { ...base, grounds: [{ type: 'loneliness' }], cpr: '0101901234' }],
    ['an unknown fact on a ground', { ...base, grounds: [{ type: 'loneliness', oneWayCommuteMinutes: 9 }] }],
    ['an unknown ground type', { ...base, grounds: [{ type: 'weather' }] }],
    ['no grounds', { ...base, grounds: [] }],
    ['a five-digit municipality', { ...base, toMunicipality: '01010', grounds: [{ type: 'loneliness' }] }],
    ['an impossible date', { ...base, asOf: '2025-02-30', grounds: [{ type: 'loneliness' }] }],
    ['a negative commute', { ...base, grounds: [{ type: 'employment', oneWayCommuteMinutes: -5 }] }],
  ])('rejects %s', (_name, body) => {
    expect(Value.Check(TakeoverAssessmentRequestSchema, body)).toBe(false)
  })
  it('discriminates each ground by a literal `type`, one object schema per ground type', () => {
    const literals = TakeoverGroundSchema.anyOf.map((member) => member.properties.type.const)
    expect([...literals].sort()).toEqual([...GROUND_TYPES].sort())
    for (const member of TakeoverGroundSchema.anyOf) {
      expect((member as unknown as { additionalProperties: unknown }).additionalProperties).toBe(false)
    }
  })
})

describe('static types agree with the law module', () => {
  it('a validated body can be assessed, and an assessment can be serialised', () => {
    expectTypeOf<TakeoverAssessmentRequestBody>().toExtend<TakeoverAssessmentRequest>()
    expectTypeOf<TakeoverAssessment>().toExtend<TakeoverAssessmentResponseBody>()
  })
})

describe('RuleCatalogueEntry', () => {
  it('describes every T-* and G-* rule as GET /v1/rules would list it', () => {
    for (const rule of TAKEOVER_RULES) {
      const entry: RuleCatalogueEntry = { ...rule, parameters: rule.parameters ?? [] }
      expect(Value.Check(RuleCatalogueEntry, entry)).toBe(true)
    }
  })
})
