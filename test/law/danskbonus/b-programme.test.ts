import { describe, expect, it } from 'vitest'
import { bothLanguages, conditionIn, ELIGIBLE, without } from './support.ts'

const NO_DATE = without(ELIGIBLE, 'applicationDate')

describe('B-PROGRAMME (lov nr. 1192 af 8. juni 2021): a programme offer for applications from 9 June 2021', () => {
  it('B-PROGRAMME: an application from 9 June 2021 with the offer not given is unknown, pointing at the offer', () => {
    const { da, en } = conditionIn(without(ELIGIBLE, 'programmeOffered'), 'B-PROGRAMME')
    expect(en.result).toBe('unknown')
    expect(en.missing).toEqual(['/programmeOffered'])
    expect(en.explanation).toBe(
      'Whether the person was offered a programme is not given; applications from 9 June 2021 require it.',
    )
    expect(da.explanation).toBe(
      'Det er ikke oplyst, om personen er tilbudt et program; det kræves for ansøgninger fra 9. juni 2021.',
    )
    expect(bothLanguages(without(ELIGIBLE, 'programmeOffered')).en.outcome).toBe('needs_information')
  })

  it('B-PROGRAMME: without an application date only the date is asked for when the offer is known to be missing', () => {
    const { da, en } = conditionIn({ ...NO_DATE, programmeOffered: false }, 'B-PROGRAMME')
    expect(en.result).toBe('unknown')
    expect(en.missing).toEqual(['/applicationDate'])
    expect(en.explanation).toContain('The application date is not given: applications from 9 June 2021')
    expect(da.explanation).toContain('Ansøgningsdatoen er ikke oplyst: for ansøgninger fra 9. juni 2021')
    expect(conditionIn(without(NO_DATE, 'programmeOffered'), 'B-PROGRAMME').en.missing).toEqual([
      '/applicationDate',
      '/programmeOffered',
    ])
  })

  it('B-PROGRAMME: an earlier decision proves the former wording only if dated before 9 June 2021', () => {
    const decided = (date: string) =>
      bothLanguages({ ...NO_DATE, programmeOffered: false, earlierDecision: { date, outcome: 'refused' } }).en
    expect(decided('2021-06-08').wording).toBe('former')
    expect(decided('2021-06-08').conditions[4]).toMatchObject({ result: 'not_applicable', missing: [] })
    for (const date of ['2021-06-09', '2022-02-01']) {
      expect(decided(date).wording).toBe('unknown')
      expect(decided(date).conditions[4]).toMatchObject({ result: 'unknown', missing: ['/applicationDate'] })
    }
    expect(bothLanguages({ ...NO_DATE, earlierDecision: { outcome: 'refused' } }).en.wording).toBe('unknown')
  })
})
