/**
 * The edge of the § 18 law (issue 15, item 3): words a language-neutral `TakeoverEvaluation` in Danish
 * or English from the rules' messages (rules/*.ts) and the shared wording (wording.ts), into the
 * `TakeoverAssessment` the API answers with. Explanations a caseworker can paste into a decision letter:
 * the facts used, the conclusion, what is missing, and the rule id with its legal sources.
 */
import type { Language, LegalSource } from '../rule-definition.ts'
import { type Finding, type Message, render } from '../rule-module.ts'
import { takeoverModule } from './catalogue.ts'
import type { EvaluatedGround, GroundAssessment, TakeoverAssessment, TakeoverEvaluation } from './grounds.ts'
import { EXPLANATION } from './wording.ts'

/** The message of a finding: the rule module's message with the finding's code. */
function messageOf(finding: Finding): Message {
  const message = (takeoverModule(finding.ruleId).messages as Record<string, Message | undefined>)[
    finding.code
  ]
  if (!message) throw new Error(`Rule ${finding.ruleId} has no message ${finding.code}`)
  return message
}

function say(finding: Finding, language: Language): string {
  return render(messageOf(finding), language, finding.values)
}

/** "a, b og c" / "a, b and c". */
function list(names: readonly string[], language: Language): string {
  // Stryker disable next-line StringLiteral: equivalent because joining at most one name puts no separator in
  if (names.length <= 1) return names.join('')
  return render(EXPLANATION.and, language, { first: names.slice(0, -1).join(', '), last: names.at(-1)! })
}

function explainGround(ground: EvaluatedGround, language: Language): string {
  const { subject, facts, reason, missing } = ground.findings
  const [label, whose] = subject.map((finding) => say(finding, language))
  const head = whose === undefined ? label : render(EXPLANATION.subject, language, { label, whose })
  const stated = facts.map((finding) => say(finding, language))
  const missingText =
    missing.length === 0
      ? ''
      : render(EXPLANATION.missing, language, {
          list: missing.map((finding) => `${say(finding, language)} (${finding.values!.pointer})`).join('; '),
        })
  // The statute and the leading practice source; the full list travels in `legalSources`.
  const citation = [ground.ruleId, ...ground.legalSources.slice(0, 2).map((s: LegalSource) => s.citation)]
  const text = stated.length === 0 ? head : `${head}: ${stated.join('; ')}`
  return `${text}. ${say(reason, language)}.${missingText} (${citation.join('; ')})`
}

/** One paragraph on the overall outcome (rules.md § 2: obligated > individual assessment > not obligated). */
function explainOutcome(evaluation: TakeoverEvaluation, language: Language): string {
  const { outcome, outcomeFindings, grounds } = evaluation
  if (outcome === 'not_obligated') {
    const sentences = outcomeFindings.map((finding) => say(finding, language))
    // Stryker disable next-line StringLiteral: equivalent because not_obligated has exactly one outcome finding (G-PERIOD or G-VOLUNTARY)
    return sentences.join(' ')
  }
  const named = (effect: EvaluatedGround['effect']) => {
    const names = outcomeFindings
      .filter((finding) => grounds[Number(finding.values!.index)]!.effect === effect)
      .map((finding) =>
        render(EXPLANATION.named, language, {
          label: say(finding, language).toLowerCase(),
          ruleId: finding.ruleId,
        }),
      )
    return { grounds: list(names, language), count: names.length }
  }
  if (outcome === 'obligated') return render(EXPLANATION.obligated, language, named('obligates'))
  const supports = named('supports')
  const missing = named('needs_information')
  const parts = [
    supports.count > 0 ? render(EXPLANATION.supports, language, supports) : '',
    missing.count > 0 ? render(EXPLANATION.needs_information, language, missing) : '',
  ].filter((part) => part !== '')
  const reasons =
    parts.length === 2
      ? render(EXPLANATION.both, language, { supports: parts[0]!, missing: parts[1]! })
      : // Stryker disable next-line StringLiteral: equivalent because here exactly one part is left, so nothing is joined
        parts.join('')
  return render(EXPLANATION.individual_assessment, language, { reasons })
}

/** The assessment as the API answers it, in `language`. */
export function renderTakeoverAssessment(
  evaluation: TakeoverEvaluation,
  language: Language,
): TakeoverAssessment {
  return {
    outcome: evaluation.outcome,
    explanation: explainOutcome(evaluation, language),
    grounds: evaluation.grounds.map(
      ({ findings: _findings, ...ground }): GroundAssessment => ({
        ...ground,
        explanation: explainGround({ ...ground, findings: _findings }, language),
      }),
    ),
    notes: evaluation.notes.map((note) => ({
      ruleId: note.ruleId,
      text: say(note.finding, language),
      legalSources: note.legalSources,
    })),
    parameters: evaluation.parameters,
    rulesVersion: evaluation.rulesVersion,
  }
}
