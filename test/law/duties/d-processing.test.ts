import { describe, expect, it } from 'vitest'
import { InvalidInput } from '../../../src/errors.ts'
import { processingTargetDate } from '../../../src/law/duties/index.ts'
import { renderSteps } from '../../../src/law/handover/index.ts'

describe('D-PROCESSING (interpretation, seed 003): the municipality’s own target for a § 18 decision', () => {
  it('D-PROCESSING: cites seed 003 (Ankestyrelsen), not a statute, and says so in both languages', () => {
    const target = processingTargetDate('2025-03-03', 21)
    expect(target.date).toBe('2025-03-24')
    expect(target.legalSources.map((s) => s.citation)).toEqual([
      expect.stringMatching(/^Ankestyrelsens praksisundersøgelse .* delundersøgelse 3$/),
    ])
    const [en] = renderSteps(target.steps, 'en')
    const [da] = renderSteps(target.steps, 'da')
    expect(en).toContain('within 21 days; received 3 March 2025, target 24 March 2025')
    expect(en).toContain('no statutory deadline (interpretation, parameter processingTargetDays)')
    expect(da).toContain('inden for 21 dage; modtaget 3. marts 2025, mål 24. marts 2025')
    expect(da).toContain('ingen lovbestemt frist (fortolkning, parameteren processingTargetDays)')
  })

  it('D-PROCESSING: a malformed receipt date is invalid input at /receivedDate', () => {
    let error: unknown
    try {
      processingTargetDate('2025-3-3')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InvalidInput)
    expect((error as InvalidInput).pointer).toBe('/receivedDate')
  })
})
