/**
 * Words a proportionality assessment in Danish or English, once, at the edge: the law (assess.ts) finds
 * language-neutral findings; each is rendered from its rule module's message (catalogue.ts).
 */
import type { Language } from '../rule-definition.ts'
import { type Finding, type MessageValues, render } from '../rule-module.ts'
import { groundLabel } from '../takeover/index.ts'
import type { GroundType } from '../vocabulary.ts'
import { PROPORTIONALITY_RULE_MODULES } from './catalogue.ts'
import type {
  BenefitReductionAssessment,
  BenefitReductionFindings,
  CriterionAssessment,
  CriterionFindings,
} from './types.ts'

const MESSAGES: ReadonlyMap<string, Readonly<Record<string, { da: string; en: string }>>> = new Map(
  PROPORTIONALITY_RULE_MODULES.map((module) => [module.definition.id, module.messages]),
)

/** P-REASON names a ground as the § 18 module does, so that both answers call a ground the same thing. */
function valuesIn(values: MessageValues | undefined, language: Language): MessageValues | undefined {
  if (values?.ground === undefined) return values
  return { ...values, groundName: groundLabel(values.ground as GroundType)[language].toLowerCase() }
}

/** One finding of a P-* rule in `language`. */
function renderFinding(finding: Finding, language: Language): string {
  const message = MESSAGES.get(finding.ruleId)?.[finding.code]
  if (!message) throw new Error(`no message ${finding.ruleId}/${finding.code}`)
  return render(message, language, valuesIn(finding.values, language))
}

/** "Title: fact; fact. Closing sentences." */
function renderCriterion(criterion: CriterionFindings, language: Language): CriterionAssessment {
  const { title, facts, closing } = criterion.explanation
  const said = (f: Finding) => renderFinding(f, language)
  const listed = facts.length > 0 ? `: ${facts.map(said).join('; ')}` : ''
  return {
    ...criterion,
    explanation: `${said(title)}${listed}. ${closing.map(said).join(' ')}`,
  }
}

export function renderBenefitReduction(
  findings: BenefitReductionFindings,
  language: Language,
): BenefitReductionAssessment {
  return {
    ...findings,
    criteria: findings.criteria.map((criterion) => renderCriterion(criterion, language)),
    disclaimer: renderFinding(findings.disclaimer, language),
    explanation: findings.explanation.map((f) => renderFinding(f, language)).join(' '),
  }
}
