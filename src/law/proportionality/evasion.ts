/**
 * P-EVASION: whether the move is an attempt to avoid the programme (seed 004, third criterion). It is
 * the only criterion that argues for a reduction, so it sets how far one may go; each indicator only
 * adds, so stronger evidence never lowers the maximum.
 *
 * Established evasion (used by P-TOTAL-STOP) is defined as: stopped participating before the move AND
 * refused at least one offer before the move AND no stated intent to continue the programme. All three
 * together: one sign alone has innocent explanations (illness, a job search, a misunderstanding).
 */
import { InvalidInput } from '../../errors.ts'
import type { Language } from '../rule-definition.ts'
import { fact, missingSentence, points, say } from './text.ts'
import type { CriterionAssessment, EvasionFacts } from './types.ts'
import type { ProportionalityWeights } from './weights.ts'

export interface EvasionResult {
  criterion: CriterionAssessment
  /** True/false when the known facts decide it; null when a missing fact could still decide it. */
  established: boolean | null
}

export function isEvasionEstablished(e: EvasionFacts | undefined): boolean | null {
  if (!e) return null
  if (e.stoppedParticipatingBeforeMove === false) return false
  if (e.refusedOffersBeforeMove === 0) return false
  if (e.statedIntentToContinueProgramme === true) return false
  if (
    e.stoppedParticipatingBeforeMove === undefined ||
    e.refusedOffersBeforeMove === undefined ||
    e.statedIntentToContinueProgramme === undefined
  ) {
    return null
  }
  return true
}

export function assessEvasion(
  evasion: EvasionFacts | undefined,
  weights: ProportionalityWeights,
  language: Language,
): EvasionResult {
  const e = evasion ?? {}
  const refused = e.refusedOffersBeforeMove
  if (refused !== undefined && (!Number.isInteger(refused) || refused < 0)) {
    throw new InvalidInput('/evasion/refusedOffersBeforeMove', 'must be an integer ≥ 0')
  }
  const missing: string[] = []
  const parts: string[] = [fact(language, 'udgangspunkt', 'starting point', weights.evasionBaseCeiling)]
  let added = 0
  let indications = false

  if (e.stoppedParticipatingBeforeMove === undefined) missing.push('/evasion/stoppedParticipatingBeforeMove')
  else if (e.stoppedParticipatingBeforeMove) {
    added += weights.evasionStoppedParticipating
    indications = true
    parts.push(
      fact(
        language,
        'stoppede med at deltage før flytningen',
        'stopped participating before the move',
        weights.evasionStoppedParticipating,
      ),
    )
  } else parts.push(fact(language, 'deltog indtil flytningen', 'participated until the move', 0))

  if (refused === undefined) missing.push('/evasion/refusedOffersBeforeMove')
  else {
    const counted = Math.min(refused, weights.evasionMaxCountedRefusedOffers)
    const offerPoints = counted * weights.evasionPerRefusedOffer
    added += offerPoints
    if (refused > 0) indications = true
    const capped = refused > counted
    parts.push(
      fact(
        language,
        `${refused} afslåede tilbud${capped ? `, højst ${counted} tæller` : ''}`,
        `${refused} refused offer${refused === 1 ? '' : 's'}${capped ? `, at most ${counted} count` : ''}`,
        offerPoints,
      ),
    )
  }

  if (e.statedIntentToContinueProgramme === undefined)
    missing.push('/evasion/statedIntentToContinueProgramme')
  else if (!e.statedIntentToContinueProgramme) {
    added += weights.evasionNoStatedIntent
    indications = true
    parts.push(
      fact(
        language,
        'ingen tilkendegivelse om at fortsætte programmet',
        'no stated intent to continue the programme',
        weights.evasionNoStatedIntent,
      ),
    )
  } else parts.push(fact(language, 'vil fortsætte programmet', 'intends to continue the programme', 0))

  const established = isEvasionEstablished(evasion)
  const complete = missing.length === 0
  const contribution = weights.evasionBaseCeiling + added
  const value = !complete
    ? { score: indications ? 1 : 0, label: 'incomplete' as const }
    : established
      ? { score: 2, label: 'established' as const }
      : indications
        ? { score: 1, label: 'indications' as const }
        : { score: 0, label: 'none' as const }
  const verdict = established
    ? say(language, 'Unddragelse er godtgjort.', 'Evasion is established.')
    : established === false
      ? say(language, 'Unddragelse er ikke godtgjort.', 'Evasion is not established.')
      : ''
  // Above 100 the surplus only offsets deductions for need and reason (weights.ts).
  const surplus = contribution > 100
  const total = say(
    language,
    `Så langt kan en nedsættelse gå: ${points(contribution)} procentpoint${surplus ? '; det, der overstiger 100, kan kun opveje fradrag for behov og årsag' : ''}.`,
    `How far a reduction may go: ${points(contribution)} percentage points${surplus ? '; what exceeds 100 only offsets deductions for need and reason' : ''}.`,
  )
  return {
    criterion: {
      criterion: 'evasion',
      ruleId: 'P-EVASION',
      value,
      contribution,
      explanation: `${say(language, 'Unddragelse (P-EVASION)', 'Evasion (P-EVASION)')}: ${parts.join('; ')}. ${total}${verdict ? ` ${verdict}` : ''}${complete ? '' : ` ${missingSentence(missing, language)}`}`,
      missing,
    },
    established,
  }
}
