/**
 * B-PROGRAMME: applications made from 9 June 2021 (lov nr. 1192 af 8. juni 2021) need a programme offer
 * (IL § 16), and only while that wording is in force on `asOf`; earlier applications are judged on the
 * former wording, which had no such condition.
 */
import type { IsoDate } from '../dates.ts'
import { defineRule, type Message } from '../rule-module.ts'
import { PROGRAMME_CONDITION_FROM, DANSKBONUS_SOURCES as S } from './sources.ts'
import { type Condition, conditionsOf, type DanishBonusFacts, type Wording } from './types.ts'

/** `from` is an ISO date, rendered as a long date (render.ts). */
const MESSAGES = {
  former: {
    da: 'Ansøgningen er bedømt efter § 22 før {from}, som ikke stillede krav om program; tidligere eller nuværende deltagelse i program må ikke kræves (B-PRACTICE-2021).',
    en: 'The application is judged on § 22 as worded before {from}, which set no programme condition; current or past programme participation may not be required (B-PRACTICE-2021).',
  },
  met: {
    da: 'Personen er blevet tilbudt et selvforsørgelses- og hjemrejseprogram eller introduktionsprogram (IL § 16).',
    en: 'The person has been offered a selvforsørgelses- og hjemrejseprogram or introduction programme (IL § 16).',
  },
  'unknown-application-date': {
    da: 'Ansøgningsdatoen er ikke oplyst: for ansøgninger fra {from} kræves, at personen er tilbudt et program.',
    en: 'The application date is not given: applications from {from} require that the person was offered a programme.',
  },
  'unknown-offer': {
    da: 'Det er ikke oplyst, om personen er tilbudt et program; det kræves for ansøgninger fra {from}.',
    en: 'Whether the person was offered a programme is not given; applications from {from} require it.',
  },
  'not-met': {
    da: 'Ansøgningen er fra {from} eller senere, og personen er ikke tilbudt et selvforsørgelses- og hjemrejseprogram eller introduktionsprogram.',
    en: 'The application is from {from} or later, and the person was not offered a selvforsørgelses- og hjemrejseprogram or introduction programme.',
  },
} as const satisfies Record<string, Message>

const condition = conditionsOf<keyof typeof MESSAGES>('B-PROGRAMME', [
  S.IL_22_1,
  S.LOV_1192_2021,
  S.SKR_9446_2021,
])

/**
 * Which wording governs: the current one for applications made from 9 June 2021 while it is in force on
 * `asOf`; the former one for earlier applications (an earlier decision dated before 9 June 2021 proves
 * an earlier application when the application date is missing).
 */
export function wordingOf(facts: DanishBonusFacts, asOf: IsoDate): Wording {
  if (asOf < PROGRAMME_CONDITION_FROM) return 'former'
  if (facts.applicationDate !== undefined)
    return facts.applicationDate < PROGRAMME_CONDITION_FROM ? 'former' : 'current'
  // A decision without a date proves nothing: it counts as if made on the day the condition came in.
  const decided = facts.earlierDecision?.date ?? PROGRAMME_CONDITION_FROM
  return decided < PROGRAMME_CONDITION_FROM ? 'former' : 'unknown'
}

export function programme(facts: DanishBonusFacts, wording: Wording): Condition {
  const from = { from: PROGRAMME_CONDITION_FROM }
  if (wording === 'former') return condition('not_applicable', 'former', from)
  if (facts.programmeOffered === true) return condition('met', 'met')
  if (wording === 'unknown')
    return condition('unknown', 'unknown-application-date', from, [
      '/applicationDate',
      ...(facts.programmeOffered === undefined ? ['/programmeOffered'] : []),
    ])
  if (facts.programmeOffered === undefined)
    return condition('unknown', 'unknown-offer', from, ['/programmeOffered'])
  return condition('not_met', 'not-met', from)
}

export const B_PROGRAMME = defineRule({
  definition: {
    id: 'B-PROGRAMME',
    title: { da: 'Tilbudt program', en: 'Offered a programme' },
    decides: {
      da: 'For ansøgninger fra 9. juni 2021: personen er blevet tilbudt et selvforsørgelses- og hjemrejseprogram eller et introduktionsprogram (IL § 16). Ansøgninger før denne dato bedømmes efter den tidligere affattelse uden denne betingelse.',
      en: 'For applications from 9 June 2021: the person has been offered a selvforsørgelses- og hjemrejseprogram or an introduction programme (IL § 16). Applications before that date are judged on the former wording, without this condition.',
    },
    legalSources: [S.IL_22_1, S.LOV_1192_2021, S.SKR_9446_2021],
    validFrom: PROGRAMME_CONDITION_FROM,
  },
  evaluate: programme,
  messages: MESSAGES,
})
