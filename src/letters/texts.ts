/**
 * The wording of the decision letter, one implementation per language (texts-da.ts, texts-en.ts).
 * Every function takes values already formatted for the letter (dates, municipality names), so that
 * the wording stays free of logic and a caseworker can review it in one place.
 */
import type { APPEAL_OUTCOMES } from '../applications/lifecycle.ts'
import type { ApplicantCategory, GroundEffect, GroundType } from '../law/vocabulary.ts'
import type { LetterStatus, SectionId } from './model.ts'

export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number]

export interface LetterTexts {
  /** BCP 47 tag for dates and the HTML `lang`. */
  locale: string
  municipality(name: string): string
  title: Record<LetterStatus, string>
  headings: Record<Exclude<SectionId, 'heading'>, string>
  head: {
    receiving(municipality: string): string
    departure(municipality: string): string
    date(date: string): string
    reference(reference: string): string
    received(date: string): string
    addressee: string
  }
  decision: {
    approved(to: string, from: string, date: string, basis: 'obligated' | 'voluntary' | null): string
    effectiveFrom(date: string): string
    effectiveFromMove(plannedMoveDate: string | null): string
    condition(description: string): string
    refused(to: string, from: string, date: string): string
    withdrawn(withdrawnDate: string, receivedDate: string): string
    appealLodged(lodgedDate: string): string
    appealOutcome: Record<AppealOutcome, (date: string) => string>
  }
  facts: {
    application(to: string, from: string, received: string): string
    category(label: string): string
    responsibility(date: string, periodEnd: string): string
    plannedMove(date: string): string
    moved(date: string): string
    ground(number: number, type: string, facts: string): string
    noFacts: string
    categories: Record<ApplicantCategory, string>
    groundTypes: Record<GroundType, string>
    labels: Record<string, string>
    values: Record<string, string>
    yes: string
    no: string
    minutes(count: number): string
  }
  rules: {
    intro: string
    withdrawnIntro: string
    rule(id: string, title: string, citations: string): string
  }
  reasons: {
    basis: string
    ground(number: number, type: string, effect: string, explanation: string, ruleId: string): string
    effects: Record<GroundEffect, string>
    overall(explanation: string): string
    voluntary: string
    obligatedRefusal(justification: string): string
    justification(text: string): string
    noHousingCondition: string
    withdrawn: string
    appealBody: Record<AppealOutcome, string>
  }
  consequences: {
    approved(to: string, effective: string | null, contractDeadline: string | null): string
    approvedUnknownMove(to: string): string
    programme(periodEnd: string): string
    noHousingDuty: string
    refusedStays(from: string): string
    benefitReduction(to: string): string
    danishEducation: string
    moveBack: string
    options(freeMovementFrom: string): string
    withdrawnStays(from: string): string
    remitted(to: string, from: string): string
    changedApproved: string
  }
  appeal: {
    toWhom(to: string): string
    timeLimit: string
    how(to: string): string
    fullyUpheld: string
    guidanceBasis: string
    interpretationSection: string
    appealBodyFinal: string
    courts: string
    remittedNewDecision: string
    withdrawn: string
  }
  draft: {
    banner: string
    check: string
    generated(rulesVersion: string): string
    addressee: string
  }
}
