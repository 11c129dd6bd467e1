import { describe, expect, it } from 'vitest'
import { InvalidInput } from '../../../src/errors.ts'
import { fullBenefitRestoredDate } from '../../../src/law/duties/index.ts'
import { renderSteps } from '../../../src/law/handover/index.ts'

const said = (movedBack: string, firstOfMonthMakesMonthWhole?: boolean) => {
  const result = fullBenefitRestoredDate(
    movedBack,
    firstOfMonthMakesMonthWhole === undefined ? {} : { firstOfMonthMakesMonthWhole },
  )
  return { result, da: renderSteps(result.steps, 'da'), en: renderSteps(result.steps, 'en') }
}

describe('D-MOVE-BACK (IL § 32 stk. 2): the explanation of the restored full benefit', () => {
  it('D-MOVE-BACK: a move back on the 1st names the H-REF parameter that decides whether that month is whole', () => {
    const off = said('2025-06-01')
    expect(off.result.steps.map((s) => [s.ruleId, s.code])).toEqual([
      ['D-MOVE-BACK', 'onTheFirst'],
      ['D-MOVE-BACK', 'restored'],
    ])
    expect(off.en[0]).toContain('D-MOVE-BACK: the move back is on the 1st')
    expect(off.en[0]).toContain('firstOfMonthMakesMonthWhole = false (interpretation, as for H-REF)')
    expect(off.da[0]).toContain('D-MOVE-BACK: tilbageflytningen er den 1.')
    expect(off.da[0]).toContain('firstOfMonthMakesMonthWhole = false (fortolkning, som for H-REF)')
    expect(off.en[1]).toContain('moved back on 1 June 2025')
    expect(off.en[1]).toContain('from 1 August 2025')
    expect(off.da[1]).toContain('fra 1. august 2025')

    const on = said('2025-06-01', true)
    expect(on.result.date).toBe('2025-07-01')
    expect(on.en[0]).toContain('firstOfMonthMakesMonthWhole = true')
    expect(on.da[0]).toContain('firstOfMonthMakesMonthWhole = true')
    expect(on.en[1]).toContain('the first whole month after is June 2025')
  })

  it('D-MOVE-BACK: a move back on any other day (the 2nd, the 31st) has no parameter step', () => {
    for (const [movedBack, restored] of [
      ['2025-06-02', '2025-08-01'],
      ['2025-05-31', '2025-07-01'],
    ]) {
      const { result, en, da } = said(movedBack!)
      expect(result.date).toBe(restored)
      expect(result.steps.map((s) => s.code)).toEqual(['restored'])
      expect(en.join(' ')).not.toContain('firstOfMonthMakesMonthWhole')
      expect(da.join(' ')).not.toContain('firstOfMonthMakesMonthWhole')
    }
  })

  it('D-MOVE-BACK: a malformed move-back date is invalid input at /movedBackDate', () => {
    let error: unknown
    try {
      fullBenefitRestoredDate('2025-02-30')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InvalidInput)
    expect((error as InvalidInput).pointer).toBe('/movedBackDate')
  })
})
