/**
 * Words a danskbonus assessment in Danish or English, once, at the edge: the law (assess.ts) finds
 * language-neutral findings; each is rendered from its rule module's message (catalogue.ts). Dates travel
 * in the values as ISO dates and read as long dates ("9. juni 2021" / "9 June 2021").
 */
import { formatLongDate, type IsoDate } from '../dates.ts'
import type { Language } from '../rule-definition.ts'
import { type Finding, type MessageValues, render } from '../rule-module.ts'
import { DANSKBONUS_RULE_MODULES } from './catalogue.ts'
import type { DanishBonusAssessment, DanishBonusFindings } from './types.ts'

const MESSAGES: ReadonlyMap<string, Readonly<Record<string, { da: string; en: string }>>> = new Map(
  DANSKBONUS_RULE_MODULES.map((module) => [module.definition.id, module.messages]),
)

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

function valuesIn(values: MessageValues | undefined, language: Language): MessageValues | undefined {
  if (!values) return values
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      // Only a string can read as YYYY-MM-DD (booleans, numbers and Dates never do).
      ISO_DATE.test(String(value)) ? formatLongDate(value as IsoDate, language) : value,
    ]),
  )
}

/** One finding of a B-* rule in `language`. */
function renderFinding(finding: Finding, language: Language): string {
  const message = MESSAGES.get(finding.ruleId)?.[finding.code]
  if (!message) throw new Error(`no message ${finding.ruleId}/${finding.code}`)
  return render(message, language, valuesIn(finding.values, language))
}

export function renderDanishBonus(findings: DanishBonusFindings, language: Language): DanishBonusAssessment {
  const said = (f: Finding) => renderFinding(f, language)
  const { reopening } = findings
  return {
    outcome: findings.outcome,
    bonus: findings.bonus,
    bonusRule: { ...findings.bonusRule, explanation: said(findings.bonusRule.explanation) },
    wording: findings.wording,
    conditions: findings.conditions.map((c) => ({ ...c, explanation: said(c.explanation) })),
    reopeningRequired: findings.reopeningRequired,
    ...(reopening ? { reopening: { ...reopening, explanation: said(reopening.explanation) } } : {}),
    asOf: findings.asOf,
    rulesVersion: findings.rulesVersion,
  }
}
