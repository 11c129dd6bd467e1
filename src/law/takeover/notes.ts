/**
 * The general rules (G-*) an answer explains next to the grounds (rules.md § 2), in this order:
 * G-PERIOD when a responsibility date is known; G-VOLUNTARY always; G-NO-HOUSING-CONDITION and
 * G-NO-HOUSING-DUTY when a takeover may follow; G-REPEAT when nothing weighs for one. Each rule's module
 * decides whether its note applies.
 */
import type { Finding } from '../rule-module.ts'
import type { NoteInput } from './grounds.ts'
import { noHousingConditionNote } from './rules/g-no-housing-condition.ts'
import { noHousingDutyNote } from './rules/g-no-housing-duty.ts'
import { periodNote } from './rules/g-period.ts'
import { repeatNote } from './rules/g-repeat.ts'
import { voluntaryNote } from './rules/g-voluntary.ts'

export function takeoverNotes(input: NoteInput): Finding[] {
  return [
    input.period && periodNote(input.period),
    voluntaryNote(),
    noHousingConditionNote(input),
    noHousingDutyNote(input),
    repeatNote(input),
  ].filter((note): note is Finding => note !== undefined)
}
