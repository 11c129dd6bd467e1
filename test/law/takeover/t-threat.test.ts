/**
 * T-THREAT (rules.md § 2): one kind of evidence obliges; every kind known to be absent only supports;
 * evidence neither found nor ruled out is missing.
 */
import { describe, expect, it } from 'vitest'
import { assessGround, at } from './one-ground.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'

const safety = { type: 'threats', cannotReturnForSafety: true, strongerAttachmentElsewhere: false } as const

describe('T-THREAT: the evidence', () => {
  it('every kind of evidence absent: supports, resting on all three', () => {
    const result = assessGround({
      ...safety,
      reportedToPolice: false,
      documentedByHealthOrCrisisCentre: false,
      authorityRecommendsRelocation: false,
    })
    expect(result).toMatchObject({ effect: 'supports', ruleId: 'T-THREAT', missing: [] })
    expect(result.factsUsed).toEqual(
      at(
        'cannotReturnForSafety',
        'reportedToPolice',
        'documentedByHealthOrCrisisCentre',
        'authorityRecommendsRelocation',
        'strongerAttachmentElsewhere',
      ),
    )
    expect(result.explanation.en).toContain('not reported to the police')
    expect(result.explanation.en).toContain('The threats are not documented')
    expect(result.explanation.da).toContain('ikke anmeldt til politiet')
    expect(result.explanation.da).toContain('(T-THREAT;')
  })

  it('one kind absent and the others unknown: not yet "undocumented", the others are missing', () => {
    const result = assessGround({ ...safety, reportedToPolice: false })
    expect(result).toMatchObject({ effect: 'needs_information', ruleId: 'T-THREAT' })
    expect(result.missing).toEqual(at('documentedByHealthOrCrisisCentre', 'authorityRecommendsRelocation'))
    expect(result.factsUsed).toEqual(
      at('cannotReturnForSafety', 'reportedToPolice', 'strongerAttachmentElsewhere'),
    )
    expect(result.explanation.en).toContain('Missing: ')
    expect(result.explanation.en).toContain('(/grounds/0/documentedByHealthOrCrisisCentre)')
    expect(result.explanation.da).toContain('Mangler: ')
    expect(result.explanation.da).toContain('(/grounds/0/authorityRecommendsRelocation)')
  })

  it('one kind found: obligates on that evidence alone, whatever the others', () => {
    const result = assessGround({
      ...safety,
      reportedToPolice: false,
      documentedByHealthOrCrisisCentre: true,
    })
    expect(result).toMatchObject({ effect: 'obligates', ruleId: 'T-THREAT', missing: [] })
    expect(result.factsUsed).toEqual(
      at('cannotReturnForSafety', 'documentedByHealthOrCrisisCentre', 'strongerAttachmentElsewhere'),
    )
    expect(result.outcome).toBe('obligated')
    expect(result.explanation.en).toContain('documented by medical records or a crisis-centre statement')
    expect(result.explanation.en).not.toContain('not reported')
  })

  it('evidence found but safety unknown: cannotReturnForSafety is missing, the evidence is not', () => {
    const result = assessGround({
      type: 'threats',
      strongerAttachmentElsewhere: false,
      authorityRecommendsRelocation: true,
    })
    expect(result.effect).toBe('needs_information')
    expect(result.missing).toEqual(at('cannotReturnForSafety'))
    expect(result.factsUsed).toEqual(at('authorityRecommendsRelocation', 'strongerAttachmentElsewhere'))
  })

  it('nothing known: every fact is missing, in the order a caseworker reads them', () => {
    const result = assessGround({ type: 'threats' })
    expect(result.missing).toEqual(
      at(
        'cannotReturnForSafety',
        'reportedToPolice',
        'documentedByHealthOrCrisisCentre',
        'authorityRecommendsRelocation',
        'strongerAttachmentElsewhere',
      ),
    )
    expect(result.factsUsed).toEqual([])
  })

  it('attachment unknown: strongerAttachmentElsewhere is missing even with evidence', () => {
    const result = assessGround({ type: 'threats', cannotReturnForSafety: true, reportedToPolice: true })
    expect(result.missing).toEqual(at('strongerAttachmentElsewhere'))
    expect(result.factsUsed).toEqual(at('cannotReturnForSafety', 'reportedToPolice'))
  })
})

describe('T-THREAT: what decides "insufficient" before the evidence', () => {
  it('a stronger attachment elsewhere: insufficient on that fact alone', () => {
    const result = assessGround({
      type: 'threats',
      strongerAttachmentElsewhere: true,
      reportedToPolice: true,
    })
    expect(result).toMatchObject({ effect: 'insufficient', ruleId: 'T-THREAT', missing: [] })
    expect(result.factsUsed).toEqual(at('strongerAttachmentElsewhere'))
    expect(result.explanation.en).toContain('stronger attachment to another municipality')
    expect(result.explanation.da).toContain('større tilknytning til en anden kommune')
  })

  it('no safety reason: insufficient on that fact alone', () => {
    const result = assessGround({ type: 'threats', cannotReturnForSafety: false, reportedToPolice: true })
    expect(result).toMatchObject({ effect: 'insufficient', ruleId: 'T-THREAT', missing: [] })
    expect(result.factsUsed).toEqual(at('cannotReturnForSafety'))
    expect(result.explanation.en).toContain('no safety reason stated')
    expect(result.outcome).toBe('not_obligated')
  })
})

describe('T-THREAT: its definition', () => {
  it('T-THREAT: cites the sources rules.md § 2 names for it', () => {
    expectSourcesOfRulesMd('T-THREAT')
  })
})
