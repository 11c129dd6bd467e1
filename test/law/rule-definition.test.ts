/** What every answer of the law carries from src/law/rule-definition.ts. */
import { describe, expect, it } from 'vitest'
import { RULES_VERSION } from '../../src/law/rule-definition.ts'

describe('RULES_VERSION (sent as rulesVersion with every answer)', () => {
  it('is a version of the encoded rule set, year.month.release', () => {
    expect(RULES_VERSION).toMatch(/^20\d{2}\.(?:[1-9]|1[0-2])\.[1-9]\d*$/)
  })
})
