/**
 * Builds the decision letter from an application as the API returns it (src/applications/mapper.ts):
 * the stored assessment in the letter's language, the decision, the appeal and the dates. Pure: the
 * same application gives the same letter, dated by the decision it is about, never by the clock.
 */
import type { ApplicationBody } from '../applications/response-schemas.ts'
import { redactCpr } from '../http/logging.ts'
import { HANDOVER_RULES } from '../law/handover/index.ts'
import { PROPORTIONALITY_RULES } from '../law/proportionality/index.ts'
import { inForce, type Language } from '../law/rule-definition.ts'
import { takeoverRules } from '../law/takeover/index.ts'
import { type Case, letterDate } from './case.ts'
import { groundFacts, municipalityText } from './facts.ts'
import { type DecisionLetter, isLetterStatus, type LetterSection } from './model.ts'
import { appeal, consequences, draftNotice, reasons } from './outcome-sections.ts'
import type { LetterTexts } from './texts.ts'
import { DA } from './texts-da.ts'
import { EN } from './texts-en.ts'

const TEXTS: Record<Language, LetterTexts> = { da: DA, en: EN }

interface LetterOptions {
  /** The commute threshold in force (an interpretation), shown with the rules that use it. */
  reasonableOneWayCommuteMinutes: number
}

/** The rules each outcome's text cites beside the grounds' own rules, in the order the text cites them. */
const OUTCOME_RULES = {
  approved: ['G-NO-HOUSING-CONDITION', 'H-TAKEOVER', 'D-CONTRACT', 'H-PERIOD', 'G-NO-HOUSING-DUTY'],
  refused: ['P-NEED', 'P-REASON', 'P-EVASION', 'D-MOVE-BACK', 'G-REPEAT', 'G-PERIOD'],
  withdrawn: ['G-REPEAT'],
} as const

const formatters = new Map<string, Intl.DateTimeFormat>()
function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = formatters.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
    formatters.set(locale, format)
  }
  return format
}

export function composeLetter(
  app: ApplicationBody,
  language: Language,
  options: LetterOptions,
): DecisionLetter {
  if (!isLetterStatus(app.status)) throw new Error(`No letter for status ${app.status}`)
  const texts = TEXTS[language]
  const format = dateFormat(texts.locale)
  const c: Case = {
    app,
    status: app.status,
    texts,
    language,
    date: (iso) => format.format(new Date(`${iso}T00:00:00Z`)),
    to: municipalityText(texts, app.toMunicipality),
    from: municipalityText(texts, app.fromMunicipality),
    decision: app.decision,
    catalogue: [
      ...takeoverRules(options.reasonableOneWayCommuteMinutes),
      ...HANDOVER_RULES,
      ...PROPORTIONALITY_RULES,
    ],
  }
  const h = texts.headings
  const sections: LetterSection[] = [
    { id: 'heading', heading: texts.title[c.status], paragraphs: heading(c) },
    { id: 'decision', heading: h.decision, paragraphs: decision(c) },
    { id: 'facts', heading: h.facts, paragraphs: facts(c) },
    { id: 'rules', heading: h.rules, paragraphs: rules(c) },
    { id: 'reasons', heading: h.reasons, paragraphs: reasons(c) },
    { id: 'consequences', heading: h.consequences, paragraphs: consequences(c) },
    { id: 'appeal', heading: h.appeal, paragraphs: appeal(c) },
    { id: 'draft-notice', heading: h['draft-notice'], paragraphs: draftNotice(c) },
  ]
  // Free text (justification, descriptions, the reference) is the caller's: no CPR number gets through.
  return {
    language,
    status: c.status,
    sections: sections.map((s) => ({
      ...s,
      heading: redactCpr(s.heading),
      paragraphs: s.paragraphs.map(redactCpr),
    })),
  }
}

function heading(c: Case): string[] {
  const t = c.texts.head
  return [
    t.receiving(c.to),
    t.departure(c.from),
    t.date(c.date(letterDate(c))),
    t.reference(c.app.externalReference),
    t.received(c.date(c.app.receivedDate)),
    t.addressee,
  ]
}

function municipalityDecision(c: Case): string[] {
  const { decision: d, texts, app } = c
  if (!d) return []
  if (d.outcome === 'refused') return [texts.decision.refused(c.to, c.from, c.date(d.decisionDate))]
  const effective = app.dates.takeoverEffectiveDate?.date
  return [
    texts.decision.approved(c.to, c.from, c.date(d.decisionDate), d.legalBasis),
    effective
      ? texts.decision.effectiveFrom(c.date(effective))
      : texts.decision.effectiveFromMove(app.plannedMoveDate ? c.date(app.plannedMoveDate) : null),
    ...d.conditions.map((condition) => texts.decision.condition(condition.description)),
  ]
}

function decision(c: Case): string[] {
  const { app, texts } = c
  if (c.status === 'withdrawn')
    return [texts.decision.withdrawn(c.date(letterDate(c)), c.date(app.receivedDate))]
  if (c.status === 'decided' || !app.appeal?.outcome) return municipalityDecision(c)
  return [
    ...municipalityDecision(c),
    texts.decision.appealLodged(c.date(app.appeal.lodgedDate)),
    texts.decision.appealOutcome[app.appeal.outcome](c.date(letterDate(c))),
  ]
}

function facts(c: Case): string[] {
  const { app, texts } = c
  const t = texts.facts
  return [
    t.application(c.to, c.from, c.date(app.receivedDate)),
    t.category(t.categories[app.applicant.category]),
    t.responsibility(c.date(app.dates.responsibilityDate.date), c.date(app.dates.integrationPeriodEndDate)),
    ...(app.plannedMoveDate ? [t.plannedMove(c.date(app.plannedMoveDate))] : []),
    ...(app.moveDate ? [t.moved(c.date(app.moveDate))] : []),
    ...groundFacts(texts, app.grounds),
  ]
}

function rules(c: Case): string[] {
  const { app, texts } = c
  const outcome = c.status === 'withdrawn' ? 'withdrawn' : (c.decision?.outcome ?? 'withdrawn')
  const ids = new Set<string>([
    ...app.assessment.grounds.map((g) => g.ruleId),
    ...app.assessment.notes.map((n) => n.ruleId),
    ...(c.decision?.legalBasis === 'voluntary' ? ['G-VOLUNTARY'] : []),
    ...OUTCOME_RULES[outcome],
  ])
  const asOf = letterDate(c)
  const cited = [...ids].map((id) => {
    const rule =
      c.catalogue.find((r) => r.id === id && inForce(r, asOf)) ?? c.catalogue.find((r) => r.id === id)
    if (!rule) return id
    return texts.rules.rule(id, rule.title[c.language], rule.legalSources.map((s) => s.citation).join('; '))
  })
  return [c.status === 'withdrawn' ? texts.rules.withdrawnIntro : texts.rules.intro, ...cited]
}
