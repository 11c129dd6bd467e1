/**
 * P-MAX: the maximum proportionate reduction is the sum of the contributions of evasion, need and reason,
 * rounded down to a step of 25 (0–100); with facts missing on any criterion no verdict is given. The
 * model and the reasons for its weights are documented in weights.ts; assess.ts combines the criteria.
 * Its messages also carry what every answer says: the missing facts and the disclaimer.
 */
import { LEGAL_BASIS, SOURCES } from '../rule-definition.ts'
import { defineRule, type Message } from '../rule-module.ts'
import { PROPORTIONALITY_LEGAL_SOURCES } from './sources.ts'
import type { ReductionStep } from './types.ts'

/** P-MAX: clamp to 0–100 and round down to a step of 25, so that doubt about a step favours the person. */
export function toReductionStep(raw: number): ReductionStep {
  const clamped = Math.min(100, Math.max(0, raw))
  return (Math.floor(clamped / 25) * 25) as ReductionStep
}

const MESSAGES = {
  /** rules.md § 4: missing facts on any criterion give insufficient_information, never a verdict. */
  insufficient: {
    da: 'Der mangler oplysninger til den konkrete vurdering ({missing}); der gives derfor ingen vurdering af, om en nedsættelse på {proposed} % er forholdsmæssig.',
    en: 'Facts needed for the concrete assessment are missing ({missing}); so no verdict is given on whether a reduction of {proposed} % is proportionate.',
  },
  /** A criterion's facts that are missing. */
  missing: {
    da: 'Mangler: {missing}. Bidraget omfatter kun de kendte oplysninger.',
    en: 'Missing: {missing}. The contribution counts the known facts only.',
  },
  sum: {
    da: 'Unddragelse {evasion}, behov {need} og årsag {reason} giver {raw} procentpoint; rundet ned til et trin på 25 (0–100): {stepped} %.',
    en: 'Evasion {evasion}, need {need} and reason {reason} give {raw} percentage points; rounded down to a step of 25 (0–100): {stepped} %.',
  },
  conclusion: {
    da: 'Højeste forholdsmæssige nedsættelse: {max} %. Den foreslåede nedsættelse på {proposed} % er {verdict, select, proportionate {forholdsmæssig} other {ikke forholdsmæssig}}.',
    en: 'Maximum proportionate reduction: {max} %. The proposed reduction of {proposed} % is {verdict, select, proportionate {proportionate} other {disproportionate}}.',
  },
  'move-back': {
    da: 'Flytter personen tilbage, udbetales fuld ydelse igen efter ansøgning (D-MOVE-BACK, IL § 32, stk. 2).',
    en: 'If the person moves back, the full benefit is paid again on application (D-MOVE-BACK, IL § 32(2)).',
  },
  disclaimer: {
    da: 'Beslutningsstøtte, ikke en afgørelse. Der findes ingen officielle procentsatser for nedsættelse eller ophør af ydelsen efter integrationslovens § 32; tallene er tjenestens interne model med fortolkede vægte. Kommunen skal foretage en konkret og individuel vurdering af behov, årsag og unddragelse i hver sag (Ankestyrelsens praksisnotat, 2022); ellers kan afgørelsen stride mod EMRK 4. tillægsprotokol artikel 2 og FN’s konvention om borgerlige og politiske rettigheder artikel 12.',
    en: 'Decision support, not a decision. No official percentage bands exist for reducing or stopping the benefit under section 32 of the Integration Act; the numbers are the service’s internal model with interpreted weights. The municipality must make a concrete, individual assessment of need, reason and evasion in every case (Ankestyrelsen practice note, 2022); otherwise the decision may breach ECHR Protocol 4 article 2 and ICCPR article 12.',
  },
} as const satisfies Record<string, Message>

export const P_MAX = defineRule({
  definition: {
    id: 'P-MAX',
    title: { da: 'Højeste forholdsmæssige nedsættelse', en: 'Maximum proportionate reduction' },
    decides: {
      da: 'Summen af bidragene fra unddragelse, behov og årsag, rundet ned til trin på 25 procentpoint (0–100). Mangler oplysninger om et kriterium, gives ingen vurdering. Intern beslutningsstøtte: der findes ingen officielle procentsatser, og kommunen skal altid foretage en konkret vurdering.',
      en: 'The sum of the contributions of evasion, need and reason, rounded down to steps of 25 percentage points (0–100). With facts missing on any criterion no verdict is given. Internal decision support: no official percentage bands exist and the municipality must always make a concrete assessment.',
    },
    legalSources: [...PROPORTIONALITY_LEGAL_SOURCES, SOURCES.IL_32_2],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: toReductionStep,
  messages: MESSAGES,
})
