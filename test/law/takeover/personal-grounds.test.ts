/**
 * The T-* rules of personal circumstances (spouse, partner, threats, discrimination, minor, conflict,
 * other; rules.md § 2) at their edges: missing facts (needs_information with JSON pointers) and known
 * facts that decide regardless of missing ones.
 */
import { describe, expect, it } from 'vitest'
import type { TakeoverGround } from '../../../src/law/takeover/index.ts'
import type { AssessmentOutcome, GroundEffect } from '../../../src/law/vocabulary.ts'
import { assessOne } from './support.ts'

interface Case {
  name: string
  ground: TakeoverGround
  effect: GroundEffect
  ruleId: string
  missing?: string[]
  linked?: ReadonlyMap<string, AssessmentOutcome>
}

const cases: Case[] = [
  {
    name: 'T-SPOUSE: spouse in another municipality → insufficient',
    ground: { type: 'spouse', spouseCoveredByProgramme: false, spouseMunicipality: '751' },
    effect: 'insufficient',
    ruleId: 'T-SPOUSE',
  },
  {
    name: 'T-SPOUSE: spouse municipality missing → needs_information',
    ground: { type: 'spouse', spouseCoveredByProgramme: false },
    effect: 'needs_information',
    ruleId: 'T-SPOUSE',
    missing: ['/grounds/1/spouseMunicipality'],
  },
  {
    name: 'T-SPOUSE: coverage unknown → needs_information',
    ground: { type: 'spouse', spouseMunicipality: '101' },
    effect: 'needs_information',
    ruleId: 'T-SPOUSE',
    missing: ['/grounds/1/spouseCoveredByProgramme'],
  },
  {
    name: 'T-SPOUSE-BOTH: no linked application → needs_information',
    ground: { type: 'spouse', spouseCoveredByProgramme: true },
    effect: 'needs_information',
    ruleId: 'T-SPOUSE-BOTH',
    missing: ['/grounds/1/linkedApplicationId'],
  },
  {
    name: 'T-SPOUSE-BOTH: linked application not resolved → needs_information',
    ground: { type: 'spouse', spouseCoveredByProgramme: true, linkedApplicationId: 'x' },
    effect: 'needs_information',
    ruleId: 'T-SPOUSE-BOTH',
    missing: ['/grounds/1/linkedApplicationId'],
  },
  {
    name: 'T-SPOUSE-BOTH: linked application needs an individual assessment → supports',
    ground: { type: 'spouse', spouseCoveredByProgramme: true, linkedApplicationId: 'x' },
    linked: new Map([['x', 'individual_assessment']]),
    effect: 'supports',
    ruleId: 'T-SPOUSE-BOTH',
  },
  {
    name: 'T-PARTNER-CHILD: child born, paternity not registered → insufficient',
    ground: { type: 'partner', commonChildBorn: true, paternityRegistered: false },
    effect: 'insufficient',
    ruleId: 'T-PARTNER-CHILD',
  },
  {
    name: 'T-PARTNER-CHILD: child born, paternity unknown → needs_information',
    ground: { type: 'partner', commonChildBorn: true },
    effect: 'needs_information',
    ruleId: 'T-PARTNER-CHILD',
    missing: ['/grounds/1/paternityRegistered'],
  },
  {
    name: 'T-PARTNER-CHILD: nothing known → needs_information',
    ground: { type: 'partner' },
    effect: 'needs_information',
    ruleId: 'T-PARTNER-CHILD',
    missing: ['/grounds/1/commonChildBorn', '/grounds/1/paternityRegistered'],
  },
  {
    name: 'T-THREAT: claimed without any evidence → supports',
    ground: {
      type: 'threats',
      cannotReturnForSafety: true,
      reportedToPolice: false,
      documentedByHealthOrCrisisCentre: false,
      authorityRecommendsRelocation: false,
      strongerAttachmentElsewhere: false,
    },
    effect: 'supports',
    ruleId: 'T-THREAT',
  },
  {
    name: 'T-THREAT: authority recommends relocation suffices → obligates',
    ground: {
      type: 'threats',
      cannotReturnForSafety: true,
      authorityRecommendsRelocation: true,
      strongerAttachmentElsewhere: false,
    },
    effect: 'obligates',
    ruleId: 'T-THREAT',
  },
  {
    name: 'T-THREAT: no safety reason → insufficient',
    ground: { type: 'threats', cannotReturnForSafety: false },
    effect: 'insufficient',
    ruleId: 'T-THREAT',
  },
  {
    name: 'T-THREAT: documented, attachment unknown → needs_information',
    ground: { type: 'threats', cannotReturnForSafety: true, reportedToPolice: true },
    effect: 'needs_information',
    ruleId: 'T-THREAT',
    missing: ['/grounds/1/strongerAttachmentElsewhere'],
  },
  {
    name: 'T-DISCRIMINATION: no threats → insufficient',
    ground: { type: 'discrimination', lgbtqRelated: true, threatsReceived: false },
    effect: 'insufficient',
    ruleId: 'T-DISCRIMINATION',
  },
  {
    name: 'T-DISCRIMINATION: authorities not consulted → needs_information',
    ground: { type: 'discrimination', threatsReceived: true },
    effect: 'needs_information',
    ruleId: 'T-DISCRIMINATION',
    missing: ['/grounds/1/authoritiesAssessNotSolvableLocally'],
  },
  {
    name: 'T-MINOR: placed in another municipality → insufficient',
    ground: { type: 'unaccompanied_minor_placement', placementMunicipality: '751' },
    effect: 'insufficient',
    ruleId: 'T-MINOR',
  },
  {
    name: 'T-MINOR: placement unknown → needs_information',
    ground: { type: 'unaccompanied_minor_placement' },
    effect: 'needs_information',
    ruleId: 'T-MINOR',
    missing: ['/grounds/1/placementMunicipality'],
  },
  {
    name: 'T-CONFLICT: problems with other refugees or staff → insufficient',
    ground: { type: 'conflict' },
    effect: 'insufficient',
    ruleId: 'T-CONFLICT',
  },
  {
    name: 'T-OTHER: described → supports (no presumption)',
    ground: { type: 'other', description: 'Særlig omsorgsforpligtelse' },
    effect: 'supports',
    ruleId: 'T-OTHER',
  },
  {
    name: 'T-OTHER: without description → needs_information',
    ground: { type: 'other' },
    effect: 'needs_information',
    ruleId: 'T-OTHER',
    missing: ['/grounds/1/description'],
  },
]

describe('T-SPOUSE … T-OTHER: edge cases (rules.md § 2)', () => {
  it.each(cases)('$name', ({ ground, effect, ruleId, missing, linked }) => {
    const assessed = assessOne(ground, linked)
    expect(assessed).toMatchObject({ index: 1, type: ground.type, effect, ruleId })
    expect(assessed.missing).toEqual(missing ?? [])
    expect(assessed.explanation).toContain(ruleId)
    for (const pointer of assessed.missing) expect(assessed.explanation).toContain(pointer)
  })
})
