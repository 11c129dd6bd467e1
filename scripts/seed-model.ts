/**
 * The synthetic population behind `npm run seed` (issue 7): distributions modelled on the seeds' figures.
 * Pure and deterministic for a given PRNG seed (apart from "today", the upper bound of all dates).
 *
 * Calibration (seed 000): Copenhagen received 481 § 18 applications from June 2017 to August 2021,
 * 299 approved and 182 refused (62 % approved), and "typically 2–3 a year" cite LGBT+-related
 * discrimination. Copenhagen receives 10 % of all applications here, so about 10,500 applications give
 * the real volume; 100,000 are ~9.5× that and 1,000,000 ~95× (`npm run seed` prints the figures).
 */
import { createHash } from 'node:crypto'
import { MUNICIPALITIES } from '../src/law/municipalities.ts'
import type { TakeoverGround } from '../src/law/takeover/index.ts'
import type { ApplicantCategory, GroundType } from '../src/law/vocabulary.ts'

/** mulberry32: small, fast, good enough for synthetic data, reproducible across runs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Random = () => number

export function pick<T>(random: Random, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0)
  let r = random() * total
  for (const [value, weight] of weighted) {
    r -= weight
    if (r < 0) return value
  }
  return weighted.at(-1)![0]
}

/** Receiving municipalities: the big cities attract most applications; Copenhagen gets 10 %. */
const BIG: Record<string, number> = { '101': 100, '751': 60, '461': 40, '851': 35, '147': 20, '561': 15 }
export const RECEIVING: readonly (readonly [string, number])[] = MUNICIPALITIES.map((m) => [
  m.code,
  BIG[m.code] ?? (m.region === 'Region Hovedstaden' ? 9 : 6.5),
])
/** Departure municipalities: refugees are dispersed over the whole country (boligplacering). */
export const DEPARTURE: readonly (readonly [string, number])[] = MUNICIPALITIES.map((m) => [
  m.code,
  m.code === '101' ? 3 : BIG[m.code] ? 8 : 10,
])

export const YEAR_WEIGHTS: Record<number, number> = {
  2017: 1.3,
  2018: 1.15,
  2019: 1,
  2020: 0.8,
  2021: 0.8,
  2022: 1.1,
  2023: 1.2,
  2024: 1,
  2025: 0.9,
  2026: 0.85,
}

const GROUND_WEIGHTS: readonly (readonly [GroundType, number])[] = [
  ['employment', 30],
  ['family_or_friends', 15],
  ['larger_city', 10],
  ['spouse', 10],
  ['education', 8],
  ['partner', 5],
  ['loneliness', 5],
  ['illness', 5],
  ['conflict', 3],
  ['threats', 3],
  ['discrimination', 2.5],
  ['other', 3],
  ['unaccompanied_minor_placement', 0.5],
]

const bool = (random: Random, p: number) => random() < p
const oneOf = <T>(random: Random, values: readonly T[]) => values[Math.floor(random() * values.length)]!

/** A ground with facts from a few discrete variants, so that assessments can be cached per variant. */
function ground(random: Random, type: GroundType, to: string): TakeoverGround {
  const commute = oneOf(random, [45, 80, 120, 150])
  switch (type) {
    case 'employment':
      return {
        type,
        holder: bool(random, 0.8) ? 'applicant' : 'spouse',
        workplaceMunicipality: to,
        ordinary: bool(random, 0.85),
        permanent: bool(random, 0.7),
        hoursPerWeek: oneOf(random, [15, 25, 37]),
        ...(bool(random, 0.9) ? { oneWayCommuteMinutes: commute } : {}),
      }
    case 'education':
      return {
        type,
        holder: 'applicant',
        institutionMunicipality: to,
        admitted: bool(random, 0.8),
        availableNearCurrentHome: bool(random, 0.4),
        fastestRouteToEmployment: bool(random, 0.6),
        oneWayCommuteMinutes: commute,
      }
    case 'spouse':
      return { type, spouseCoveredByProgramme: bool(random, 0.3), spouseMunicipality: to }
    case 'partner':
      return { type, commonChildBorn: bool(random, 0.4), paternityRegistered: bool(random, 0.7) }
    case 'illness':
      return {
        type,
        patient: bool(random, 0.5) ? 'applicant' : 'close_relative',
        treatmentMunicipality: to,
        treatmentsPerWeek: oneOf(random, [0.5, 1, 2]),
        oneWayCommuteMinutes: commute,
      }
    case 'threats':
      return {
        type,
        cannotReturnForSafety: bool(random, 0.8),
        reportedToPolice: bool(random, 0.6),
        documentedByHealthOrCrisisCentre: bool(random, 0.3),
        authorityRecommendsRelocation: bool(random, 0.3),
        strongerAttachmentElsewhere: bool(random, 0.1),
      }
    case 'discrimination':
      // Seed 000: LGBT+ applicants are a large share of discrimination grounds in Copenhagen.
      return {
        type,
        lgbtqRelated: bool(random, to === '101' ? 0.6 : 0.35),
        threatsReceived: bool(random, 0.3),
        authoritiesAssessNotSolvableLocally: bool(random, 0.2),
      }
    case 'unaccompanied_minor_placement':
      return { type, placementMunicipality: to }
    default:
      return { type }
  }
}

export function grounds(random: Random, to: string, repeat: boolean): TakeoverGround[] {
  const count = pick(random, [
    [1, 60],
    [2, 30],
    [3, 10],
  ])
  const types = new Set<GroundType>()
  // A repeat application typically follows a refusal and cites a new job (seed 000).
  if (repeat && bool(random, 0.6)) types.add('employment')
  while (types.size < count) types.add(pick(random, GROUND_WEIGHTS))
  return [...types].map((type) => ground(random, type, to))
}

export function category(random: Random, year: number): ApplicantCategory {
  return pick(random, [
    ['refugee', 55],
    ['family_reunified_to_refugee', 20],
    ['quota_refugee', 5],
    ['family_reunified', 10],
    ['ukrainian_displaced', year >= 2022 ? 25 : 0],
  ])
}

/** Days from receipt to decision: log-normal-ish, median about 25 days (Copenhagen slower). */
export function processingDays(random: Random, to: string): number {
  const u = Math.max(random(), 1e-9)
  const v = random()
  const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  const median = to === '101' ? 32 : 24
  return Math.max(1, Math.min(365, Math.round(median * Math.exp(0.6 * normal))))
}

/** Probability of approval given the assessment: obligated cases are approved, others mostly refused. */
export function approvalProbability(outcome: string, to: string, lgbtq: boolean): number {
  if (lgbtq && to === '101') return 0.02 // seed 000: none approved on that basis since 2017
  // Copenhagen approves more voluntarily (G-VOLUNTARY): 62 % overall in seed 000.
  if (to === '101') return outcome === 'obligated' ? 0.95 : outcome === 'individual_assessment' ? 0.62 : 0.42
  return outcome === 'obligated' ? 0.93 : outcome === 'individual_assessment' ? 0.5 : 0.2
}

export function reductionPercent(random: Random): number {
  return pick(random, [
    [0, 5],
    [oneOf(random, [10, 15, 20, 25]), 30],
    [oneOf(random, [30, 40, 50]), 35],
    [oneOf(random, [60, 75]), 15],
    [oneOf(random, [80, 90]), 5],
    [100, 10],
  ])
}

export function personHash(seed: number, person: number): string {
  return createHash('sha256').update(`ansvar-seed:${seed}:${person}`).digest('hex')
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}
