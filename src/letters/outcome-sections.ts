/**
 * The letter's sections that follow from the outcome: the reasons (forvaltningsloven §§ 22–24), the
 * consequences, the appeal guidance (§ 25) and the draft notice.
 */
import type { Case } from './case.ts'

function municipalityReasons(c: Case): string[] {
  const { app, texts, decision: d } = c
  const t = texts.reasons
  const perGround = app.assessment.grounds.map((g) =>
    t.ground(g.index + 1, texts.facts.groundTypes[g.type], t.effects[g.effect], g.explanation, g.ruleId),
  )
  const byOutcome: string[] = []
  if (d?.outcome === 'approved') {
    if (d.legalBasis === 'voluntary') byOutcome.push(t.voluntary)
    byOutcome.push(t.noHousingCondition)
  } else if (d?.refusedAlthoughObligated && d.justification) {
    byOutcome.push(t.obligatedRefusal(d.justification))
  } else if (d?.justification) {
    byOutcome.push(t.justification(d.justification))
  }
  return [t.basis, ...perGround, t.overall(app.assessment.explanation), ...byOutcome]
}

export function reasons(c: Case): string[] {
  if (c.status === 'withdrawn') return [c.texts.reasons.withdrawn]
  const outcome = c.status === 'appeal_decided' ? c.app.appeal?.outcome : null
  return [...(outcome ? [c.texts.reasons.appealBody[outcome]] : []), ...municipalityReasons(c)]
}

function consequencesOf(c: Case, outcome: 'approved' | 'refused'): string[] {
  const t = c.texts.consequences
  const { dates } = c.app
  if (outcome === 'refused')
    return [
      t.refusedStays(c.from),
      t.benefitReduction(c.to),
      t.danishEducation,
      t.moveBack,
      t.options(c.date(dates.freeMovementFromDate)),
    ]
  const effective = dates.takeoverEffectiveDate?.date
  const deadline = dates.contractDeadline?.date
  return [
    effective
      ? t.approved(c.to, c.date(effective), deadline ? c.date(deadline) : null)
      : t.approvedUnknownMove(c.to),
    t.programme(c.date(dates.integrationPeriodEndDate)),
    t.noHousingDuty,
  ]
}

export function consequences(c: Case): string[] {
  const t = c.texts.consequences
  if (c.status === 'withdrawn') return [t.withdrawnStays(c.from)]
  const original = c.decision?.outcome ?? 'refused'
  const appealOutcome = c.status === 'appeal_decided' ? c.app.appeal?.outcome : undefined
  if (appealOutcome === 'remitted') return [t.remitted(c.to, c.from)]
  if (appealOutcome === 'changed')
    return [t.changedApproved, ...(original === 'refused' ? [t.approvedUnknownMove(c.to)] : [])]
  return consequencesOf(c, original)
}

export function appeal(c: Case): string[] {
  const t = c.texts.appeal
  if (c.status === 'withdrawn') return [t.withdrawn]
  if (c.status === 'appeal_decided')
    return [
      ...(c.app.appeal?.outcome === 'remitted' ? [t.remittedNewDecision] : []),
      t.appealBodyFinal,
      t.courts,
    ]
  return [
    t.toWhom(c.to),
    t.timeLimit,
    t.how(c.to),
    ...(c.decision?.outcome === 'approved' ? [t.fullyUpheld] : []),
    t.guidanceBasis,
    t.interpretationSection,
  ]
}

export function draftNotice(c: Case): string[] {
  const t = c.texts.draft
  return [t.check, t.generated(c.app.assessment.rulesVersion), t.addressee]
}
