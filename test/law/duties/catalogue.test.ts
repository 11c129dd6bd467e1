import { describe, expect, it } from 'vitest'
import { DUTY_DEADLINE_IDS, dutyRule } from '../../../src/law/duties/index.ts'

describe('the D-* rules by id', () => {
  it('D-MOVE-BACK and D-PROCESSING: dutyRule gives the definition with its legal sources', () => {
    expect(dutyRule('D-MOVE-BACK').legalSources.map((s) => s.citation)).toContain(
      'Integrationsloven § 32, stk. 2',
    )
    expect(dutyRule('D-PROCESSING')).toMatchObject({ id: 'D-PROCESSING' })
    for (const id of DUTY_DEADLINE_IDS) expect(dutyRule(id).id).toBe(id)
  })

  it('an id that is no D-* rule (H-REF, D-NOPE) is an error naming it', () => {
    expect(() => dutyRule('H-REF')).toThrow('unknown duty rule H-REF')
    expect(() => dutyRule('D-NOPE')).toThrow('unknown duty rule D-NOPE')
  })
})
