/**
 * The decision letter as data (api.md "Wave 2" → Decision letter): one model, rendered as JSON, HTML,
 * PDF and Word. The sections follow forvaltningsloven §§ 22–25: the decision, the facts, the rules and
 * the reasons (§§ 22–24), the appeal guidance (§ 25); the draft notice reminds that the caseworker
 * checks and edits the text before it is sent.
 */
import type { Language } from '../law/rule-definition.ts'

export const SECTION_IDS = [
  'heading',
  'decision',
  'facts',
  'rules',
  'reasons',
  'consequences',
  'appeal',
  'draft-notice',
] as const
export type SectionId = (typeof SECTION_IDS)[number]

/** The statuses that have a letter: a decision, the appeal body's decision, or a withdrawal. */
export const LETTER_STATUSES = ['decided', 'appeal_decided', 'withdrawn'] as const
export type LetterStatus = (typeof LETTER_STATUSES)[number]

export interface LetterSection {
  id: SectionId
  heading: string
  paragraphs: string[]
}

export interface DecisionLetter {
  language: Language
  status: LetterStatus
  sections: LetterSection[]
}

export function isLetterStatus(status: string): status is LetterStatus {
  return (LETTER_STATUSES as readonly string[]).includes(status)
}
