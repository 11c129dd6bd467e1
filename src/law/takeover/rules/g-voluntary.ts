/**
 * G-VOLUNTARY (rules.md § 2): the receiving municipality may always take over. Every answer says so in a
 * note; an answer that finds no obligation says so in its outcome too.
 */
import { LEGAL_BASIS, SOURCES } from '../../rule-definition.ts'
import { defineRule, type Finding } from '../../rule-module.ts'

/** Always a note, whatever the outcome. */
export function voluntaryNote(): Finding {
  return { ruleId: 'G-VOLUNTARY', code: 'note' }
}

export const gVoluntary = defineRule({
  definition: {
    id: 'G-VOLUNTARY',
    title: { da: 'Frivillig overtagelse', en: 'Voluntary takeover' },
    decides: {
      da: 'Tilflytningskommunen kan altid vælge at overtage integrationsansvaret, uanset vurderingen efter stk. 2.',
      en: 'The receiving municipality may always take over the integration responsibility, whatever the assessment under subsection 2.',
    },
    legalSources: [SOURCES.IL_18_1, SOURCES.SEED_003, SOURCES.SEED_004],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: voluntaryNote,
  messages: {
    note: {
      da: 'Tilflytningskommunen kan altid vælge at overtage integrationsansvaret, uanset denne vurdering (integrationslovens § 18, stk. 1). § 18 er en skønsmæssig bestemmelse: vurderingen er beslutningsstøtte, og Ankestyrelsens vejledende eksempler er ikke en facitliste; sagsbehandleren træffer afgørelsen.',
      en: 'The receiving municipality may always choose to take over the integration responsibility, whatever this assessment (section 18(1) of the Integration Act). Section 18 is discretionary: this assessment is decision support, AST’s guiding examples are not an answer key, and the caseworker decides.',
    },
    outcome_not_obligated: {
      da: 'Ingen af de anførte forhold forpligter tilflytningskommunen til at overtage integrationsansvaret efter integrationslovens § 18, stk. 2; kommunen kan dog altid vælge at overtage (G-VOLUNTARY).',
      en: 'None of the stated circumstances obliges the receiving municipality to take over under section 18(2) of the Integration Act; it may still always choose to take over (G-VOLUNTARY).',
    },
  },
})
