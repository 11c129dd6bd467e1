/**
 * The § 18 rule catalogue (catalogue.ts, rules.md § 2): one module per T-* and G-* id, the catalogue per
 * commute threshold, and the rule in force on `asOf` with a message that says why a date has none.
 */
import { describe, expect, it } from 'vitest'
import { ContradictoryInput } from '../../../src/errors.ts'
import { LEGAL_BASIS, type RuleDefinition } from '../../../src/law/rule-definition.ts'
import { takeoverModule } from '../../../src/law/takeover/catalogue.ts'
import { ruleInForce, TAKEOVER_RULES, takeoverRules } from '../../../src/law/takeover/index.ts'

function refusal(run: () => unknown) {
  try {
    run()
  } catch (caught) {
    if (caught instanceof ContradictoryInput) return { pointer: caught.pointer, message: caught.message }
    throw caught
  }
  throw new Error('not refused')
}

const rule = (id: string) => TAKEOVER_RULES.find((r) => r.id === id)!

describe('rule modules', () => {
  it('T-EMP has a module; an unknown id is a programming error naming the id', () => {
    expect(takeoverModule('T-EMP').definition.id).toBe('T-EMP')
    expect(() => takeoverModule('T-NOPE')).toThrow('No § 18 rule module for T-NOPE')
  })
})

describe('the catalogue per commute threshold', () => {
  it('is built once per threshold and minimum hours, and differs between thresholds', () => {
    expect(takeoverRules(75, 10)).toBe(takeoverRules(75, 10))
    expect(takeoverRules(75, 10)).not.toBe(takeoverRules(60, 10))
    expect(takeoverRules(60, 10).find((r) => r.id === 'T-ILL')?.parameters?.[0]?.value).toBe(60)
  })
})

describe('the rule in force on asOf', () => {
  it('T-EMP before the Integration Act: no legal basis, said with both dates at /asOf', () => {
    const from = LEGAL_BASIS.INTEGRATION_ACT.from
    expect(rule('T-EMP').validFrom).toBe(from)
    expect(refusal(() => ruleInForce(TAKEOVER_RULES, 'T-EMP', '1998-12-31'))).toEqual({
      pointer: '/asOf',
      message: `asOf (1998-12-31) is before ${from}, when ${LEGAL_BASIS.INTEGRATION_ACT.act} came into force: rule T-EMP has no legal basis on that date.`,
    })
  })

  it('T-ILL: the field named in the message is the last part of the pointer', () => {
    const { pointer, message } = refusal(() =>
      ruleInForce(TAKEOVER_RULES, 'T-ILL', '1990-01-01', '/applicant/responsibilityDate'),
    )
    expect(pointer).toBe('/applicant/responsibilityDate')
    expect(message).toMatch(/^responsibilityDate \(1990-01-01\) is before /)
  })

  // Two versions of T-EMP given out of order, with a gap, next to an older rule with another id.
  const versions: RuleDefinition[] = [
    { ...rule('T-EMP'), validFrom: '2020-01-01' },
    { ...rule('T-EMP'), validFrom: '2010-01-01', validTo: '2015-01-01' },
    rule('T-ILL'),
  ]

  it('T-EMP: a date before its earliest version names that version’s date, not another rule’s', () => {
    expect(refusal(() => ruleInForce(versions, 'T-EMP', '2005-06-01')).message).toMatch(
      /^asOf \(2005-06-01\) is before 2010-01-01, when .*: rule T-EMP has no legal basis on that date\.$/,
    )
  })

  it('T-EMP: a date between two versions is not in force', () => {
    expect(refusal(() => ruleInForce(versions, 'T-EMP', '2016-06-01'))).toEqual({
      pointer: '/asOf',
      message: 'Rule T-EMP is not in force on 2016-06-01',
    })
    expect(ruleInForce(versions, 'T-EMP', '2014-12-31').validTo).toBe('2015-01-01')
    expect(ruleInForce(versions, 'T-EMP', '2020-01-01').validFrom).toBe('2020-01-01')
  })
})
