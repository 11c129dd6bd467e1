/** B-COVERED: the person is covered by IL § 2, stk. 2-4 (refugee or family-reunified). */
import { defineRule, type Message } from '../rule-module.ts'
import { CURRENT_WORDING_FROM, DANSKBONUS_SOURCES as S } from './sources.ts'
import { type Condition, conditionsOf, type DanishBonusFacts } from './types.ts'

const MESSAGES = {
  unknown: {
    da: 'Personens kategori er ikke oplyst; det kan ikke afgøres, om personen er omfattet af § 2, stk. 2-4.',
    en: "The person's category is not given; whether they are covered by § 2 stk. 2-4 cannot be decided.",
  },
  'ukrainian-displaced': {
    da: 'Fordrevne fra Ukraine er omfattet af særloven, ikke af integrationslovens § 2, stk. 2-4, som § 22 nævner.',
    en: 'Displaced persons from Ukraine are covered by the special act, not by IL § 2 stk. 2-4, which § 22 names.',
  },
  met: {
    da: 'Personen er flygtning eller familiesammenført og dermed omfattet af § 2, stk. 2-4.',
    en: 'The person is a refugee or family-reunified and so covered by § 2 stk. 2-4.',
  },
} as const satisfies Record<string, Message>

const condition = conditionsOf<keyof typeof MESSAGES>('B-COVERED', [S.IL_22_1, S.IL_2])

export function covered({ category }: DanishBonusFacts): Condition {
  if (category === undefined) return condition('unknown', 'unknown', undefined, ['/category'])
  if (category === 'ukrainian_displaced') return condition('not_met', 'ukrainian-displaced')
  return condition('met', 'met')
}

export const B_COVERED = defineRule({
  definition: {
    id: 'B-COVERED',
    title: { da: 'Omfattet af integrationsloven', en: 'Covered by the Integration Act' },
    decides: {
      da: 'Personen er omfattet af integrationslovens § 2, stk. 2-4 (flygtning eller familiesammenført).',
      en: 'The person is covered by IL § 2 stk. 2-4 (refugee or family-reunified).',
    },
    legalSources: [S.IL_22_1, S.IL_2],
    validFrom: CURRENT_WORDING_FROM,
  },
  evaluate: covered,
  messages: MESSAGES,
})
