import { describe, expect, it } from 'vitest'
import { bothLanguages, ELIGIBLE, without } from './support.ts'

const REFUSED = { outcome: 'refused' as const, restedOnProgrammeParticipation: true }

describe('B-PRACTICE-2021 (Ankestyrelsen 2021): refusals resting on programme participation are reopened', () => {
  it('B-PRACTICE-2021: with the application date unknown, no reopening is required yet; the date before 9 June 2021 is asked for', () => {
    const { da, en } = bothLanguages({ ...without(ELIGIBLE, 'applicationDate'), earlierDecision: REFUSED })
    expect(en.wording).toBe('unknown')
    expect(en.reopeningRequired).toBe(false)
    expect(en.reopening?.ruleId).toBe('B-PRACTICE-2021')
    expect(en.reopening?.explanation).toBe(
      'The refusal rested on requiring programme participation. If the application was made before 9 June 2021, the case must be reopened; give the application date.',
    )
    expect(da.reopening?.explanation).toContain(
      'Er ansøgningen indgivet før 9. juni 2021, skal sagen genoptages',
    )
  })

  it('B-PRACTICE-2021: the reopening cites Ankestyrelsen’s 2021 practice change and seed 004', () => {
    const { en } = bothLanguages({ ...ELIGIBLE, applicationDate: '2020-10-05', earlierDecision: REFUSED })
    expect(en.reopeningRequired).toBe(true)
    expect(en.reopening?.legalSources.map((s) => s.citation)).toEqual([
      'Ankestyrelsen: Ændring af praksis om betingelserne for at modtage danskbonus (2021)',
      'Ankestyrelsens temanotat om integrationsloven (2022): danskbonus',
    ])
  })
})
