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
import { LEGAL_BASIS, SOURCES } from '../rule-definition.ts'
import { defineRule, type Finding, type Message } from '../rule-module.ts'
import { points } from './points.ts'
import { PROPORTIONALITY_SOURCES } from './sources.ts'
import type { CriterionFindings, EvasionFacts } from './types.ts'
import { DEFAULT_PROPORTIONALITY_WEIGHTS, type ProportionalityWeights, weightParameters } from './weights.ts'

export interface EvasionResult {
  criterion: CriterionFindings
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

const MESSAGES = {
  title: { da: 'Unddragelse (P-EVASION)', en: 'Evasion (P-EVASION)' },
  'starting-point': { da: 'udgangspunkt ({points})', en: 'starting point ({points})' },
  stopped: {
    da: 'stoppede med at deltage før flytningen ({points})',
    en: 'stopped participating before the move ({points})',
  },
  participated: { da: 'deltog indtil flytningen ({points})', en: 'participated until the move ({points})' },
  'refused-offers': {
    da: '{refused} afslåede tilbud{capped, select, true {, højst {counted} tæller} other {}} ({points})',
    en: '{refused} refused offer{refused, plural, =1 {} other {s}}{capped, select, true {, at most {counted} count} other {}} ({points})',
  },
  'no-stated-intent': {
    da: 'ingen tilkendegivelse om at fortsætte programmet ({points})',
    en: 'no stated intent to continue the programme ({points})',
  },
  'stated-intent': {
    da: 'vil fortsætte programmet ({points})',
    en: 'intends to continue the programme ({points})',
  },
  /** Above 100 the surplus only offsets deductions for need and reason (weights.ts). */
  total: {
    da: 'Så langt kan en nedsættelse gå: {points} procentpoint{surplus, select, true {; det, der overstiger 100, kan kun opveje fradrag for behov og årsag} other {}}.',
    en: 'How far a reduction may go: {points} percentage points{surplus, select, true {; what exceeds 100 only offsets deductions for need and reason} other {}}.',
  },
  established: { da: 'Unddragelse er godtgjort.', en: 'Evasion is established.' },
  'not-established': { da: 'Unddragelse er ikke godtgjort.', en: 'Evasion is not established.' },
} as const satisfies Record<string, Message>

const finding = (code: keyof typeof MESSAGES, values?: Finding['values']): Finding => ({
  ruleId: 'P-EVASION',
  code,
  ...(values ? { values } : {}),
})

export function assessEvasion(
  evasion: EvasionFacts | undefined,
  weights: ProportionalityWeights,
): EvasionResult {
  const e = evasion ?? {}
  const refused = e.refusedOffersBeforeMove
  if (refused !== undefined && (!Number.isInteger(refused) || refused < 0)) {
    throw new InvalidInput('/evasion/refusedOffersBeforeMove', 'must be an integer ≥ 0')
  }
  const missing: string[] = []
  const facts: Finding[] = [finding('starting-point', { points: points(weights.evasionBaseCeiling) })]
  let added = 0
  let indications = false

  if (e.stoppedParticipatingBeforeMove === undefined) missing.push('/evasion/stoppedParticipatingBeforeMove')
  else if (e.stoppedParticipatingBeforeMove) {
    added += weights.evasionStoppedParticipating
    indications = true
    facts.push(finding('stopped', { points: points(weights.evasionStoppedParticipating) }))
  } else facts.push(finding('participated', { points: points(0) }))

  if (refused === undefined) missing.push('/evasion/refusedOffersBeforeMove')
  else {
    const counted = Math.min(refused, weights.evasionMaxCountedRefusedOffers)
    const offerPoints = counted * weights.evasionPerRefusedOffer
    added += offerPoints
    if (refused > 0) indications = true
    facts.push(
      finding('refused-offers', { refused, counted, capped: refused > counted, points: points(offerPoints) }),
    )
  }

  if (e.statedIntentToContinueProgramme === undefined)
    missing.push('/evasion/statedIntentToContinueProgramme')
  else if (!e.statedIntentToContinueProgramme) {
    added += weights.evasionNoStatedIntent
    indications = true
    facts.push(finding('no-stated-intent', { points: points(weights.evasionNoStatedIntent) }))
  } else facts.push(finding('stated-intent', { points: points(0) }))

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
  const closing = [finding('total', { points: points(contribution), surplus: contribution > 100 })]
  if (established) closing.push(finding('established'))
  else if (established === false) closing.push(finding('not-established'))
  if (!complete) closing.push({ ruleId: 'P-MAX', code: 'missing', values: { missing: missing.join(', ') } })
  return {
    criterion: {
      criterion: 'evasion',
      ruleId: 'P-EVASION',
      value,
      contribution,
      explanation: { title: finding('title'), facts, closing },
      missing,
    },
    established,
  }
}

export const P_EVASION = defineRule({
  definition: {
    id: 'P-EVASION',
    title: { da: 'Forsøg på at undgå programmet', en: 'Attempt to evade the programme' },
    decides: {
      da: 'Hvor langt en nedsættelse kan gå ud fra tegn på, at flytningen er et forsøg på at undgå programmet. Unddragelse er godtgjort, når personen stoppede med at deltage før flytningen OG afslog mindst ét tilbud OG ikke har tilkendegivet at ville fortsætte programmet.',
      en: 'How far a reduction may go given signs that the move is an attempt to avoid the programme. Evasion is established when the person stopped participating before the move AND refused at least one offer AND has not stated an intent to continue the programme.',
    },
    legalSources: [PROPORTIONALITY_SOURCES.IL_32, SOURCES.SEED_004],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
    parameters: weightParameters(DEFAULT_PROPORTIONALITY_WEIGHTS, [
      'evasionBaseCeiling',
      'evasionStoppedParticipating',
      'evasionPerRefusedOffer',
      'evasionMaxCountedRefusedOffers',
      'evasionNoStatedIntent',
    ]),
  },
  evaluate: assessEvasion,
  messages: MESSAGES,
})
