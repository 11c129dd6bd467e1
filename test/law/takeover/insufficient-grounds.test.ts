/**
 * The § 18 grounds that rules.md § 2 holds insufficient whatever the description says: T-CONFLICT,
 * T-FAMILY-FRIENDS, T-LARGER-CITY and T-LONELINESS. Each explanation opens with the ground's name, gives
 * the reason and the rule id, in Danish and in English.
 */
import { describe, expect, it } from 'vitest'
import type { TakeoverGround } from '../../../src/law/takeover/index.ts'
import { assessGround } from './one-ground.ts'
import { expectSourcesOfRulesMd } from './rules-md.ts'

interface Wording {
  /** The ground's name, which the explanation opens with. */
  name: string
  /** The reason it is insufficient. */
  reason: string
}

const cases: { name: string; ruleId: string; type: TakeoverGround['type']; en: Wording; da: Wording }[] = [
  {
    name: 'T-CONFLICT: problems with other refugees or municipal staff are insufficient',
    ruleId: 'T-CONFLICT',
    type: 'conflict',
    en: {
      name: 'Conflicts',
      reason:
        'Problems with other refugees or municipal staff are not of substantial importance for integration',
    },
    da: {
      name: 'Konflikter',
      reason:
        'Problemer med andre flygtninge eller med kommunens medarbejdere har ikke væsentlig betydning for integrationsforløbet',
    },
  },
  {
    name: 'T-FAMILY-FRIENDS: family or friends in the receiving municipality are insufficient',
    ruleId: 'T-FAMILY-FRIENDS',
    type: 'family_or_friends',
    en: {
      name: 'Family or friends',
      reason:
        'Family (other than a spouse or common child) or friends in the receiving municipality do not oblige',
    },
    da: {
      name: 'Familie eller venner',
      reason:
        'Familie (ud over ægtefælle og fælles barn) eller venner i tilflytningskommunen forpligter ikke',
    },
  },
  {
    name: 'T-LARGER-CITY: a larger city, better job chances or a community is insufficient',
    ruleId: 'T-LARGER-CITY',
    type: 'larger_city',
    en: {
      name: 'Larger city or community',
      reason: 'the programme can be completed as well in a smaller municipality',
    },
    da: {
      name: 'Større by eller netværk',
      reason: 'programmet kan gennemføres lige så godt i en mindre kommune',
    },
  },
  {
    name: 'T-LONELINESS: loneliness in the current municipality is insufficient',
    ruleId: 'T-LONELINESS',
    type: 'loneliness',
    en: {
      name: 'Loneliness',
      reason: 'Loneliness in the current municipality does not oblige the receiving municipality',
    },
    da: {
      name: 'Ensomhed',
      reason: 'Ensomhed i boligplaceringskommunen forpligter ikke tilflytningskommunen',
    },
  },
]

describe('grounds that are insufficient whatever the description (rules.md § 2)', () => {
  it.each(cases)('$name', ({ ruleId, type, en, da }) => {
    const result = assessGround({ type, description: 'Vil flytte til København' } as TakeoverGround)
    expect(result).toMatchObject({ effect: 'insufficient', ruleId, missing: [] })
    expect(result.outcome).toBe('not_obligated')
    for (const [language, wording] of [
      ['en', en],
      ['da', da],
    ] as const) {
      const explanation = result.explanation[language]
      expect(explanation).toMatch(new RegExp(`^${wording.name}\\b`))
      expect(explanation).toContain(wording.reason)
      expect(explanation).toContain(`(${ruleId};`)
    }
  })

  it.each(cases.map((c) => c.ruleId))('%s: cites the sources rules.md § 2 names for it', (ruleId) => {
    expectSourcesOfRulesMd(ruleId)
  })
})
