/**
 * P-EVASION (rules.md § 4, seed 004): the signs that the move is an attempt to avoid the programme, as the
 * caseworker reads them (da + en): the points, the cap on refused offers, the surplus above 100, whether
 * evasion is established, and what is missing.
 */
import { describe, expect, it } from 'vitest'
import {
  assessBenefitReduction,
  type EvasionFacts,
  isEvasionEstablished,
  type ProportionalityWeights,
} from '../../../src/law/proportionality/index.ts'
import { evaded, expectWeightParameters, NO_EVASION, SINGLE_ONLY_INCOME, types } from './support.ts'

/** The assessment with the P-EVASION criterion, in both languages. */
function evasion(facts: EvasionFacts | undefined, weights?: Partial<ProportionalityWeights>) {
  const input = {
    household: SINGLE_ONLY_INCOME,
    reason: { grounds: types('larger_city') },
    ...(facts ? { evasion: facts } : {}),
    proposedReductionPercent: 25,
  }
  const [da, en] = (['da', 'en'] as const).map((language) =>
    assessBenefitReduction(input, { language, ...(weights ? { weights } : {}) }),
  )
  const criterion = { da: da!.criteria[2]!, en: en!.criteria[2]! }
  expect(criterion.da.ruleId).toBe('P-EVASION')
  expect(criterion.en.criterion).toBe('evasion')
  return { ...criterion, established: en!.evasionEstablished }
}

describe('P-EVASION: the facts and their points', () => {
  it('no sign of evasion: the starting point alone (+50), level none, not established', () => {
    const { da, en, established } = evasion(NO_EVASION)
    expect(da.explanation).toMatch(
      /^Unddragelse \(P-EVASION\): udgangspunkt \(\+50\); deltog indtil flytningen \(0\); 0 afslåede tilbud \(0\); vil fortsætte programmet \(0\)\. /,
    )
    expect(da.explanation).toContain('+50 procentpoint. Unddragelse er ikke godtgjort.')
    expect(en.explanation).toMatch(
      /^Evasion \(P-EVASION\): starting point \(\+50\); participated until the move \(0\); 0 refused offers \(0\); intends to continue the programme \(0\)\. /,
    )
    expect(en.explanation).toContain('+50 percentage points. Evasion is not established.')
    expect(en.value).toEqual({ score: 0, label: 'none' })
    expect(en.contribution).toBe(50)
    expect(established).toBe(false)
  })

  it.each([
    [
      'stopped participating',
      { ...NO_EVASION, stoppedParticipatingBeforeMove: true },
      'stopped participating before the move (+25)',
      75,
    ],
    ['one refused offer', { ...NO_EVASION, refusedOffersBeforeMove: 1 }, '1 refused offer (+10)', 60],
    [
      'no stated intent',
      { ...NO_EVASION, statedIntentToContinueProgramme: false },
      'no stated intent to continue the programme (+20)',
      70,
    ],
  ] as const)(
    'one sign alone (%s) is an indication, not established evasion',
    (_, facts, fact, contribution) => {
      const { en, established } = evasion(facts)
      expect(en.explanation).toContain(fact)
      expect(en.explanation).toContain('Evasion is not established.')
      expect(en.value).toEqual({ score: 1, label: 'indications' })
      expect(en.contribution).toBe(contribution)
      expect(established).toBe(false)
    },
  )

  it('all three signs: established, with the Danish and English conclusion', () => {
    const { da, en, established } = evasion(evaded(1))
    expect(da.explanation).toContain(
      'stoppede med at deltage før flytningen (+25); 1 afslåede tilbud (+10); ingen tilkendegivelse om at fortsætte programmet (+20). Så langt kan en nedsættelse gå: +105 procentpoint; det, der overstiger 100, kan kun opveje fradrag for behov og årsag. Unddragelse er godtgjort.',
    )
    expect(en.explanation).toContain(
      '+105 percentage points; what exceeds 100 only offsets deductions for need and reason. Evasion is established.',
    )
    expect(en.explanation).toMatch(/ Evasion is established\.$/) // nothing missing
    expect(da.explanation).toMatch(/ Unddragelse er godtgjort\.$/)
    expect(en.value).toEqual({ score: 2, label: 'established' })
    expect(established).toBe(true)
  })
})

describe('P-EVASION: refused offers count at most 3 times', () => {
  it('3 refused offers: all count (+30), no cap named', () => {
    const { da, en } = evasion({ ...NO_EVASION, refusedOffersBeforeMove: 3 })
    expect(da.explanation).toContain('; 3 afslåede tilbud (+30);')
    expect(en.explanation).toContain('; 3 refused offers (+30);')
  })

  it('4 refused offers: at most 3 count (+30), and the explanation says so', () => {
    const { da, en } = evasion({ ...NO_EVASION, refusedOffersBeforeMove: 4 })
    expect(da.explanation).toContain('4 afslåede tilbud, højst 3 tæller (+30)')
    expect(en.explanation).toContain('4 refused offers, at most 3 count (+30)')
    expect(en.contribution).toBe(80)
  })

  it.each([-1, 1.5])('%s refused offers: invalid input', (refused) => {
    expect(() => evasion({ ...NO_EVASION, refusedOffersBeforeMove: refused })).toThrow(
      expect.objectContaining({
        kind: 'invalid',
        pointer: '/evasion/refusedOffersBeforeMove',
        message: 'must be an integer ≥ 0',
      }),
    )
  })
})

describe('P-EVASION: the surplus above 100', () => {
  it('exactly 100 (no stated intent, 3 refused offers): no surplus sentence', () => {
    const { da, en } = evasion({
      ...NO_EVASION,
      refusedOffersBeforeMove: 3,
      statedIntentToContinueProgramme: false,
    })
    expect(en.contribution).toBe(100)
    expect(da.explanation).toContain(
      'Så langt kan en nedsættelse gå: +100 procentpoint. Unddragelse er ikke godtgjort.',
    )
    expect(en.explanation).toContain(
      'How far a reduction may go: +100 percentage points. Evasion is not established.',
    )
  })

  it('101: the surplus only offsets deductions for need and reason', () => {
    const { en } = evasion(
      { ...NO_EVASION, refusedOffersBeforeMove: 3, statedIntentToContinueProgramme: false },
      { evasionBaseCeiling: 51 },
    )
    expect(en.contribution).toBe(101)
    expect(en.explanation).toContain(
      '+101 percentage points; what exceeds 100 only offsets deductions for need and reason.',
    )
  })
})

describe('P-EVASION: missing facts', () => {
  it('no evasion facts: only the starting point, every fact named missing, neither established nor not', () => {
    const { da, en, established } = evasion(undefined)
    const missing = [
      '/evasion/stoppedParticipatingBeforeMove',
      '/evasion/refusedOffersBeforeMove',
      '/evasion/statedIntentToContinueProgramme',
    ]
    expect(en.missing).toEqual(missing)
    expect(en.value).toEqual({ score: 0, label: 'incomplete' })
    expect(established).toBeNull()
    expect(da.explanation).toContain(
      `Unddragelse (P-EVASION): udgangspunkt (+50). Så langt kan en nedsættelse gå: +50 procentpoint. Mangler: ${missing.join(', ')}.`,
    )
    expect(en.explanation).toContain(
      `Evasion (P-EVASION): starting point (+50). How far a reduction may go: +50 percentage points. Missing: ${missing.join(', ')}.`,
    )
    expect(en.explanation).not.toContain('established')
  })

  it('a sign with a missing fact: incomplete with indications; the known points still count', () => {
    const { en, established } = evasion({ stoppedParticipatingBeforeMove: true, refusedOffersBeforeMove: 2 })
    expect(en.value).toEqual({ score: 1, label: 'incomplete' })
    expect(en.missing).toEqual(['/evasion/statedIntentToContinueProgramme'])
    expect(en.contribution).toBe(95)
    expect(established).toBeNull()
  })

  it('a missing fact does not matter once a known fact rules evasion out', () => {
    const { en, established } = evasion({ refusedOffersBeforeMove: 0 })
    expect(en.value).toEqual({ score: 0, label: 'incomplete' })
    expect(established).toBe(false)
    expect(en.explanation).toContain('Evasion is not established. Missing: ')
  })
})

describe('P-EVASION: established evasion needs all three facts', () => {
  it.each([
    ['participation unknown', { refusedOffersBeforeMove: 1, statedIntentToContinueProgramme: false }],
    [
      'refused offers unknown',
      { stoppedParticipatingBeforeMove: true, statedIntentToContinueProgramme: false },
    ],
    ['stated intent unknown', { stoppedParticipatingBeforeMove: true, refusedOffersBeforeMove: 1 }],
  ] as const)('%s while the others point to evasion: undecided (null)', (_, facts) => {
    expect(isEvasionEstablished(facts)).toBeNull()
  })

  it.each([
    ['participated', { ...evaded(1), stoppedParticipatingBeforeMove: false }],
    ['no refused offer', { ...evaded(1), refusedOffersBeforeMove: 0 }],
    ['stated intent', { ...evaded(1), statedIntentToContinueProgramme: true }],
  ] as const)('%s: not established, whatever else is known', (_, facts) => {
    expect(isEvasionEstablished(facts)).toBe(false)
  })

  it('no facts: undecided; all three: established', () => {
    expect(isEvasionEstablished(undefined)).toBeNull()
    expect(isEvasionEstablished({})).toBeNull()
    expect(isEvasionEstablished(evaded(1))).toBe(true)
  })
})

describe('P-EVASION: its parameters', () => {
  it('P-EVASION: the weights it uses are its parameters, with their default values, each an interpretation', () => {
    expectWeightParameters('P-EVASION', [
      ['evasionBaseCeiling', 50],
      ['evasionStoppedParticipating', 25],
      ['evasionPerRefusedOffer', 10],
      ['evasionMaxCountedRefusedOffers', 3],
      ['evasionNoStatedIntent', 20],
    ])
  })
})
