import { assessDanishBonus, type DanishBonusFacts } from '../../../src/law/danskbonus/index.ts'

/** A self-supporting refugee who passed PD2 in 2024, offered a programme, applying in 2025. */
export const ELIGIBLE: DanishBonusFacts = {
  applicationDate: '2025-03-01',
  category: 'refugee',
  benefit: 'none',
  danishTests: [{ kind: 'pd2', passedDate: '2024-12-10' }],
  earlierDanishBonusOrSupplement: false,
  programmeOffered: true,
}

/** The assessment in both languages, on 1 January 2026 unless `asOf` says otherwise. */
export function bothLanguages(facts: DanishBonusFacts, asOf = '2026-01-01') {
  return {
    da: assessDanishBonus(facts, { language: 'da', asOf }),
    en: assessDanishBonus(facts, { language: 'en', asOf }),
  }
}

/** One condition of the assessment, in both languages. */
export function conditionIn(facts: DanishBonusFacts, ruleId: string, asOf?: string) {
  const { da, en } = bothLanguages(facts, asOf)
  return {
    da: da.conditions.find((c) => c.ruleId === ruleId)!,
    en: en.conditions.find((c) => c.ruleId === ruleId)!,
  }
}

/** Facts without the given keys. */
export function without(facts: DanishBonusFacts, ...keys: (keyof DanishBonusFacts)[]): DanishBonusFacts {
  return Object.fromEntries(
    Object.entries(facts).filter(([key]) => !keys.includes(key as keyof DanishBonusFacts)),
  ) as DanishBonusFacts
}
