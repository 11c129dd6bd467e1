/**
 * The five conditions of the IL § 22 lump sum, each a pure function of the facts (rules.md § 7). Each
 * answers met / not_met / unknown (a fact is missing) / not_applicable, in Danish and English.
 */

import { formatLongDate } from '../dates.ts'
import type { LocalisedText } from '../rule-definition.ts'
import { EXAM_PASSED_AFTER, PROGRAMME_CONDITION_FROM, DANSKBONUS_SOURCES as S } from './rules.ts'
import type { ConditionResult, DanishBonusFacts, Wording } from './types.ts'

export interface Condition {
  ruleId: string
  result: ConditionResult
  text: LocalisedText
  legalSources: { citation: string; url?: string }[]
  missing: string[]
}

const unknown = (
  ruleId: string,
  sources: Condition['legalSources'],
  missing: string[],
  text: LocalisedText,
) => ({ ruleId, result: 'unknown', text, legalSources: sources, missing }) satisfies Condition

export function covered({ category }: DanishBonusFacts): Condition {
  const sources = [S.IL_22_1, S.IL_2]
  if (category === undefined)
    return unknown('B-COVERED', sources, ['/category'], {
      da: 'Personens kategori er ikke oplyst; det kan ikke afgøres, om personen er omfattet af § 2, stk. 2-4.',
      en: "The person's category is not given; whether they are covered by § 2 stk. 2-4 cannot be decided.",
    })
  if (category === 'ukrainian_displaced')
    return {
      ruleId: 'B-COVERED',
      result: 'not_met',
      legalSources: sources,
      missing: [],
      text: {
        da: 'Fordrevne fra Ukraine er omfattet af særloven, ikke af integrationslovens § 2, stk. 2-4, som § 22 nævner.',
        en: 'Displaced persons from Ukraine are covered by the special act, not by IL § 2 stk. 2-4, which § 22 names.',
      },
    }
  return {
    ruleId: 'B-COVERED',
    result: 'met',
    legalSources: sources,
    missing: [],
    text: {
      da: 'Personen er flygtning eller familiesammenført og dermed omfattet af § 2, stk. 2-4.',
      en: 'The person is a refugee or family-reunified and so covered by § 2 stk. 2-4.',
    },
  }
}

export function selfSupporting({ benefit }: DanishBonusFacts): Condition {
  const sources = [S.IL_22_1, S.AKTIVLOVEN_22_25]
  if (benefit === undefined)
    return unknown('B-SELF-SUPPORTING', sources, ['/benefit'], {
      da: 'Det er ikke oplyst, om personen modtager hjælp efter aktivlovens §§ 22-25.',
      en: 'Whether the person receives help under aktivloven §§ 22-25 is not given.',
    })
  const met = benefit === 'none'
  return {
    ruleId: 'B-SELF-SUPPORTING',
    result: met ? 'met' : 'not_met',
    legalSources: sources,
    missing: [],
    text: met
      ? {
          da: 'Personen modtager ikke hjælp efter aktivlovens §§ 22-25.',
          en: 'The person receives no help under aktivloven §§ 22-25.',
        }
      : {
          da: 'Personen modtager hjælp efter aktivlovens §§ 22-25 og er ikke selvforsørgende i § 22’s forstand.',
          en: 'The person receives help under aktivloven §§ 22-25 and is not self-supporting in the sense of § 22.',
        },
  }
}

/** B-EXAM: a listed test passed after 1 January 2018 and, when the application date is known, by then. */
export function exam({ danishTests, applicationDate }: DanishBonusFacts): Condition {
  const sources = [S.IL_22_1, S.IL_22_3]
  if (danishTests === undefined)
    return unknown('B-EXAM', sources, ['/danishTests'], {
      da: 'Beståede danskprøver er ikke oplyst.',
      en: 'No Danish tests passed are given.',
    })
  const limit = { da: formatLongDate(EXAM_PASSED_AFTER, 'da'), en: formatLongDate(EXAM_PASSED_AFTER, 'en') }
  const counts = (d: string) =>
    d > EXAM_PASSED_AFTER && (applicationDate === undefined || d <= applicationDate)
  const qualifying = danishTests.find(
    (t) => t.kind !== undefined && t.passedDate !== undefined && counts(t.passedDate),
  )
  if (qualifying)
    return {
      ruleId: 'B-EXAM',
      result: 'met',
      legalSources: sources,
      missing: [],
      text: {
        da: `Prøven (${qualifying.kind}) er bestået ${formatLongDate(qualifying.passedDate!, 'da')}, efter ${limit.da}${applicationDate ? ' og senest på ansøgningsdagen' : ''}.`,
        en: `The test (${qualifying.kind}) was passed on ${formatLongDate(qualifying.passedDate!, 'en')}, after ${limit.en}${applicationDate ? ' and by the application date' : ''}.`,
      },
    }
  const incomplete = danishTests.flatMap((t, i) => [
    ...(t.kind === undefined ? [`/danishTests/${i}/kind`] : []),
    ...(t.passedDate === undefined ? [`/danishTests/${i}/passedDate`] : []),
  ])
  if (incomplete.length > 0)
    return unknown('B-EXAM', sources, incomplete, {
      da: 'En oplyst prøve mangler art eller dato; det kan ikke afgøres, om den giver ret til danskbonus.',
      en: 'A test given lacks its kind or date; whether it qualifies cannot be decided.',
    })
  return {
    ruleId: 'B-EXAM',
    result: 'not_met',
    legalSources: sources,
    missing: [],
    text:
      danishTests.length === 0
        ? {
            da: 'Personen har ikke bestået en prøve, der giver ret til danskbonus.',
            en: 'The person has passed no qualifying test.',
          }
        : {
            da: `Ingen af prøverne er bestået efter ${limit.da}${applicationDate ? ' og senest på ansøgningsdagen' : ''}.`,
            en: `None of the tests was passed after ${limit.en}${applicationDate ? ' and by the application date' : ''}.`,
          },
  }
}

export function once({ earlierDanishBonusOrSupplement: earlier }: DanishBonusFacts): Condition {
  const sources = [S.IL_22_2]
  if (earlier === undefined)
    return unknown('B-ONCE', sources, ['/earlierDanishBonusOrSupplement'], {
      da: 'Det er ikke oplyst, om personen tidligere har fået danskbonus eller opnået ret til dansktillæg/danskbonus.',
      en: 'Whether the person earlier received danskbonus or obtained a right to dansktillæg/danskbonus is not given.',
    })
  return {
    ruleId: 'B-ONCE',
    result: earlier ? 'not_met' : 'met',
    legalSources: sources,
    missing: [],
    text: earlier
      ? {
          da: 'Personen har tidligere fået danskbonus eller opnået ret til dansktillæg/danskbonus; bonus udbetales kun én gang.',
          en: 'The person earlier received danskbonus or obtained a right to dansktillæg/danskbonus; the bonus is paid once only.',
        }
      : {
          da: 'Personen har ikke tidligere fået danskbonus eller dansktillæg.',
          en: 'The person has not received danskbonus or dansktillæg before.',
        },
  }
}

/** B-PROGRAMME: only applications from 9 June 2021, and only while that wording is in force on `asOf`. */
export function programme(facts: DanishBonusFacts, wording: Wording): Condition {
  const sources = [S.IL_22_1, S.LOV_1192_2021, S.SKR_9446_2021]
  const from = {
    da: formatLongDate(PROGRAMME_CONDITION_FROM, 'da'),
    en: formatLongDate(PROGRAMME_CONDITION_FROM, 'en'),
  }
  if (wording === 'former')
    return {
      ruleId: 'B-PROGRAMME',
      result: 'not_applicable',
      legalSources: sources,
      missing: [],
      text: {
        da: `Ansøgningen er bedømt efter § 22 før ${from.da}, som ikke stillede krav om program; tidligere eller nuværende deltagelse i program må ikke kræves (B-PRACTICE-2021).`,
        en: `The application is judged on § 22 as worded before ${from.en}, which set no programme condition; current or past programme participation may not be required (B-PRACTICE-2021).`,
      },
    }
  if (facts.programmeOffered === true)
    return {
      ruleId: 'B-PROGRAMME',
      result: 'met',
      legalSources: sources,
      missing: [],
      text: {
        da: 'Personen er blevet tilbudt et selvforsørgelses- og hjemrejseprogram eller introduktionsprogram (IL § 16).',
        en: 'The person has been offered a selvforsørgelses- og hjemrejseprogram or introduction programme (IL § 16).',
      },
    }
  if (wording === 'unknown')
    return unknown(
      'B-PROGRAMME',
      sources,
      ['/applicationDate', ...(facts.programmeOffered === undefined ? ['/programmeOffered'] : [])],
      {
        da: `Ansøgningsdatoen er ikke oplyst: for ansøgninger fra ${from.da} kræves, at personen er tilbudt et program.`,
        en: `The application date is not given: applications from ${from.en} require that the person was offered a programme.`,
      },
    )
  if (facts.programmeOffered === undefined)
    return unknown('B-PROGRAMME', sources, ['/programmeOffered'], {
      da: `Det er ikke oplyst, om personen er tilbudt et program; det kræves for ansøgninger fra ${from.da}.`,
      en: `Whether the person was offered a programme is not given; applications from ${from.en} require it.`,
    })
  return {
    ruleId: 'B-PROGRAMME',
    result: 'not_met',
    legalSources: sources,
    missing: [],
    text: {
      da: `Ansøgningen er fra ${from.da} eller senere, og personen er ikke tilbudt et selvforsørgelses- og hjemrejseprogram eller introduktionsprogram.`,
      en: `The application is from ${from.en} or later, and the person was not offered a selvforsørgelses- og hjemrejseprogram or introduction programme.`,
    },
  }
}
