/**
 * P-REASON (rules.md § 4, seed 004): the weightiest ground for the move decides (obligates > supports =
 * needs_information > insufficient); the explanation names each ground as the § 18 module does, whether its
 * effect was assessed or assumed, and the note that goes with the weightiest effect (da + en).
 */
import { describe, expect, it } from 'vitest'
import { assessBenefitReduction, type ReasonGround } from '../../../src/law/proportionality/index.ts'
import { expectWeightParameters, NO_EVASION, SINGLE_ONLY_INCOME, types } from './support.ts'

/** The P-REASON criterion of an assessment, in both languages. */
function reason(grounds: readonly ReasonGround[]) {
  const input = {
    household: SINGLE_ONLY_INCOME,
    reason: { grounds },
    evasion: NO_EVASION,
    proposedReductionPercent: 25,
  }
  const [da, en] = (['da', 'en'] as const).map(
    (language) => assessBenefitReduction(input, { language }).criteria[1]!,
  )
  expect(da!.ruleId).toBe('P-REASON')
  expect(en!.criterion).toBe('reason')
  return { da: da!, en: en! }
}

const OBLIGATES_NOTE = {
  da: 'En grund, der forpligter til overtagelse, betyder, at afslaget selv strider mod IL § 18, stk. 2.',
  en: 'A ground that obligates takeover means the refusal itself conflicts with IL § 18(2).',
}
const NEEDS_INFORMATION_NOTE = {
  da: 'Manglende oplysninger i § 18-vurderingen vægtes som en grund, der taler for overtagelse.',
  en: 'Missing facts in the § 18 assessment are weighed as a ground that supports takeover.',
}

describe('P-REASON: the weightiest ground decides', () => {
  it('obligates (−125), with the note that the refusal itself conflicts with IL § 18(2)', () => {
    const { da, en } = reason([
      { type: 'larger_city', effect: 'insufficient' },
      { type: 'employment', effect: 'obligates' },
    ])
    expect(en.value).toEqual({ score: 2, label: 'obligates' })
    expect(en.contribution).toBe(-125)
    expect(da.explanation).toContain(`Den tungeste grund tæller: −125 procentpoint. ${OBLIGATES_NOTE.da}`)
    expect(en.explanation).toContain(
      `The weightiest ground counts: −125 percentage points. ${OBLIGATES_NOTE.en}`,
    )
    expect(en.explanation).not.toContain(NEEDS_INFORMATION_NOTE.en)
  })

  it('needs information (−25), weighed as supports, with the note saying so', () => {
    const { da, en } = reason([{ type: 'other', effect: 'needs_information' }])
    expect(en.value).toEqual({ score: 1, label: 'needs_information' })
    expect(en.contribution).toBe(-25)
    expect(da.explanation).toContain(`−25 procentpoint. ${NEEDS_INFORMATION_NOTE.da}`)
    expect(en.explanation).toContain(`−25 percentage points. ${NEEDS_INFORMATION_NOTE.en}`)
    expect(en.explanation).not.toContain(OBLIGATES_NOTE.en)
  })

  it.each([
    ['supports first', ['supports', 'needs_information']],
    ['needs information first', ['needs_information', 'supports']],
  ] as const)(
    'supports and needs information (%s): the level is supports, without either note',
    (_, effects) => {
      const { da, en } = reason([
        { type: 'other', effect: effects[0] },
        { type: 'discrimination', effect: effects[1] },
      ])
      expect(en.value).toEqual({ score: 1, label: 'supports' })
      expect(en.contribution).toBe(-25)
      expect(en.explanation).toMatch(/The weightiest ground counts: −25 percentage points\.$/)
      expect(da.explanation).toMatch(/Den tungeste grund tæller: −25 procentpoint\.$/)
    },
  )

  it('insufficient only: 0 points, no note', () => {
    const { en } = reason([
      { type: 'larger_city', effect: 'insufficient' },
      { type: 'loneliness', effect: 'insufficient' },
    ])
    expect(en.value).toEqual({ score: 0, label: 'insufficient' })
    expect(en.contribution).toBe(0)
    expect(en.explanation).toMatch(/The weightiest ground counts: 0 percentage points\.$/)
  })

  it('an obligating ground listed after a supporting one decides', () => {
    const { en } = reason([
      { type: 'other', effect: 'supports' },
      { type: 'employment', effect: 'obligates' },
    ])
    expect(en.value).toEqual({ score: 2, label: 'obligates' })
    expect(en.contribution).toBe(-125)
  })

  it('an obligating ground listed before a weaker one still decides', () => {
    const { en } = reason([
      { type: 'illness', effect: 'obligates' },
      { type: 'other', effect: 'supports' },
      { type: 'conflict', effect: 'insufficient' },
    ])
    expect(en.value).toEqual({ score: 2, label: 'obligates' })
  })
})

describe('P-REASON: each ground named as the § 18 module names it, assessed or assumed', () => {
  it('an assessed effect says "assessed"; a ground type alone says its strongest possible effect is assumed', () => {
    const { da, en } = reason([{ type: 'employment', effect: 'insufficient' }, ...types('larger_city')])
    expect(da.explanation).toContain(
      'Årsag (P-REASON): beskæftigelse – utilstrækkelig (vurderet); større by eller netværk – utilstrækkelig (antaget: grundtypens stærkest mulige virkning).',
    )
    expect(en.explanation).toContain(
      "Reason (P-REASON): employment – insufficient (assessed); larger city or community – insufficient (assumed: the ground type's strongest possible effect).",
    )
  })
})

describe('P-REASON: no reason given', () => {
  it('0 points, incomplete, /groundTypes named missing (P-MAX)', () => {
    const { da, en } = reason([])
    expect(en.value).toEqual({ score: 0, label: 'incomplete' })
    expect(en.contribution).toBe(0)
    expect(en.missing).toEqual(['/groundTypes'])
    expect(da.explanation).toContain(
      'Årsag (P-REASON): ingen flytteårsag oplyst: 0 procentpoint. Mangler: /groundTypes.',
    )
    expect(en.explanation).toContain(
      'Reason (P-REASON): no reason for the move given: 0 percentage points. Missing: /groundTypes.',
    )
  })
})

describe('P-REASON: its parameters', () => {
  it('P-REASON: the weights it uses are its parameters, with their default values, each an interpretation', () => {
    expectWeightParameters('P-REASON', [
      ['reasonSupports', 25],
      ['reasonObligates', 125],
    ])
  })
})
