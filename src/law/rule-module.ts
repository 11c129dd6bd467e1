/**
 * One place per rule (issue 15, items 2 and 3). Every rule id of rules.md has one module — e.g.
 * `src/law/takeover/rules/t-emp.ts` — that exports one `RuleModule`: the rule's definition (id, titles,
 * legal sources, validity), its evaluator (the pure function that applies it, or the function of the law
 * that applies it when the rule is a guard inside a larger computation) and its messages in Danish and
 * English. The catalogues (`GET /v1/rules`), the id unions and the wording are derived from these modules;
 * a test (test/law/rule-modules.test.ts) fails when a catalogue id has no module, no evaluator, no
 * wording in both languages, or no test named after it.
 *
 * The law is language-neutral: it returns findings — a rule id, a message code and the values the
 * message needs. Danish and English are rendered once, at the edge, by `render` below (ICU MessageFormat
 * through intl-messageformat; numbers and dates through Intl with `da-DK` / `en-GB`).
 */
import { type Formatters, IntlMessageFormat } from 'intl-messageformat'
import type { Language, LocalisedText, RuleDefinition } from './rule-definition.ts'

/**
 * A message in both languages, as ICU MessageFormat: `{name}` inserts a string as it is, `{n, number}`
 * a number the language's way (2,5 in Danish), `{count, plural, one {…} other {…}}`. A straight
 * apostrophe before a brace or another apostrophe quotes (write `''`); the typographic ’ is plain text.
 */
export type Message = LocalisedText

/**
 * The values a message is rendered with. An ISO string is inserted as it is (`{date}` → 2025-05-15); a
 * calendar date to be read in words travels as `calendarDay(iso)` and is written with one of the named
 * date formats below: `{d, date, long}` (15. maj 2025 / 15 May 2025), `{d, date, weekday}` (mandag /
 * Monday), `{d, date, month}` (maj 2025 / May 2025).
 */
export type MessageValues = Record<string, string | number | boolean | Date>

/**
 * The named date formats. Calendar dates are UTC midnights formatted in UTC, so that the server's time
 * zone never moves a date to the day before.
 */
const FORMATS = {
  date: {
    long: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
    weekday: { weekday: 'long', timeZone: 'UTC' },
    month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  },
} as const

/** A `YYYY-MM-DD` calendar date as the Date the named date formats expect (UTC midnight, any year). */
export function calendarDay(iso: string): Date {
  const day = new Date(0)
  day.setUTCFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))
  return day
}

// biome-ignore lint/suspicious/noExplicitAny: an evaluator's signature is the rule's own
type Evaluator = (...args: any[]) => unknown

export interface RuleModule<Id extends string = string, Code extends string = string> {
  /** What `GET /v1/rules` lists; `definition.id` is the rule id of rules.md. */
  definition: RuleDefinition & { id: Id }
  /** The pure function that applies the rule. */
  evaluate: Evaluator
  /** The rule's wording, by message code; every code in both languages. */
  messages: Readonly<Record<Code, Message>>
}

/** A language-neutral result of the law: which rule said what, with which values. */
export interface Finding<Code extends string = string> {
  ruleId: string
  code: Code
  values?: MessageValues
}

export const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' }

/** Compiled formats by message (messages are the modules' constants, so identity is stable). */
const compiled = new WeakMap<Message, Partial<Record<Language, IntlMessageFormat>>>()

/**
 * Intl formatters shared by every compiled message. The library's default keeps one cache per message
 * and keys it by JSON.stringify of the arguments on every call; a handover answer formats ~60 dates,
 * so that was most of its rendering time. Here each (options, locale) has one formatter, and a date
 * formatter remembers the days it has written (calendar days repeat across steps and answers).
 */
const byOptions = new WeakMap<object, Map<string, unknown>>()
const noOptions = {}
function shared<T>(locales: string | string[], options: object | undefined, create: () => T): T {
  const key = options ?? noOptions
  let perLocale = byOptions.get(key)
  if (!perLocale) {
    perLocale = new Map()
    byOptions.set(key, perLocale)
  }
  const locale = String(locales)
  let formatter = perLocale.get(locale) as T | undefined
  if (formatter === undefined) {
    formatter = create()
    perLocale.set(locale, formatter)
  }
  return formatter
}

const DAYS_REMEMBERED = 20_000
const PLURAL_TYPES = { cardinal: {}, ordinal: {} }

function dateFormat(locales: string | string[], options?: Intl.DateTimeFormatOptions) {
  const intl = new Intl.DateTimeFormat(locales, options)
  const written = new Map<number, string>()
  return {
    format(value: Date | number): string {
      const time = typeof value === 'number' ? value : value.getTime()
      let text = written.get(time)
      if (text === undefined) {
        if (written.size >= DAYS_REMEMBERED) written.clear()
        text = intl.format(value)
        written.set(time, text)
      }
      return text
    },
  }
}

const FORMATTERS = {
  getDateTimeFormat: (locales: string | string[], options?: Intl.DateTimeFormatOptions) =>
    shared(locales, options, () => dateFormat(locales, options)),
  getNumberFormat: (locales: string | string[], options?: Intl.NumberFormatOptions) =>
    shared(locales, options, () => new Intl.NumberFormat(locales, options)),
  // The library asks with a new `{ type }` object on every call: keyed by the type instead.
  getPluralRules: (locales: string | string[], options?: Intl.PluralRulesOptions) =>
    // Stryker disable next-line OptionalChaining,StringLiteral: equivalent because intl-messageformat always passes `{ type: el.pluralType }`, so options and its type are never undefined
    shared(locales, PLURAL_TYPES[options?.type ?? 'cardinal'], () => new Intl.PluralRules(locales, options)),
}

/** Renders one message in `language` with `values` (compiled once per message and language). */
export function render(message: Message, language: Language, values: MessageValues = {}): string {
  let formats = compiled.get(message)
  if (!formats) {
    formats = {}
    compiled.set(message, formats)
  }
  let format = formats[language]
  if (!format) {
    format = new IntlMessageFormat(message[language], LOCALES[language], FORMATS, {
      ignoreTag: true,
      // The date formatter is a remembering wrapper: the library calls only its format().
      formatters: FORMATTERS as unknown as Formatters,
    })
    formats[language] = format
  }
  return String(format.format(values))
}

/** Both renderings, for the places that show Danish and English side by side (the catalogue, letters). */
export function renderBoth(message: Message, values: MessageValues = {}): LocalisedText {
  return { da: render(message, 'da', values), en: render(message, 'en', values) }
}

/** Declares a rule module; the type parameters keep the ids and codes literal for derived unions. */
export function defineRule<const Id extends string, const Code extends string>(
  module: RuleModule<Id, Code>,
): RuleModule<Id, Code> {
  return module
}
