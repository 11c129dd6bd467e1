/** Danskbonus (IL § 22, rules.md § 7: B-*). */
export { assessDanishBonus, evaluateDanishBonus } from './assess.ts'
export { DANSKBONUS_RULE_MODULES } from './catalogue.ts'
export { renderDanishBonus } from './render.ts'
export * from './types.ts'
