/** B-SELF-SUPPORTING: the person receives no help under aktivloven §§ 22-25. */
import { defineRule, type Message } from '../rule-module.ts'
import { CURRENT_WORDING_FROM, DANSKBONUS_SOURCES as S } from './sources.ts'
import { type Condition, conditionsOf, type DanishBonusFacts } from './types.ts'

const MESSAGES = {
  unknown: {
    da: 'Det er ikke oplyst, om personen modtager hjælp efter aktivlovens §§ 22-25.',
    en: 'Whether the person receives help under aktivloven §§ 22-25 is not given.',
  },
  met: {
    da: 'Personen modtager ikke hjælp efter aktivlovens §§ 22-25.',
    en: 'The person receives no help under aktivloven §§ 22-25.',
  },
  'not-met': {
    da: 'Personen modtager hjælp efter aktivlovens §§ 22-25 og er ikke selvforsørgende i § 22’s forstand.',
    en: 'The person receives help under aktivloven §§ 22-25 and is not self-supporting in the sense of § 22.',
  },
} as const satisfies Record<string, Message>

const condition = conditionsOf<keyof typeof MESSAGES>('B-SELF-SUPPORTING', [S.IL_22_1, S.AKTIVLOVEN_22_25])

export function selfSupporting({ benefit }: DanishBonusFacts): Condition {
  if (benefit === undefined) return condition('unknown', 'unknown', undefined, ['/benefit'])
  return benefit === 'none' ? condition('met', 'met') : condition('not_met', 'not-met')
}

export const B_SELF_SUPPORTING = defineRule({
  definition: {
    id: 'B-SELF-SUPPORTING',
    title: { da: 'Selvforsørgende', en: 'Self-supporting' },
    decides: {
      da: 'Personen modtager ikke hjælp efter §§ 22-25 i lov om aktiv socialpolitik.',
      en: 'The person receives no help under aktivloven §§ 22-25.',
    },
    legalSources: [S.IL_22_1, S.AKTIVLOVEN_22_25],
    validFrom: CURRENT_WORDING_FROM,
  },
  evaluate: selfSupporting,
  messages: MESSAGES,
})
