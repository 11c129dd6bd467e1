/** H-EARLY (IL § 4 stk. 2): with the refugee's consent the municipality may take over before H-REF's date. */

import { ContradictoryInput } from '../../errors.ts'
import { LEGAL_BASIS, SOURCES } from '../rule-definition.ts'
import { calendarDay, defineRule } from '../rule-module.ts'
import type { At } from './category.ts'
import type { ResponsibilityDate } from './types.ts'

/** H-EARLY: with consent, an agreed date `early` before the H-REF date replaces it. */
export function earlyTakeover(
  early: string,
  href: ResponsibilityDate<'H-REF'>,
  at: At,
): ResponsibilityDate<'H-REF' | 'H-EARLY'> {
  if (early < href.basisDate) {
    throw new ContradictoryInput(
      at('/earlyTakeoverDate'),
      `earlyTakeoverDate (${early}) is before the ${href.basis === 'residence_permit' ? 'residence permit' : 'visitation decision'} (${href.basisDate}): the municipality cannot take over responsibility before it (H-EARLY).`,
    )
  }
  if (early > href.date) {
    throw new ContradictoryInput(
      at('/earlyTakeoverDate'),
      `earlyTakeoverDate (${early}) is after the H-REF date (${href.date}): H-EARLY only allows a takeover earlier than the date on which responsibility passes by law (IL § 4 stk. 2).`,
    )
  }
  const values = { early: calendarDay(early), href: calendarDay(href.date) }
  if (early === href.date) {
    return { ...href, steps: [...href.steps, { ruleId: 'H-EARLY', code: 'sameAsHref', values }] }
  }
  return {
    date: early,
    ruleId: 'H-EARLY',
    legalSources: [...H_EARLY.definition.legalSources],
    basis: 'early_takeover',
    basisDate: early,
    steps: [...href.steps, { ruleId: 'H-EARLY', code: 'earlier', values }],
  }
}

export const H_EARLY = defineRule({
  definition: {
    id: 'H-EARLY',
    title: { da: 'Tidligere overtagelse med samtykke', en: 'Earlier takeover with consent' },
    decides: {
      da: 'Med flygtningens samtykke kan kommunen overtage ansvaret før H-REF-datoen; integrationsperioden regnes da fra den aftalte dato.',
      en: "With the refugee's consent the municipality may take over before the H-REF date; the integration period then counts from the agreed date.",
    },
    legalSources: [SOURCES.IL_4_2, SOURCES.SEED_001],
    validFrom: LEGAL_BASIS.INTEGRATION_ACT.from,
  },
  evaluate: earlyTakeover,
  messages: {
    sameAsHref: {
      da: 'H-EARLY: den aftalte overtagelsesdato {early, date, long} er selve H-REF-datoen; det ændrer intet.',
      en: 'H-EARLY: the agreed early takeover date {early, date, long} is the H-REF date itself; nothing changes.',
    },
    earlier: {
      da: 'H-EARLY: med personens samtykke har kommunen overtaget ansvaret den {early, date, long}, før H-REF-datoen {href, date, long} (IL § 4, stk. 2); ansvarsdatoen og integrationsperioden regnes fra {early, date, long}.',
      en: "H-EARLY: with the person's consent the municipality took over on {early, date, long}, before the H-REF date {href, date, long} (IL § 4 stk. 2); the responsibility date and the integration period count from {early, date, long}.",
    },
  },
})
