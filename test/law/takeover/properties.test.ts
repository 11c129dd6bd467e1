/**
 * Properties of the § 18 assessment (rules.md § 2) over generated grounds: the outcome rule, that an
 * insufficient ground never changes the outcome, order independence, and that every answer fits the
 * response schema and lists missing facts exactly for needs_information.
 */
import fc from 'fast-check'
import { Value } from 'typebox/value'
import { describe, expect, it } from 'vitest'
import { assessTakeover, type TakeoverGround } from '../../../src/law/takeover/index.ts'
import type { AssessmentOutcome } from '../../../src/law/vocabulary.ts'
import {
  TakeoverAssessmentRequestSchema,
  TakeoverAssessmentResponseSchema,
} from '../../../src/takeover-assessments/schemas.ts'

const municipality = fc.constantFrom('101', '0101', '751', '773')
const minutes = fc.constantFrom(0, 45, 89, 90, 91, 150, 300)
// Every fact is optional (a missing one yields needs_information); only `type` is always there.
const optional: { requiredKeys: ['type'] } = { requiredKeys: ['type'] }
const description = fc.constantFrom('Bror i København', 'Venner', 'Særlige forhold')

const groundArbitrary: fc.Arbitrary<TakeoverGround> = fc.oneof(
  fc.record(
    {
      type: fc.constant('employment' as const),
      holder: fc.constantFrom('applicant' as const, 'spouse' as const),
      workplaceMunicipality: municipality,
      ordinary: fc.boolean(),
      permanent: fc.boolean(),
      hoursPerWeek: fc.integer({ min: 1, max: 60 }),
      oneWayCommuteMinutes: minutes,
    },
    optional,
  ),
  fc.record(
    {
      type: fc.constant('education' as const),
      holder: fc.constantFrom('applicant' as const, 'spouse' as const),
      institutionMunicipality: municipality,
      admitted: fc.boolean(),
      availableNearCurrentHome: fc.boolean(),
      fastestRouteToEmployment: fc.boolean(),
      oneWayCommuteMinutes: minutes,
    },
    optional,
  ),
  fc.record(
    {
      type: fc.constant('spouse' as const),
      spouseCoveredByProgramme: fc.boolean(),
      spouseMunicipality: municipality,
      linkedApplicationId: fc.constantFrom('obligated-app', 'refused-app', 'unknown-app'),
    },
    optional,
  ),
  fc.record(
    {
      type: fc.constant('partner' as const),
      commonChildBorn: fc.boolean(),
      paternityRegistered: fc.boolean(),
    },
    optional,
  ),
  fc.record(
    {
      type: fc.constant('illness' as const),
      patient: fc.constantFrom('applicant' as const, 'close_relative' as const),
      treatmentMunicipality: municipality,
      treatmentsPerWeek: fc.constantFrom(0.25, 0.5, 1, 3),
      oneWayCommuteMinutes: minutes,
    },
    optional,
  ),
  fc.record(
    {
      type: fc.constant('threats' as const),
      cannotReturnForSafety: fc.boolean(),
      reportedToPolice: fc.boolean(),
      documentedByHealthOrCrisisCentre: fc.boolean(),
      authorityRecommendsRelocation: fc.boolean(),
      strongerAttachmentElsewhere: fc.boolean(),
    },
    optional,
  ),
  fc.record(
    {
      type: fc.constant('discrimination' as const),
      lgbtqRelated: fc.boolean(),
      threatsReceived: fc.boolean(),
      authoritiesAssessNotSolvableLocally: fc.boolean(),
    },
    optional,
  ),
  fc.record(
    { type: fc.constant('unaccompanied_minor_placement' as const), placementMunicipality: municipality },
    optional,
  ),
  fc.record({ type: fc.constant('family_or_friends' as const), description }, optional),
  fc.record({ type: fc.constant('loneliness' as const), description }, optional),
  fc.record({ type: fc.constant('larger_city' as const), description }, optional),
  fc.record({ type: fc.constant('conflict' as const), description }, optional),
  fc.record({ type: fc.constant('other' as const), description }, optional),
)
const groundsArbitrary = fc.array(groundArbitrary, { minLength: 1, maxLength: 6 })

const linkedOutcomes = new Map<string, AssessmentOutcome>([
  ['obligated-app', 'obligated'],
  ['refused-app', 'not_obligated'],
])
const assess = (grounds: TakeoverGround[], language: 'da' | 'en' = 'da') =>
  assessTakeover(
    { fromMunicipality: '773', toMunicipality: '101', grounds },
    { language, reasonableOneWayCommuteMinutes: 90, asOf: '2025-03-01', linkedOutcomes },
  )

describe('§ 18 assessment properties (rules.md § 2)', () => {
  it('the outcome is obligated exactly when some ground obligates', () => {
    fc.assert(
      fc.property(groundsArbitrary, (grounds) => {
        const result = assess(grounds)
        const someObligates = result.grounds.some((g) => g.effect === 'obligates')
        expect(result.outcome === 'obligated').toBe(someObligates)
        const someOpen = result.grounds.some(
          (g) => g.effect === 'supports' || g.effect === 'needs_information',
        )
        if (!someObligates) expect(result.outcome).toBe(someOpen ? 'individual_assessment' : 'not_obligated')
      }),
    )
  })

  it('adding an insufficient ground never changes the outcome', () => {
    fc.assert(
      fc.property(groundsArbitrary, groundArbitrary, fc.nat(), (grounds, extra, position) => {
        fc.pre(assess([extra]).grounds[0]?.effect === 'insufficient')
        const at = position % (grounds.length + 1)
        const withExtra = [...grounds.slice(0, at), extra, ...grounds.slice(at)]
        expect(assess(withExtra).outcome).toBe(assess(grounds).outcome)
      }),
    )
  })

  it('the answer does not depend on the order of the grounds', () => {
    const permuted = groundsArbitrary.chain((grounds) =>
      fc.tuple(
        fc.constant(grounds),
        fc.shuffledSubarray(grounds, { minLength: grounds.length, maxLength: grounds.length }),
      ),
    )
    fc.assert(
      fc.property(permuted, ([grounds, shuffled]) => {
        const multiset = (result: ReturnType<typeof assess>) =>
          result.grounds.map((g) => `${g.type}|${g.effect}|${g.ruleId}`).sort()
        const original = assess(grounds)
        const reordered = assess(shuffled)
        expect(reordered.outcome).toBe(original.outcome)
        expect(multiset(reordered)).toEqual(multiset(original))
      }),
    )
  })

  it('missing facts are listed exactly for needs_information, each pointing into its own ground', () => {
    fc.assert(
      fc.property(groundsArbitrary, (grounds) => {
        for (const ground of assess(grounds).grounds) {
          expect(ground.missing.length > 0).toBe(ground.effect === 'needs_information')
          for (const pointer of ground.missing)
            expect(pointer.startsWith(`/grounds/${ground.index}/`)).toBe(true)
        }
      }),
    )
  })

  it('every fact used is a fact given in its own ground (so the explanation states its value)', () => {
    fc.assert(
      fc.property(groundsArbitrary, (grounds) => {
        for (const ground of assess(grounds).grounds) {
          for (const pointer of ground.factsUsed) {
            const [, , index, fact] = pointer.split('/')
            expect(Number(index)).toBe(ground.index)
            expect((grounds[ground.index] as unknown as Record<string, unknown>)[fact!]).toBeDefined()
          }
        }
      }),
    )
  })

  it('generated requests fit the request schema, and every answer fits the response schema in both languages', () => {
    fc.assert(
      fc.property(groundsArbitrary, fc.constantFrom('da' as const, 'en' as const), (grounds, language) => {
        expect(
          Value.Check(TakeoverAssessmentRequestSchema, {
            fromMunicipality: '773',
            toMunicipality: '101',
            grounds,
          }),
        ).toBe(true)
        const result = assess(grounds, language)
        expect(Value.Check(TakeoverAssessmentResponseSchema, result)).toBe(true)
        for (const ground of result.grounds) expect(ground.explanation).toContain(ground.ruleId)
        expect(result.notes.some((note) => note.ruleId === 'G-VOLUNTARY')).toBe(true)
      }),
    )
  })
})
