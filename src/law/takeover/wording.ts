/**
 * Wording shared by several § 18 rules, or by none alone (rules.md § 2): the two conclusions several
 * ground rules reach (facts missing, a reasonable commute), the overall outcome that combines the grounds
 * (obligated > individual assessment > not obligated) and the frame of an explanation. Each rule's own
 * wording lives in its module (rules/*.ts).
 */
import type { Message } from '../rule-module.ts'

/** Conclusions reached by several ground rules; their modules list them among their messages. */
export const SHARED_REASONS = {
  missing_facts: {
    da: 'Der mangler oplysninger for at afgøre, om forholdet forpligter kommunen til at overtage integrationsansvaret',
    en: 'Information is missing to decide whether this circumstance obliges the municipality to take over the integration responsibility',
  },
  /** T-EMP, T-EMP-PRACTICE, T-EDU and T-ILL: the commute threshold decides. */
  commute_reasonable: {
    da: 'Der er rimelig offentlig transport fra den nuværende bopæl, så flytningen er ikke nødvendig, og forholdet forpligter ikke i sig selv kommunen til at overtage integrationsansvaret',
    en: 'Public transport from the current home is reasonable, so the move is not necessary, and this circumstance does not by itself oblige the municipality to take over',
  },
} as const satisfies Record<string, Message>

/** The frame of an explanation and the outcome paragraph (explain in render.ts puts them together). */
export const EXPLANATION = {
  /** A ground: its subject with whose it is. */
  subject: { da: '{label} ({whose})', en: '{label} ({whose})' },
  /** The facts still needed, each `label (pointer)`, joined by '; '. */
  missing: { da: ' Mangler: {list}.', en: ' Missing: {list}.' },
  /** A ground named in the outcome paragraph. */
  named: { da: '{label} ({ruleId})', en: '{label} ({ruleId})' },
  /** The last two of a list of grounds. */
  and: { da: '{first} og {last}', en: '{first} and {last}' },
  obligated: {
    da: 'Tilflytningskommunen er forpligtet til at overtage integrationsansvaret efter integrationslovens § 18, stk. 2, fordi {grounds} forpligter.',
    en: 'The receiving municipality is obliged to take over the integration responsibility under section 18(2) of the Integration Act, because of {grounds}.',
  },
  individual_assessment: {
    da: 'Intet forhold forpligter i sig selv kommunen, men {reasons}. Kommunen skal foretage en konkret, individuel vurdering.',
    en: 'No circumstance obliges the municipality by itself, but {reasons}. The municipality must make an individual assessment.',
  },
  supports: {
    da: '{grounds} taler for overtagelse',
    en: '{grounds} {count, plural, one {weighs} other {weigh}} for a takeover',
  },
  needs_information: {
    da: 'der mangler oplysninger om {grounds}',
    en: 'information is missing on {grounds}',
  },
  both: { da: '{supports}, og {missing}', en: '{supports}, and {missing}' },
} as const satisfies Record<string, Message>
