/**
 * T-EMP-PRACTICE (rules.md § 2): work placement with a prospect of ordinary employment. The rule's
 * definition, its evaluator and its wording in Danish and English (`label` names the ground, `fact.*` /
 * `missing.*` its facts, the rest are the conclusions it can reach).
 */

import { LEGAL_BASIS, SOURCES } from '../../rule-definition.ts'
import { defineRule } from '../../rule-module.ts'
import { commuteParameter, DEFAULT_REASONABLE_ONE_WAY_COMMUTE_MINUTES } from '../parameters.ts'
import { DECISIONS } from '../sources.ts'
import { EMPLOYMENT_FACT_MESSAGES, evaluateEmployment } from './t-emp.ts'

// One evaluator for T-EMP and T-EMP-PRACTICE (t-emp.ts): a work placement is an employment ground with
// `ordinary: false`.
export const tEmpPractice = defineRule({
  definition: {
    id: 'T-EMP-PRACTICE',
    title: {
      da: 'Praktik med udsigt til ordinær beskæftigelse',
      en: 'Work placement with a prospect of ordinary employment',
    },
    decides: {
      da: 'Virksomhedspraktik eller anden ikke-ordinær beskæftigelse med udsigt til senere ordinært arbejde taler for overtagelse (konkret vurdering), hvis arbejdsstedet er i tilflytningskommunen og transporten urimelig.',
      en: 'A work placement or other non-ordinary work with a prospect of later ordinary employment supports a takeover (individual assessment) when the workplace is in the receiving municipality and the commute unreasonable.',
    },
    legalSources: [SOURCES.IL_18_2, DECISIONS.SM_1_2_02, SOURCES.SEED_001],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    parameters: [commuteParameter(DEFAULT_REASONABLE_ONE_WAY_COMMUTE_MINUTES)],
  },
  evaluate: evaluateEmployment,
  messages: {
    ...EMPLOYMENT_FACT_MESSAGES,
    work_placement: {
      da: 'Der er tale om praktik eller anden ikke-ordinær beskæftigelse med udsigt til ordinær ansættelse; det taler for overtagelse efter en konkret, individuel vurdering (SM 1-2-02)',
      en: 'This is a work placement or other non-ordinary work with a prospect of ordinary employment; it weighs for a takeover after an individual assessment (SM 1-2-02)',
    },
  },
})
