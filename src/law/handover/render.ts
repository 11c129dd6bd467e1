/**
 * Danish or English from language-neutral steps: each step's message is its rule module's (or a shared
 * phrase: phrases.ts, ../duties/counting.ts), rendered through `render` (ICU MessageFormat). Called at
 * the edge — the route of POST /v1/handover-dates — once per answer, in the language asked for.
 */

import { COUNTING_MESSAGES } from '../duties/counting.ts'
import type { Language } from '../rule-definition.ts'
import { LOCALES, type Message, type MessageValues, render } from '../rule-module.ts'
import { HANDOVER_AND_DUTY_MODULES } from './catalogue.ts'
import { HANDOVER_PHRASES } from './phrases.ts'
import type { Step } from './types.ts'

const PHRASES: Readonly<Record<string, Message>> = { ...HANDOVER_PHRASES, ...COUNTING_MESSAGES }

/** Lists joined with "og" / "and" ("a, b og c"): Intl.ListFormat's default type, conjunction. */
const LISTS: Record<Language, Intl.ListFormat> = {
  da: new Intl.ListFormat(LOCALES.da),
  en: new Intl.ListFormat(LOCALES.en),
}

/** The message of a step: its rule's, else the shared phrase of that code. */
export function messageOf(step: Pick<Step, 'ruleId' | 'code'>): Message {
  const messages = HANDOVER_AND_DUTY_MODULES.get(step.ruleId)?.messages as Record<string, Message> | undefined
  const message = messages?.[step.code] ?? PHRASES[step.code]
  if (!message) throw new Error(`no message ${step.code} for rule ${step.ruleId}`)
  return message
}

/** One step in `language`; the steps it lists are rendered first and joined ("a, b og c"). */
export function renderStep(step: Step, language: Language): string {
  let values: MessageValues | undefined = step.values
  if (step.lists) {
    values = { ...values }
    for (const [name, items] of Object.entries(step.lists)) {
      values[name] = LISTS[language].format(items.map((item) => renderStep(item, language)))
    }
  }
  return render(messageOf(step), language, values)
}

export function renderSteps(steps: readonly Step[], language: Language): string[] {
  return steps.map((step) => renderStep(step, language))
}
