/** Danskbonus (IL § 22, rules.md § 7: B-*). */
export { assessDanishBonus, evaluateDanishBonus, outcomeOf } from './assess.ts'
export { wordingOf } from './b-programme.ts'
export { DANSKBONUS_RULE_MODULES, DANSKBONUS_RULES, type DanskbonusRuleId } from './catalogue.ts'
export { renderDanishBonus } from './render.ts'
export { DANSKBONUS_SOURCES, EXAM_PASSED_AFTER, PROGRAMME_CONDITION_FROM } from './sources.ts'
export * from './types.ts'
