/**
 * The danskbonus rules (rules.md § 7, IL § 22), one module each: what `GET /v1/rules` lists, the rule ids
 * the answers cite and the wording `renderDanishBonus` uses are all read from here.
 */
import { B_COVERED } from './b-covered.ts'
import { B_EXAM } from './b-exam.ts'
import { B_ONCE } from './b-once.ts'
import { B_PATH } from './b-path.ts'
import { B_PRACTICE_2021 } from './b-practice-2021.ts'
import { B_PROGRAMME } from './b-programme.ts'
import { B_SELF_SUPPORTING } from './b-self-supporting.ts'

export const DANSKBONUS_RULE_MODULES = [
  B_COVERED,
  B_SELF_SUPPORTING,
  B_EXAM,
  B_ONCE,
  B_PROGRAMME,
  B_PRACTICE_2021,
  B_PATH,
] as const
