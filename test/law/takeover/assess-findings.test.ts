/**
 * What the § 18 evaluation (assess.ts, conditions.ts, facts.ts) puts into an explanation: whose job,
 * education or illness it is (T-EMP, T-EDU, T-ILL), the facts used and missing, how a fact reads
 * (municipality, commute threshold, the quoted description), the parameters echoed, and the input and
 * options it refuses, with the pointer and a message naming what is wrong.
 */
import { describe, expect, it } from 'vitest'
import { InvalidInput } from '../../../src/errors.ts'
import { assessTakeover, type TakeoverAssessmentRequest } from '../../../src/law/takeover/index.ts'
import { assessGround, at } from './one-ground.ts'
import {
  OBLIGATING_EDUCATION as education,
  OBLIGATING_ILLNESS as illness,
  OBLIGATING_JOB as job,
} from './support.ts'

describe('whose circumstance it is (the subject of the explanation)', () => {
  it('T-EDU: the spouse’s education', () => {
    const { explanation } = assessGround({ ...education, holder: 'spouse' })
    expect(explanation.en).toMatch(/^Education \(the spouse\): admitted/)
    expect(explanation.da).toMatch(/^Uddannelse \(ægtefællen\): optaget/)
  })

  it('T-EMP: the applicant’s job when the holder is given, no holder when it is not', () => {
    const withHolder = assessGround({ ...job, holder: 'applicant' }).explanation
    expect(withHolder.en).toMatch(/^Employment \(the applicant\): ordinary employment/)
    expect(withHolder.da).toMatch(/^Beskæftigelse \(ansøgeren\): ordinær beskæftigelse/)
    const without = assessGround(job).explanation
    expect(without.en).toMatch(/^Employment: ordinary employment/)
    expect(without.da).toMatch(/^Beskæftigelse: ordinær beskæftigelse/)
  })

  it('T-ILL: a close relative’s illness when the patient is given, no patient when it is not', () => {
    const withPatient = assessGround({ ...illness, patient: 'close_relative' }).explanation
    expect(withPatient.en).toMatch(/^Illness \(a close relative\): treatment 2 time\(s\) a week/)
    expect(withPatient.da).toMatch(/^Sygdom \(en nær pårørende\): behandling 2 gang\(e\) om ugen/)
    const without = assessGround(illness).explanation
    expect(without.en).toMatch(/^Illness: treatment 2 time\(s\) a week/)
    expect(without.da).toMatch(/^Sygdom: behandling 2 gang\(e\) om ugen/)
  })

  it('T-LONELINESS: a ground with no holder or patient has no "whose"', () => {
    const { explanation } = assessGround({ type: 'loneliness', description: 'Savner familien' })
    expect(explanation.en).toMatch(/^Loneliness: description: “Savner familien”\. /)
    expect(explanation.da).toMatch(/^Ensomhed: beskrivelse: »Savner familien«\. /)
  })
})

describe('facts used and missing (the conditions of a rule)', () => {
  it('T-EDU obligates: every condition’s fact is used, in the order of the rule', () => {
    const result = assessGround(education)
    expect(result.effect).toBe('obligates')
    expect(result.factsUsed).toEqual(
      at(
        'admitted',
        'institutionMunicipality',
        'oneWayCommuteMinutes',
        'availableNearCurrentHome',
        'fastestRouteToEmployment',
      ),
    )
    expect(result.missing).toEqual([])
  })

  it('T-EDU: whether the education is available nearby is missing, the known facts are used', () => {
    const { availableNearCurrentHome: _, ...rest } = education
    const result = assessGround(rest)
    expect(result.effect).toBe('needs_information')
    expect(result.missing).toEqual(at('availableNearCurrentHome'))
    expect(result.factsUsed).toEqual(
      at('admitted', 'institutionMunicipality', 'oneWayCommuteMinutes', 'fastestRouteToEmployment'),
    )
    expect(result.explanation.en).toContain(
      'Missing: whether the same education is available locally or within reasonable transport (/grounds/0/availableNearCurrentHome).',
    )
    expect(result.explanation.da).toContain(
      'Mangler: om samme uddannelse kan tages lokalt eller med rimelig transport (/grounds/0/availableNearCurrentHome).',
    )
  })

  it('T-DISCRIMINATION: LGBT+-relatedness is used as context while the threats are missing', () => {
    const result = assessGround({
      type: 'discrimination',
      lgbtqRelated: true,
      authoritiesAssessNotSolvableLocally: true,
    })
    expect(result.effect).toBe('needs_information')
    expect(result.missing).toEqual(at('threatsReceived'))
    expect(result.factsUsed).toEqual(at('lgbtqRelated', 'authoritiesAssessNotSolvableLocally'))
    expect(result.explanation.en).toMatch(
      /^Harassment and discrimination: LGBT\+-related; the authorities assess/,
    )
  })

  it('T-CONFLICT: the description is the fact used; without one, none', () => {
    expect(assessGround({ type: 'conflict', description: 'Uenighed med naboer' }).factsUsed).toEqual(
      at('description'),
    )
    expect(assessGround({ type: 'conflict' }).factsUsed).toEqual([])
  })
})

describe('how facts read in an explanation', () => {
  it('T-EMP: a workplace in the receiving municipality, written with its name, also when given as 0101', () => {
    const { explanation } = assessGround({ ...job, workplaceMunicipality: '0101' })
    expect(explanation.en).toContain('workplace in municipality 101 København (the receiving municipality)')
    expect(explanation.da).toContain('arbejdssted i kommune 101 København (tilflytningskommunen)')
    expect(explanation.en).not.toContain('0101')
  })

  it('T-EMP: a workplace elsewhere names both municipalities', () => {
    const result = assessGround({ ...job, workplaceMunicipality: '147' })
    expect(result.effect).toBe('insufficient')
    expect(result.explanation.en).toContain(
      'workplace in municipality 147 Frederiksberg, not in the receiving municipality 101 København',
    )
    expect(result.explanation.da).toContain(
      'arbejdssted i kommune 147 Frederiksberg, ikke i tilflytningskommunen 101 København',
    )
  })

  it('T-EMP: a commute equal to the threshold is reasonable, one minute more is not', () => {
    const equal = assessGround({ ...job, oneWayCommuteMinutes: 90 })
    expect(equal.effect).toBe('insufficient')
    expect(equal.explanation.en).toContain('one-way commute 90 min ≤ threshold 90 min (reasonable)')
    expect(equal.explanation.da).toContain('envejs transporttid 90 min. ≤ grænsen 90 min. (rimelig)')
    const longer = assessGround({ ...job, oneWayCommuteMinutes: 91 })
    expect(longer.effect).toBe('obligates')
    expect(longer.explanation.en).toContain('one-way commute 91 min > threshold 90 min (unreasonable)')
    expect(longer.explanation.da).toContain('envejs transporttid 91 min. > grænsen 90 min. (urimelig)')
  })

  it('T-OTHER: the description is quoted without surrounding blanks', () => {
    const { explanation } = assessGround({ type: 'other', description: '  Bror i København \n' })
    expect(explanation.en).toContain('description: “Bror i København”.')
    expect(explanation.da).toContain('beskrivelse: »Bror i København«.')
  })

  it('T-OTHER: a description of 200 characters is quoted whole, a longer one is cut to 199 and …', () => {
    const whole = `${'a'.repeat(199)}b`
    expect(assessGround({ type: 'other', description: whole }).explanation.en).toContain(`“${whole}”`)
    const long = `${'a'.repeat(199)}bc`
    const cut = assessGround({ type: 'other', description: long }).explanation
    expect(cut.en).toContain(`“${'a'.repeat(199)}…”`)
    expect(cut.da).toContain(`»${'a'.repeat(199)}…«`)
    expect(cut.en).not.toContain('b')
  })
})

describe('parameters echoed with the answer', () => {
  const parameters = (grounds: TakeoverAssessmentRequest['grounds']) =>
    assessTakeover(
      { toMunicipality: '101', grounds },
      { language: 'en', reasonableOneWayCommuteMinutes: 90, asOf: '2025-03-01' },
    ).parameters
  it('T-EMP among other grounds: the commute threshold and the minimum hours', () => {
    expect(parameters([{ type: 'loneliness' }, job])).toEqual({
      asOf: '2025-03-01',
      reasonableOneWayCommuteMinutes: 90,
      minimumObligingHoursPerWeek: 0,
    })
  })
  it('T-ILL among other grounds: the commute threshold only', () => {
    expect(parameters([illness, { type: 'conflict' }])).toEqual({
      asOf: '2025-03-01',
      reasonableOneWayCommuteMinutes: 90,
    })
  })
})

describe('input and options the law refuses', () => {
  const options = { language: 'en', reasonableOneWayCommuteMinutes: 90, asOf: '2025-03-01' } as const
  const refusal = (request: TakeoverAssessmentRequest, asOf = '2025-03-01') => {
    try {
      assessTakeover(request, { ...options, asOf })
    } catch (caught) {
      if (caught instanceof InvalidInput)
        return { kind: caught.kind, pointer: caught.pointer, message: caught.message }
      throw caught
    }
    throw new Error('not refused')
  }

  it.each([
    [
      'an unknown receiving municipality',
      { toMunicipality: '100', grounds: [job] },
      { kind: 'invalid', pointer: '/toMunicipality', message: 'Unknown municipality code 100' },
    ],
    [
      'an unknown moving-from municipality',
      { fromMunicipality: '998', toMunicipality: '101', grounds: [job] },
      { kind: 'invalid', pointer: '/fromMunicipality', message: 'Unknown municipality code 998' },
    ],
    [
      'a move within one municipality',
      { fromMunicipality: '0101', toMunicipality: '101', grounds: [job] },
      {
        kind: 'contradictory',
        pointer: '/toMunicipality',
        message: 'A move within one municipality needs no takeover',
      },
    ],
    [
      'no grounds',
      { toMunicipality: '101', grounds: [] },
      { kind: 'invalid', pointer: '/grounds', message: 'At least one ground is needed' },
    ],
    [
      'T-EMP: an unknown workplace code',
      { toMunicipality: '101', grounds: [{ type: 'employment', workplaceMunicipality: '999' }] },
      {
        kind: 'invalid',
        pointer: '/grounds/0/workplaceMunicipality',
        message: 'Unknown municipality code 999',
      },
    ],
    [
      'T-ILL: a negative commute',
      { toMunicipality: '101', grounds: [{ type: 'illness', oneWayCommuteMinutes: -1 }] },
      {
        kind: 'invalid',
        pointer: '/grounds/0/oneWayCommuteMinutes',
        message: 'oneWayCommuteMinutes must be a number of at least 0',
      },
    ],
  ] as const)('%s', (_name, request, expected) => {
    expect(refusal(request)).toEqual(expected)
  })

  it('an impossible asOf', () => {
    expect(refusal({ toMunicipality: '101', grounds: [job] }, '2025-02-29')).toEqual({
      kind: 'invalid',
      pointer: '/asOf',
      message: 'asOf must be a date YYYY-MM-DD',
    })
  })

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])(
    'a commute threshold of %s minutes is a configuration error',
    (reasonableOneWayCommuteMinutes) => {
      expect(() =>
        assessTakeover(
          { toMunicipality: '101', grounds: [job] },
          { ...options, reasonableOneWayCommuteMinutes },
        ),
      ).toThrow(new RangeError('reasonableOneWayCommuteMinutes must be a positive number of minutes'))
    },
  )

  it('a commute threshold of half a minute is allowed', () => {
    const result = assessTakeover(
      { toMunicipality: '101', grounds: [job] },
      { ...options, reasonableOneWayCommuteMinutes: 0.5 },
    )
    expect(result.parameters).toMatchObject({ reasonableOneWayCommuteMinutes: 0.5 })
  })

  it('T-EMP: a negative minimum of weekly hours is a configuration error', () => {
    expect(() =>
      assessTakeover(
        { toMunicipality: '101', grounds: [job] },
        { ...options, minimumObligingHoursPerWeek: -1 },
      ),
    ).toThrow(new RangeError('minimumObligingHoursPerWeek must be a number of hours of at least 0'))
  })
})
