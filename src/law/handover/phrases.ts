/**
 * Messages the handover explanation shares across rules (a phrase, not a rule of its own): the category
 * line every responsibility rule starts with, the days a date rolls past, the note on how deadlines
 * are counted. A step names the rule it belongs to; its code is found in that rule's module, or here.
 * Dates are written in words ({d, date, long}: "15. maj 2025" / "15 May 2025"), as a caseworker reads.
 */

import { helligdagNameSelect } from '../calendar.ts'
import type { Message } from '../rule-module.ts'
import { APPLICANT_CATEGORIES, type ApplicantCategory } from '../vocabulary.ts'

const CATEGORY_LABEL: Record<ApplicantCategory, Message> = {
  refugee: { da: 'flygtning (asyl, IL § 2, stk. 2)', en: 'asylum refugee (IL § 2 stk. 2)' },
  quota_refugee: { da: 'kvoteflygtning (udlændingelovens § 8)', en: 'quota refugee (Aliens Act § 8)' },
  family_reunified_to_refugee: {
    da: 'familiesammenført til flygtning (IL § 2, stk. 3)',
    en: 'family-reunified to a refugee (IL § 2 stk. 3)',
  },
  family_reunified: { da: 'familiesammenført (IL § 2, stk. 4)', en: 'family-reunified (IL § 2 stk. 4)' },
  ukrainian_displaced: { da: 'fordrevet fra Ukraine (særloven)', en: 'displaced from Ukraine (special act)' },
}

/** `{category, select, refugee {…} quota_refugee {…} … other {}}`: each option ends with its space. */
const label = (language: keyof Message) =>
  `{category, select, ${APPLICANT_CATEGORIES.map((c) => `${c} {${CATEGORY_LABEL[c][language]}} `).join('')}other {}}`

const HOLIDAY = helligdagNameSelect('holiday')

export const HANDOVER_PHRASES = {
  /** values: category, ruleId */
  categoryIntro: {
    da: `Kategori {category}, ${label('da')}: ansvarsdatoen følger reglen {ruleId}.`,
    en: `Category {category}, ${label('en')}: the responsibility date follows rule {ruleId}.`,
  },
  /** values: field, category, ruleId */
  factNotUsed: {
    da: '{field} er oplyst, men bruges ikke for kategori {category} ({ruleId}).',
    en: '{field} was given but is not used for category {category} ({ruleId}).',
  },
  /** A Saturday or Sunday passed over; values: date */
  weekendDay: {
    da: '{date, date, long} er en {date, date, weekday}',
    en: '{date, date, long} is a {date, date, weekday}',
  },
  /** A helligdag passed over; values: date, holiday (its id) */
  helligdag: {
    da: `{date, date, long} er ${HOLIDAY.da} (helligdag)`,
    en: `{date, date, long} is ${HOLIDAY.en} (a helligdag, Danish public holiday)`,
  },
  /** A helligdag a count of weekdays passed over; values: date, holiday */
  helligdagOnDate: {
    da: `${HOLIDAY.da} {date, date, long}`,
    en: `${HOLIDAY.en} {date, date, long}`,
  },
  deadlinesCounting: {
    da: 'Frister regnes i kalenderdage og -måneder ("inden 1 måned" er samme dato måneden efter, eller månedens sidste dag, hvis datoen ikke findes) og rykkes ikke væk fra weekender og helligdage.',
    en: 'Deadlines are counted in calendar days and months ("within 1 month" is the same day-of-month next month, or that month\'s last day where it has none) and are not moved off weekends or helligdage.',
  },
} as const satisfies Record<string, Message>
