/** Danskbonus (IL § 22, rules.md § 7: B-*). */
export { assessDanishBonus, outcomeOf, wordingOf } from './assess.ts'
export { DANSKBONUS_RULES, DANSKBONUS_SOURCES, EXAM_PASSED_AFTER, PROGRAMME_CONDITION_FROM } from './rules.ts'
export * from './types.ts'
