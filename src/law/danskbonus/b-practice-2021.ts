/**
 * B-PRACTICE-2021: Ankestyrelsen changed practice in 2021 — § 22 lists its conditions exhaustively, so a
 * refusal under the former wording that rested on programme participation must be reopened.
 */
import { defineRule, type Finding, type Message } from '../rule-module.ts'
import { CURRENT_WORDING_FROM, PROGRAMME_CONDITION_FROM, DANSKBONUS_SOURCES as S } from './sources.ts'
import type { DanishBonusFacts, Wording } from './types.ts'

/** `from` is an ISO date, rendered as a long date (render.ts). */
const MESSAGES = {
  reopen: {
    da: 'Afslaget byggede på krav om deltagelse i program, som Ankestyrelsen i 2021 fandt i strid med § 22 (betingelserne er udtømmende). Sagen skal genoptages af den myndighed, der senest har behandlet den; kan kommunen ikke finde de berørte sager, skal den informere offentligt (hjemmeside, dagspresse).',
    en: 'The refusal rested on requiring programme participation, which Ankestyrelsen found in 2021 to be contrary to § 22 (its conditions are exhaustive). The case must be reopened by the authority that last decided it; a municipality that cannot identify the cases concerned must inform publicly (website, press).',
  },
  'unknown-application-date': {
    da: 'Afslaget byggede på krav om deltagelse i program. Er ansøgningen indgivet før {from}, skal sagen genoptages; oplys ansøgningsdatoen.',
    en: 'The refusal rested on requiring programme participation. If the application was made before {from}, the case must be reopened; give the application date.',
  },
} as const satisfies Record<string, Message>

/**
 * What B-PRACTICE-2021 says about an earlier refusal that rested on programme participation: reopen it
 * under the former wording, ask for the application date when the wording is unknown; nothing otherwise.
 */
export function reopeningOf(facts: DanishBonusFacts, wording: Wording): Finding | undefined {
  const decision = facts.earlierDecision
  if (decision?.outcome !== 'refused' || decision.restedOnProgrammeParticipation !== true) return undefined
  if (wording === 'former') return { ruleId: 'B-PRACTICE-2021', code: 'reopen' }
  if (wording === 'unknown')
    return {
      ruleId: 'B-PRACTICE-2021',
      code: 'unknown-application-date',
      values: { from: PROGRAMME_CONDITION_FROM },
    }
  return undefined
}

export const B_PRACTICE_2021 = defineRule({
  definition: {
    id: 'B-PRACTICE-2021',
    title: { da: 'Genoptagelse efter praksisændring 2021', en: 'Reopening after the 2021 practice change' },
    decides: {
      da: 'Afslag efter den tidligere affattelse, der byggede på krav om (nuværende eller tidligere) deltagelse i program, skal genoptages af den myndighed, der senest behandlede sagen; kan kommunen ikke finde sagerne, informerer den offentligt.',
      en: 'Refusals under the former wording that rested on requiring (current or past) programme participation must be reopened by the authority that last decided the case; a municipality that cannot identify them informs publicly.',
    },
    legalSources: [S.AST_PRACTICE_2021, S.SEED_004, S.SKR_9446_2021],
    validFrom: CURRENT_WORDING_FROM,
  },
  evaluate: reopeningOf,
  messages: MESSAGES,
})
