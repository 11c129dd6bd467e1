/**
 * P-TOTAL-STOP: stopping the benefit entirely is never proportionate when the household has dependent
 * children or the benefit is its only income, unless evasion is established (rules.md § 4). A guard
 * independent of the weights: it holds whatever the configuration.
 */
import { LEGAL_BASIS } from '../rule-definition.ts'
import { defineRule, type Finding, type Message } from '../rule-module.ts'
import { PROPORTIONALITY_LEGAL_SOURCES } from './sources.ts'
import type { ReductionStep } from './types.ts'

/** P-TOTAL-STOP: the highest step below stopping the benefit. */
export const TOTAL_STOP_CAP_PERCENT = 75

const MESSAGES = {
  applies: {
    da: 'Husstanden har børn at forsørge eller ydelsen er eneste indkomst, og unddragelse er ikke godtgjort: ydelsen kan ikke standses helt, højst {cap} % (P-TOTAL-STOP).',
    en: 'The household has dependent children or the benefit is its only income, and evasion is not established: the benefit cannot be stopped entirely, at most {cap} % (P-TOTAL-STOP).',
  },
  lifted: {
    da: 'Husstanden har børn at forsørge eller ydelsen er eneste indkomst, men unddragelse er godtgjort, så P-TOTAL-STOP udelukker ikke ophør.',
    en: 'The household has dependent children or the benefit is its only income, but evasion is established, so P-TOTAL-STOP does not rule out stopping the benefit.',
  },
} as const satisfies Record<string, Message>

export interface TotalStopResult {
  /** The maximum after the guard. */
  max: ReductionStep
  /** Whether the rule was weighed (the household is protected): then it is cited, with `finding`. */
  cited: boolean
  finding?: Finding
}

/**
 * Caps `stepped` at 75 % for a protected household (children or the benefit as only income) whose
 * evasion is not established. Cited whenever the household is protected: the rule was weighed even where
 * established evasion lifts it.
 */
export function applyTotalStop(
  stepped: ReductionStep,
  protectedHousehold: boolean | null,
  evasionEstablished: boolean | null,
): TotalStopResult {
  if (protectedHousehold !== true) return { max: stepped, cited: false }
  if (evasionEstablished === true)
    return { max: stepped, cited: true, finding: { ruleId: 'P-TOTAL-STOP', code: 'lifted' } }
  return {
    max: Math.min(stepped, TOTAL_STOP_CAP_PERCENT) as ReductionStep,
    cited: true,
    finding: { ruleId: 'P-TOTAL-STOP', code: 'applies', values: { cap: TOTAL_STOP_CAP_PERCENT } },
  }
}

export const P_TOTAL_STOP = defineRule({
  definition: {
    id: 'P-TOTAL-STOP',
    title: { da: 'Ophør af ydelsen', en: 'Stopping the benefit' },
    decides: {
      da: 'At standse ydelsen helt (100 %) er aldrig forholdsmæssigt, når husstanden har børn, som den forsørger, eller ydelsen er eneste indkomst, medmindre unddragelse er godtgjort (P-EVASION). Maksimum er da højst 75 %, uanset vægtene.',
      en: 'Stopping the benefit entirely (100 %) is never proportionate when the household has dependent children or the benefit is the only income, unless evasion is established (P-EVASION). The maximum is then at most 75 %, whatever the weights.',
    },
    legalSources: [...PROPORTIONALITY_LEGAL_SOURCES],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: applyTotalStop,
  messages: MESSAGES,
})
