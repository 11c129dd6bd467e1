/**
 * T-PARTNER-CHILD (rules.md § 2): partner with a common child. The rule's definition, its evaluator and its
 * wording in Danish and English (`label` names the ground, `fact.*` / `missing.*` its facts, the rest are
 * the conclusions it can reach).
 */

import { LEGAL_BASIS, SOURCES } from '../../rule-definition.ts'
import { defineRule } from '../../rule-module.ts'
import { factMessages } from '../facts.ts'
import { SHARED_REASONS } from '../wording.ts'
import { evaluatePartner, tPartner } from './t-partner.ts'

// One evaluator for T-PARTNER and T-PARTNER-CHILD (t-partner.ts): a common child, born or expected, makes
// it T-PARTNER-CHILD.
export const tPartnerChild = defineRule({
  definition: {
    id: 'T-PARTNER-CHILD',
    title: { da: 'Kæreste med fælles barn', en: 'Partner with a common child' },
    decides: {
      da: 'Fælles barn, født og med registreret faderskab: forpligter (ansøgeren behøver ikke være flyttet eller have bolig). Før fødsel eller registrering: utilstrækkeligt; der kan søges igen.',
      en: 'A common child, born and with paternity registered: obliges (the applicant need not have moved or found housing). Before birth or registration: insufficient; the applicant may re-apply.',
    },
    legalSources: [SOURCES.IL_18_2, SOURCES.SEED_003, SOURCES.SEED_004],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: evaluatePartner,
  messages: {
    label: tPartner.messages.label,
    ...factMessages('commonChildBorn', 'paternityRegistered'),
    missing_facts: SHARED_REASONS.missing_facts,
    partner_no_common_child: tPartner.messages.partner_no_common_child,
    child_not_born: {
      da: 'Det fælles barn er endnu ikke født; først efter fødslen og registrering af faderskabet er kommunen forpligtet, og der kan da søges igen',
      en: 'The common child is not yet born; only after the birth and registration of paternity is the municipality obliged, and the applicant may then apply again',
    },
    paternity_not_registered: {
      da: 'Faderskabet er ikke registreret; først når barnet er født og faderskabet registreret, er kommunen forpligtet, og der kan da søges igen',
      en: 'Paternity is not registered; only once the child is born and paternity registered is the municipality obliged, and the applicant may then apply again',
    },
    common_child_registered: {
      da: 'Fælles barn med registreret faderskab udgør en familierelation; kommunen skal overtage integrationsansvaret, og det kræves ikke, at ansøgeren er flyttet eller har bolig',
      en: 'A common child with registered paternity forms a family relation; the municipality must take over, and it is not required that the applicant has moved or found housing',
    },
  },
})
