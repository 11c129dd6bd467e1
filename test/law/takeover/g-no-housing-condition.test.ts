/**
 * G-NO-HOUSING-CONDITION (rules.md § 2, seed 003): an approval cannot wait for the applicant to find
 * housing, and the applicant need not have moved — a note whenever a takeover may follow.
 */
import { describe, expect, it } from 'vitest'
import { assessTakeover, type TakeoverGround } from '../../../src/law/takeover/index.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'
import { OBLIGATING_JOB as job } from './support.ts'

function note(grounds: TakeoverGround[], language: 'da' | 'en') {
  const result = assessTakeover(
    { toMunicipality: '101', grounds },
    { language, reasonableOneWayCommuteMinutes: 90, asOf: '2025-03-01' },
  )
  return result.notes.find((n) => n.ruleId === 'G-NO-HOUSING-CONDITION')
}

describe('G-NO-HOUSING-CONDITION', () => {
  it('G-NO-HOUSING-CONDITION: a takeover may follow: "once you have a home" is a refusal, in both languages', () => {
    const en = note([job], 'en')
    expect(en?.text).toContain(
      'An approval cannot be made conditional on the applicant first finding housing',
    )
    expect(en?.text).toContain('"we take over once you have a home" is a refusal')
    expect(en?.text).toContain('the takeover takes effect from the move-in date')
    expect(en?.legalSources.map((s) => s.citation)).toContain('Integrationsloven § 18, stk. 2')
    const da = note([job], 'da')
    expect(da?.text).toContain(
      'En godkendelse kan ikke gøres betinget af, at ansøgeren først finder en bolig',
    )
    expect(da?.text).toContain('"vi overtager, når du har en bolig" er et afslag')
    expect(da?.text).toContain('får overtagelsen virkning fra tilflytningsdatoen')
  })

  it('G-NO-HOUSING-CONDITION: no note when nothing weighs for a takeover', () => {
    expect(note([{ type: 'loneliness' }], 'en')).toBeUndefined()
  })

  it('G-NO-HOUSING-CONDITION: cites the sources rules.md § 2 names for it', () => {
    expectSourcesOfRulesMd('G-NO-HOUSING-CONDITION')
  })
})
