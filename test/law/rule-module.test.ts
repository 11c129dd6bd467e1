/**
 * Rendering a finding's message (src/law/rule-module.ts): ICU MessageFormat in da-DK and en-GB, calendar
 * days in UTC, and the shared formatters that keep a handover answer's ~60 dates cheap — each message is
 * compiled once per language, each (format, locale) has one formatter, and a formatter remembers at most
 * 20,000 days it has written.
 */
import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it, vi } from 'vitest'
import { addDays } from '../../src/law/dates.ts'
import { calendarDay, defineRule, type Message, render, renderBoth } from '../../src/law/rule-module.ts'

/** Counts the dates Intl writes: every format through Intl.DateTimeFormat reads its `format` getter. */
function countDateFormats<T>(work: (count: () => number) => T): T {
  const format = vi.spyOn(
    // `format` is a getter of the prototype (ECMA-402), typed as a method
    Intl.DateTimeFormat.prototype as unknown as { format: string },
    'format',
    'get',
  )
  try {
    return work(() => format.mock.calls.length)
  } finally {
    format.mockRestore()
  }
}

// First in the file: the en-GB long-date formatter starts with no day remembered.
describe('a date formatter remembers the days it has written, at most 20,000', () => {
  it('writes each day once, and starts over after 20,000 days', () => {
    const message: Message = { da: '{d, date, long}', en: '{d, date, long}' }
    const days = Array.from({ length: 20_001 }, (_, i) => addDays('3000-01-01', i))
    const write = (day: string) => render(message, 'en', { d: calendarDay(day) })
    countDateFormats((count) => {
      for (const day of days.slice(0, 20_000)) write(day)
      expect(count()).toBe(20_000)
      expect(write('3000-01-01')).toBe('1 January 3000')
      expect(count()).toBe(20_000)
      // the 20,001st day: the remembered days are forgotten, and the first is written again
      write(days[20_000]!)
      expect(count()).toBe(20_001)
      expect(write('3000-01-01')).toBe('1 January 3000')
      expect(count()).toBe(20_002)
    })
  })
})

describe('render', () => {
  it('writes a day once however often and through however many renders it is asked for', () => {
    const message: Message = { da: 'Fra {d, date, long}', en: 'From {d, date, long}' }
    countDateFormats((count) => {
      expect(render(message, 'en', { d: calendarDay('2031-05-15') })).toBe('From 15 May 2031')
      expect(render(message, 'en', { d: calendarDay('2031-05-15') })).toBe('From 15 May 2031')
      expect(count()).toBe(1)
      expect(render(message, 'da', { d: calendarDay('2031-05-15') })).toBe('Fra 15. maj 2031')
      expect(count()).toBe(2)
    })
  })

  it('compiles a message once per language', () => {
    const parse = vi.spyOn(
      IntlMessageFormat as unknown as { __parse: (message: string) => unknown },
      '__parse',
    )
    try {
      const message: Message = { da: '{n, number} dage', en: '{n, number} days' }
      expect(render(message, 'en', { n: 2.5 })).toBe('2.5 days')
      expect(render(message, 'en', { n: 1234 })).toBe('1,234 days')
      expect(render(message, 'da', { n: 2.5 })).toBe('2,5 dage')
      expect(render(message, 'da', { n: 1234 })).toBe('1.234 dage')
      expect(parse).toHaveBeenCalledTimes(2)
    } finally {
      parse.mockRestore()
    }
  })

  it('writes a date given as a time value like the same Date', () => {
    const message: Message = { da: '{d, date, weekday}', en: '{d, date, weekday}' }
    expect(render(message, 'en', { d: Date.UTC(2031, 4, 16) })).toBe('Friday')
    expect(render(message, 'en', { d: calendarDay('2031-05-16') })).toBe('Friday')
    expect(render(message, 'da', { d: Date.UTC(2031, 4, 16) })).toBe('fredag')
  })

  it('keeps cardinal and ordinal plural rules apart', () => {
    const days: Message = {
      da: '{n, plural, one {# dag} other {# dage}}',
      en: '{n, plural, one {# day} other {# days}}',
    }
    const nth: Message = {
      da: '{n, selectordinal, other {#.}}',
      en: '{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}',
    }
    expect(render(days, 'en', { n: 2 })).toBe('2 days')
    expect(render(nth, 'en', { n: 2 })).toBe('2nd')
    expect(render(nth, 'en', { n: 1 })).toBe('1st')
    expect(render(days, 'en', { n: 1 })).toBe('1 day')
    expect(render(days, 'da', { n: 1 })).toBe('1 dag')
  })

  it('writes angle brackets as text, not as markup', () => {
    const message: Message = { da: '<b>{x}</b> < 90', en: '<b>{x}</b> < 90' }
    expect(render(message, 'en', { x: 'a' })).toBe('<b>a</b> < 90')
  })

  it('renderBoth: the Danish and the English text', () => {
    const message: Message = { da: 'Kommune {code}', en: 'Municipality {code}' }
    expect(renderBoth(message, { code: '101' })).toEqual({ da: 'Kommune 101', en: 'Municipality 101' })
  })

  it('defineRule returns the module as declared', () => {
    const module = {
      definition: {
        id: 'T-X',
        title: { da: 'x', en: 'x' },
        decides: { da: 'x', en: 'x' },
        legalSources: [],
        validFrom: '1999-01-01',
      },
      evaluate: () => undefined,
      messages: { label: { da: 'x', en: 'x' } },
    }
    expect(defineRule(module)).toBe(module)
  })
})
