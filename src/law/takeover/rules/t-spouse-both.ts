/**
 * T-SPOUSE-BOTH (rules.md § 2): both spouses covered by the programme. The rule's definition, its evaluator
 * and its wording in Danish and English (`label` names the ground, `fact.*` / `missing.*` its facts, the
 * rest are the conclusions it can reach).
 */

import { LEGAL_BASIS, SOURCES } from '../../rule-definition.ts'
import { defineRule } from '../../rule-module.ts'
import { factMessages } from '../facts.ts'
import { SHARED_REASONS } from '../wording.ts'
import { evaluateSpouse, tSpouse } from './t-spouse.ts'

// One evaluator for T-SPOUSE and T-SPOUSE-BOTH (t-spouse.ts): whether the spouse is covered by the
// programme decides which applies.
export const tSpouseBoth = defineRule({
  definition: {
    id: 'T-SPOUSE-BOTH',
    title: { da: 'Begge ægtefæller i programmet', en: 'Both spouses covered by the programme' },
    decides: {
      da: 'Hver ægtefælle vurderes særskilt, men forpligter den ene ægtefælles forhold til overtagelse, skal kommunen som udgangspunkt overtage begge.',
      en: 'Each spouse is assessed separately, but if one spouse’s circumstances oblige the takeover, the municipality must as a starting point take over both.',
    },
    legalSources: [SOURCES.IL_18_2, SOURCES.SEED_004, SOURCES.SEED_001],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: evaluateSpouse,
  messages: {
    label: tSpouse.messages.label,
    ...factMessages('spouseCoveredByProgramme', 'linkedApplicationId'),
    missing_facts: SHARED_REASONS.missing_facts,
    linked_spouse_obligated: {
      da: 'Begge ægtefæller er omfattet af programmet, og den tilknyttede ansøgning fra ægtefællen forpligter kommunen; kommunen skal derfor som udgangspunkt overtage ansvaret for begge',
      en: 'Both spouses are covered by the programme and the spouse’s linked application obliges the municipality; as a starting point it must therefore take over both',
    },
    linked_spouse_not_obligated: {
      da: 'Begge ægtefæller er omfattet af programmet, men den tilknyttede ansøgning fra ægtefællen forpligter ikke kommunen; ægteskabet taler for overtagelse efter en særskilt, konkret vurdering',
      en: 'Both spouses are covered by the programme, but the spouse’s linked application does not oblige the municipality; the marriage weighs for a takeover after a separate individual assessment',
    },
    linked_application_unresolved: {
      da: 'Begge ægtefæller er omfattet af programmet; udfaldet af ægtefællens ansøgning kendes ikke, og den skal vurderes først',
      en: 'Both spouses are covered by the programme; the outcome of the spouse’s application is not known and must be assessed first',
    },
  },
})
