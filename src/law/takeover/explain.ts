/**
 * Explanations a caseworker can paste into a decision letter: the facts used, the conclusion, what is
 * missing, and the rule id with its legal sources. Danish by default, English on request.
 */
import type { Language, RuleDefinition } from '../rule-definition.ts'
import type { AssessmentOutcome } from '../vocabulary.ts'
import { factPointer, type GroundEvaluation } from './conditions.ts'
import { FACT_TEXTS } from './fact-texts.ts'
import type { GroundAssessment, TakeoverGround } from './grounds.ts'
import { type FactValue, GROUND_LABELS, type PhraseContext } from './phrases.ts'
import { REASONS } from './reasons.ts'

function subject(ground: TakeoverGround, language: Language): string {
  const label = GROUND_LABELS[ground.type][language]
  // Whose job, education or illness: T-EMP, T-EDU and T-ILL count the spouse / a close relative too.
  const noPlace: PhraseContext = { toMunicipality: '', reasonableOneWayCommuteMinutes: 0 }
  const whose =
    (ground.type === 'employment' || ground.type === 'education') && ground.holder !== undefined
      ? FACT_TEXTS.holder.describe(ground.holder, noPlace)
      : ground.type === 'illness' && ground.patient !== undefined
        ? FACT_TEXTS.patient.describe(ground.patient, noPlace)
        : undefined
  return whose === undefined ? label : `${label} (${whose[language]})`
}

export function explainGround(
  ground: TakeoverGround,
  index: number,
  evaluation: GroundEvaluation,
  rule: RuleDefinition,
  ctx: PhraseContext,
  language: Language,
): string {
  const values = ground as unknown as Record<string, FactValue | undefined>
  const facts = evaluation.factsUsed.flatMap((fact) => {
    const value = values[fact]
    return value === undefined ? [] : [FACT_TEXTS[fact].describe(value, ctx)[language]]
  })
  const missing = evaluation.missing.map(
    (fact) => `${FACT_TEXTS[fact].label[language]} (${factPointer(index, fact)})`,
  )
  const missingText =
    missing.length === 0 ? '' : ` ${language === 'da' ? 'Mangler' : 'Missing'}: ${missing.join('; ')}.`
  // The statute and the leading practice source; the full list travels in `legalSources`.
  const citation = [rule.id, ...rule.legalSources.slice(0, 2).map((source) => source.citation)].join('; ')
  const head =
    facts.length === 0 ? subject(ground, language) : `${subject(ground, language)}: ${facts.join('; ')}`
  return `${head}. ${REASONS[evaluation.reason][language]}.${missingText} (${citation})`
}

function list(grounds: readonly GroundAssessment[], language: Language): string {
  const names = grounds.map((g) => `${GROUND_LABELS[g.type][language].toLowerCase()} (${g.ruleId})`)
  const and = language === 'da' ? ' og ' : ' and '
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')}${and}${names.at(-1)}`
}

/** One paragraph on the overall outcome (rules.md § 2: obligated > individual assessment > not obligated). */
export function explainOutcome(
  outcome: AssessmentOutcome,
  grounds: readonly GroundAssessment[],
  freeMovementFrom: string | undefined,
  language: Language,
): string {
  const da = language === 'da'
  if (freeMovementFrom !== undefined) {
    return da
      ? `Integrationsperioden er udløbet: personen kan flytte frit fra ${freeMovementFrom}, og der skal ikke træffes afgørelse om overtagelse af integrationsansvaret efter integrationslovens § 18 (G-PERIOD).`
      : `The integration period has ended: the person moves freely from ${freeMovementFrom}, and no takeover under section 18 of the Integration Act is needed (G-PERIOD).`
  }
  const by = (effect: GroundAssessment['effect']) => grounds.filter((g) => g.effect === effect)
  if (outcome === 'obligated') {
    return da
      ? `Tilflytningskommunen er forpligtet til at overtage integrationsansvaret efter integrationslovens § 18, stk. 2, fordi ${list(by('obligates'), language)} forpligter.`
      : `The receiving municipality is obliged to take over the integration responsibility under section 18(2) of the Integration Act, because of ${list(by('obligates'), language)}.`
  }
  if (outcome === 'individual_assessment') {
    const supports = by('supports')
    const missing = by('needs_information')
    const parts = da
      ? [
          supports.length > 0 ? `${list(supports, language)} taler for overtagelse` : '',
          missing.length > 0 ? `der mangler oplysninger om ${list(missing, language)}` : '',
        ]
      : [
          supports.length > 0
            ? `${list(supports, language)} ${supports.length > 1 ? 'weigh' : 'weighs'} for a takeover`
            : '',
          missing.length > 0 ? `information is missing on ${list(missing, language)}` : '',
        ]
    const reasons = parts.filter((part) => part !== '').join(da ? ', og ' : ', and ')
    return da
      ? `Intet forhold forpligter i sig selv kommunen, men ${reasons}. Kommunen skal foretage en konkret, individuel vurdering.`
      : `No circumstance obliges the municipality by itself, but ${reasons}. The municipality must make an individual assessment.`
  }
  return da
    ? 'Ingen af de anførte forhold forpligter tilflytningskommunen til at overtage integrationsansvaret efter integrationslovens § 18, stk. 2; kommunen kan dog altid vælge at overtage (G-VOLUNTARY).'
    : 'None of the stated circumstances obliges the receiving municipality to take over under section 18(2) of the Integration Act; it may still always choose to take over (G-VOLUNTARY).'
}
