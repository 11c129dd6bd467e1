/**
 * One ground assessed in Danish and in English, for the tests that assert what an explanation says:
 * the rule id, the facts and the conclusion in both languages (issue 20), not whole paragraphs.
 */
import { assessTakeover, type TakeoverGround } from '../../../src/law/takeover/index.ts'
import type { AssessmentOutcome } from '../../../src/law/vocabulary.ts'

const OPTIONS = { reasonableOneWayCommuteMinutes: 90, asOf: '2025-03-01' } as const

export function assessGround(ground: TakeoverGround, linked?: ReadonlyMap<string, AssessmentOutcome>) {
  const run = (language: 'da' | 'en') =>
    assessTakeover(
      { fromMunicipality: '773', toMunicipality: '101', grounds: [ground] },
      { ...OPTIONS, language, ...(linked ? { linkedOutcomes: linked } : {}) },
    )
  const da = run('da')
  const en = run('en')
  const [assessed] = en.grounds
  if (!assessed) throw new Error('ground not assessed')
  return {
    outcome: en.outcome,
    effect: assessed.effect,
    ruleId: assessed.ruleId,
    factsUsed: assessed.factsUsed,
    missing: assessed.missing,
    explanation: { da: da.grounds[0]?.explanation ?? '', en: assessed.explanation },
    outcomeExplanation: { da: da.explanation, en: en.explanation },
  }
}

/** The JSON pointers of facts of the first (and only) ground. */
export const at = (...facts: string[]) => facts.map((fact) => `/grounds/0/${fact}`)
