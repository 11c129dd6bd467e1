/** B-ONCE: paid once only; not after dansktillæg or danskbonus under aktivloven. */
import { defineRule, type Message } from '../rule-module.ts'
import { CURRENT_WORDING_FROM, DANSKBONUS_SOURCES as S } from './sources.ts'
import { type Condition, conditionsOf, type DanishBonusFacts } from './types.ts'

const MESSAGES = {
  unknown: {
    da: 'Det er ikke oplyst, om personen tidligere har fået danskbonus eller opnået ret til dansktillæg/danskbonus.',
    en: 'Whether the person earlier received danskbonus or obtained a right to dansktillæg/danskbonus is not given.',
  },
  'not-met': {
    da: 'Personen har tidligere fået danskbonus eller opnået ret til dansktillæg/danskbonus; bonus udbetales kun én gang.',
    en: 'The person earlier received danskbonus or obtained a right to dansktillæg/danskbonus; the bonus is paid once only.',
  },
  met: {
    da: 'Personen har ikke tidligere fået danskbonus eller dansktillæg.',
    en: 'The person has not received danskbonus or dansktillæg before.',
  },
} as const satisfies Record<string, Message>

const condition = conditionsOf<keyof typeof MESSAGES>('B-ONCE', [S.IL_22_2])

export function once({ earlierDanishBonusOrSupplement: earlier }: DanishBonusFacts): Condition {
  if (earlier === undefined)
    return condition('unknown', 'unknown', undefined, ['/earlierDanishBonusOrSupplement'])
  return earlier ? condition('not_met', 'not-met') : condition('met', 'met')
}

export const B_ONCE = defineRule({
  definition: {
    id: 'B-ONCE',
    title: { da: 'Kun én gang', en: 'Once only' },
    decides: {
      da: 'Danskbonus udbetales kun én gang og ikke til den, der tidligere har opnået ret til dansktillæg eller danskbonus efter aktivloven.',
      en: 'Paid once only, and not to a person who earlier obtained a right to dansktillæg or danskbonus under aktivloven.',
    },
    legalSources: [S.IL_22_2],
    validFrom: CURRENT_WORDING_FROM,
  },
  evaluate: once,
  messages: MESSAGES,
})
