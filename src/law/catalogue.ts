/**
 * The registry of rule modules (issue 15, item 2): every area of the law adds its modules here, once.
 * `test/law/rule-modules.test.ts` walks the whole catalogue of `GET /v1/rules` against this list: an id
 * without a module, an evaluator, messages in both languages or a test named after it fails.
 *
 * Areas: § 18 takeover (T-*, G-*: src/law/takeover), handover and duties (H-*, D-*: src/law/handover,
 * src/law/duties), proportionality and danskbonus (P-*, B-*: src/law/proportionality, src/law/danskbonus).
 * Add an area's modules as one spread below; `ruleCatalogue` (src/rule-catalogue/routes.ts) derives from
 * this list once every area is in.
 */
import { DANSKBONUS_RULE_MODULES } from './danskbonus/catalogue.ts'
import { D_MODULES } from './duties/catalogue.ts'
import { H_MODULES } from './handover/catalogue.ts'
import { PROPORTIONALITY_RULE_MODULES } from './proportionality/catalogue.ts'
import type { RuleModule } from './rule-module.ts'
import { TAKEOVER_MODULES } from './takeover/index.ts'

export const RULE_MODULES: readonly RuleModule[] = [
  // The areas' modules, one spread each (takeover, handover, duties, proportionality, danskbonus).
  ...TAKEOVER_MODULES,
  ...H_MODULES,
  ...D_MODULES,
  ...PROPORTIONALITY_RULE_MODULES,
  ...DANSKBONUS_RULE_MODULES,
]
