/**
 * The request/response schemas of the proportionality endpoints (api.md) and the rule catalogue entries
 * (P-NEED, P-REASON, P-EVASION, P-TOTAL-STOP, P-MAX).
 */
import type { TSchema } from 'typebox'
import { Compile } from 'typebox/compile'
import { describe, expect, it } from 'vitest'
import { InvalidInput } from '../../../src/errors.ts'
import { PROPORTIONALITY_RULES } from '../../../src/law/proportionality/index.ts'
import {
  assertExactlyOneReasonSource,
  BenefitReductionAssessmentRequest,
  BenefitReductionAssessmentResponse,
  RecordBenefitReductionRequest,
} from '../../../src/proportionality/schemas.ts'

function examplesOf(schema: TSchema): unknown[] {
  return (schema as { examples?: unknown[] }).examples ?? []
}

const request = Compile(BenefitReductionAssessmentRequest)
const response = Compile(BenefitReductionAssessmentResponse)
const record = Compile(RecordBenefitReductionRequest)

describe('POST /v1/benefit-reduction-assessments schemas', () => {
  it('accepts its three examples and validates its response example', () => {
    const examples = examplesOf(BenefitReductionAssessmentRequest)
    expect(examples).toHaveLength(3)
    for (const example of examples) expect(request.Check(example)).toBe(true)
    for (const example of examplesOf(BenefitReductionAssessmentResponse)) {
      expect(response.Check(example)).toBe(true)
    }
  })

  it('accepts a request with every fact missing: that is insufficient_information, not a 400', () => {
    expect(request.Check({ groundTypes: ['loneliness'], proposedReductionPercent: 25 })).toBe(true)
  })

  it.each([
    ['an unknown field', { groundTypes: ['loneliness'], proposedReductionPercent: 25, note: 'x' }],
    [
      'an unknown field in household',
      { groundTypes: ['conflict'], proposedReductionPercent: 0, household: { pets: 2 } },
    ],
    ['a proposed reduction above 100', { groundTypes: ['loneliness'], proposedReductionPercent: 101 }],
    ['a fractional proposed reduction', { groundTypes: ['loneliness'], proposedReductionPercent: 12.5 }],
    ['no proposed reduction', { groundTypes: ['loneliness'] }],
    ['an unknown ground type', { groundTypes: ['weather'], proposedReductionPercent: 0 }],
    ['an empty list of ground types', { groundTypes: [], proposedReductionPercent: 0 }],
    ['an applicationId that is not a uuid', { applicationId: '42', proposedReductionPercent: 0 }],
    [
      'a negative count of refused offers',
      { groundTypes: ['other'], proposedReductionPercent: 0, evasion: { refusedOffersBeforeMove: -1 } },
    ],
    ['zero adults', { groundTypes: ['other'], proposedReductionPercent: 0, household: { adults: 0 } }],
  ])('rejects %s', (_, body) => {
    expect(request.Check(body)).toBe(false)
  })

  it('requires exactly one of groundTypes and applicationId (checked in code, 400)', () => {
    const applicationId = '0b9d6f4e-3c1a-4f59-9a41-6d2e8f7c5a10'
    expect(() => assertExactlyOneReasonSource({ groundTypes: ['loneliness'] })).not.toThrow()
    expect(() => assertExactlyOneReasonSource({ applicationId })).not.toThrow()
    expect(() => assertExactlyOneReasonSource({ groundTypes: ['loneliness'], applicationId })).toThrow(
      expect.objectContaining({ kind: 'invalid', pointer: '/applicationId' }),
    )
    expect(() => assertExactlyOneReasonSource({})).toThrow(InvalidInput)
  })
})

describe('POST /v1/takeover-applications/{id}/benefit-reductions body', () => {
  it('accepts its three examples', () => {
    const examples = examplesOf(RecordBenefitReductionRequest)
    expect(examples).toHaveLength(3)
    for (const example of examples) expect(record.Check(example)).toBe(true)
  })

  it.each([
    ['no justification', { decidedReductionPercent: 25, effectiveDate: '2025-10-01' }],
    [
      'an empty justification',
      { decidedReductionPercent: 25, effectiveDate: '2025-10-01', justification: '' },
    ],
    ['an impossible date', { decidedReductionPercent: 25, effectiveDate: '2025-02-30', justification: 'x' }],
    [
      'an applicationId (the path names it)',
      {
        decidedReductionPercent: 25,
        effectiveDate: '2025-10-01',
        justification: 'x',
        applicationId: '0b9d6f4e-3c1a-4f59-9a41-6d2e8f7c5a10',
      },
    ],
    [
      'a decided reduction above 100',
      { decidedReductionPercent: 125, effectiveDate: '2025-10-01', justification: 'x' },
    ],
  ])('rejects %s', (_, body) => {
    expect(record.Check(body)).toBe(false)
  })
})

describe('PROPORTIONALITY_RULES', () => {
  it('defines P-NEED, P-REASON, P-EVASION, P-TOTAL-STOP and P-MAX, each citing IL § 32 and seed 004', () => {
    expect(PROPORTIONALITY_RULES.map((r) => r.id)).toEqual([
      'P-NEED',
      'P-REASON',
      'P-EVASION',
      'P-TOTAL-STOP',
      'P-MAX',
    ])
    for (const rule of PROPORTIONALITY_RULES) {
      const citations = rule.legalSources.map((s) => s.citation).join(' | ')
      expect(citations).toContain('Integrationsloven § 32')
      expect(citations).toContain('Ankestyrelsens praksisnotat')
      expect(rule.title.da && rule.title.en && rule.decides.da && rule.decides.en).toBeTruthy()
      for (const p of rule.parameters ?? []) expect(p.interpretation).toBe(true)
    }
  })

  it('notes the freedom of movement (ECHR Protocol 4 art. 2, ICCPR art. 12) on P-TOTAL-STOP and P-MAX', () => {
    for (const id of ['P-TOTAL-STOP', 'P-MAX']) {
      const citations = PROPORTIONALITY_RULES.find((r) => r.id === id)!
        .legalSources.map((s) => s.citation)
        .join(' | ')
      expect(citations).toContain('4. tillægsprotokol, artikel 2')
      expect(citations).toContain('artikel 12')
    }
  })
})
