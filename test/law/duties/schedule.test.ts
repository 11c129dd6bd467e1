import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/law/dates.ts'
import {
  type CurrentMilestone,
  DEADLINE_STATES,
  deadlineState,
  dutyDeadlines,
  MILESTONE_TYPES,
} from '../../../src/law/duties/index.ts'

const E = '2025-05-01'
const due = (ms: CurrentMilestone[], id: string) => dutyDeadlines(E, ms).filter((d) => d.deadlineId === id)

describe('the duties of a takeover that took effect on 1 May 2025', () => {
  it('D-CONTRACT, D-FIRST-OFFER (1 month), D-VISITATION (3), D-HEALTH and D-UPSKILLING (6) run from the effective date', () => {
    const deadlines = dutyDeadlines(E, [])
    expect(deadlines.map((d) => [d.deadlineId, d.dueDate, d.interpretation])).toEqual([
      ['D-CONTRACT', '2025-06-01', false],
      ['D-FIRST-OFFER', '2025-06-01', true],
      ['D-VISITATION', '2025-08-01', true],
      ['D-HEALTH', '2025-11-01', true],
      ['D-UPSKILLING', '2025-11-01', false],
    ])
    expect(deadlines.find((d) => d.deadlineId === 'D-UPSKILLING')!.window).toBe(true)
  })

  it('D-CONTRACT: "within 1 month" of 31 January is 28 February (clamped), of 31 January 2028 the 29th', () => {
    expect(dutyDeadlines('2025-01-31', [])[0]).toMatchObject({
      deadlineId: 'D-CONTRACT',
      dueDate: '2025-02-28',
    })
    expect(dutyDeadlines('2028-01-31', [])[0]).toMatchObject({
      deadlineId: 'D-CONTRACT',
      dueDate: '2028-02-29',
    })
  })

  it('D-CONTRACT-GOAL and D-FOLLOW-UP follow the signed contract (seed 002 measures 2 and 3)', () => {
    const contract = { id: 'c', type: 'contract_signed' as const, date: '2025-05-20' }
    const goal = { id: 'g', type: 'contract_goal_stated' as const, date: '2025-05-20' }
    const followUp = { id: 'f', type: 'contract_followed_up' as const, date: '2025-08-25' }
    expect(due([], 'D-FOLLOW-UP')).toEqual([])
    const [follow] = due([contract, goal, followUp], 'D-FOLLOW-UP')
    expect(follow).toMatchObject({ startDate: '2025-05-20', dueDate: '2025-08-20', interpretation: true })
    expect(deadlineState(follow!, '2026-01-01')).toBe('met_late')
    const [goalDeadline] = due([contract, goal], 'D-CONTRACT-GOAL')
    expect(deadlineState(goalDeadline!, '2026-01-01')).toBe('met')
    expect(deadlineState(due([contract], 'D-CONTRACT-GOAL')[0]!, '2026-01-01')).toBe('overdue')
  })

  it('D-HEALTH: 6 months (IL § 15 d, stk. 4), not seed 002’s 3 months', () => {
    expect(due([], 'D-HEALTH')[0]!.dueDate).toBe('2025-11-01')
  })

  it('D-SIX-WEEKS: each company-based offer opens a 6-week deadline that the next offer meets', () => {
    const offers: CurrentMilestone[] = [
      { id: 'a', type: 'first_company_offer', date: '2025-05-10' },
      { id: 'b', type: 'company_offer', date: '2025-06-30' },
    ]
    const six = due(offers, 'D-SIX-WEEKS')
    expect(six.map((d) => [d.startDate, d.dueDate, d.metBy?.id])).toEqual([
      ['2025-05-10', '2025-06-21', 'b'],
      ['2025-06-30', '2025-08-11', undefined],
    ])
    expect(deadlineState(six[0]!, '2025-07-01')).toBe('met_late')
    expect(deadlineState(six[1]!, '2025-08-11')).toBe('open')
    expect(deadlineState(six[1]!, '2025-08-12')).toBe('overdue')
  })

  it('states: open through the due date, overdue after it; met on or before it, met_late after it', () => {
    const d = { dueDate: '2025-06-01' }
    expect(deadlineState(d, '2025-06-01')).toBe('open')
    expect(deadlineState(d, '2025-06-02')).toBe('overdue')
    expect(
      deadlineState({ ...d, metBy: { id: 'x', type: 'contract_signed', date: '2025-06-01' } }, '2025-06-05'),
    ).toBe('met')
    expect(
      deadlineState({ ...d, metBy: { id: 'x', type: 'contract_signed', date: '2025-06-02' } }, '2025-06-05'),
    ).toBe('met_late')
    // A milestone dated after the day asked about does not count yet.
    expect(
      deadlineState({ ...d, metBy: { id: 'x', type: 'contract_signed', date: '2025-06-02' } }, '2025-06-01'),
    ).toBe('open')
  })
})

const dayArb = fc.integer({ min: 0, max: 900 }).map((n) => addDays(E, n))
const milestonesArb = fc
  .array(fc.record({ type: fc.constantFrom(...MILESTONE_TYPES), date: dayArb }), { maxLength: 12 })
  .map((ms) => ms.map((m, i) => ({ ...m, id: `m${i}` })))

describe('worklist properties', () => {
  it('a deadline is exactly one of open, overdue, met, met_late on any given day', () => {
    fc.assert(
      fc.property(milestonesArb, dayArb, (milestones, day) => {
        for (const d of dutyDeadlines(E, milestones)) {
          const state = deadlineState(d, day)
          expect(DEADLINE_STATES.filter((s) => s === state)).toHaveLength(1)
          const met = d.metBy !== undefined && d.metBy.date <= day
          expect(state === 'met' || state === 'met_late').toBe(met)
          if (!met) expect(state).toBe(day <= d.dueDate ? 'open' : 'overdue')
        }
      }),
    )
  })

  it('meeting a deadline never moves its due date (nor its start)', () => {
    fc.assert(
      fc.property(milestonesArb, (milestones) => {
        for (const d of dutyDeadlines(E, milestones)) {
          if (!d.metBy) continue
          const without = dutyDeadlines(
            E,
            milestones.filter((m) => m.id !== d.metBy!.id),
          )
          const same = without.find((w) => w.deadlineId === d.deadlineId && w.startDate === d.startDate)
          expect(same?.dueDate).toBe(d.dueDate)
        }
      }),
    )
  })

  it('no deadline is due before it starts, and a state never goes back from met to open as days pass', () => {
    fc.assert(
      fc.property(milestonesArb, dayArb, dayArb, (milestones, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a]
        for (const d of dutyDeadlines(E, milestones)) {
          expect(d.dueDate >= d.startDate).toBe(true)
          const before = deadlineState(d, early)
          if (before === 'met' || before === 'met_late') expect(deadlineState(d, late)).toBe(before)
        }
      }),
    )
  })
})

describe('which milestone meets which deadline', () => {
  const contract = { id: 'c', type: 'contract_signed' as const, date: '2025-05-20' }

  it('D-CONTRACT, D-CONTRACT-GOAL, D-FIRST-OFFER, D-VISITATION, D-HEALTH and D-FOLLOW-UP are each met by their own milestone', () => {
    const milestones: CurrentMilestone[] = [
      contract,
      { id: 'g', type: 'contract_goal_stated', date: '2025-05-20' },
      { id: 'o', type: 'first_company_offer', date: '2025-05-26' },
      { id: 'r', type: 'readiness_assessed', date: '2025-07-01' },
      { id: 'h', type: 'health_assessment_offered', date: '2025-09-01' },
      { id: 'f', type: 'contract_followed_up', date: '2025-08-01' },
    ]
    const met = Object.fromEntries(
      dutyDeadlines(E, milestones)
        .filter((d) => d.deadlineId !== 'D-SIX-WEEKS')
        .map((d) => [d.deadlineId, d.metBy?.id]),
    )
    expect(met).toEqual({
      'D-CONTRACT': 'c',
      'D-CONTRACT-GOAL': 'g',
      'D-FIRST-OFFER': 'o',
      'D-VISITATION': 'r',
      'D-HEALTH': 'h',
      'D-FOLLOW-UP': 'f',
      'D-UPSKILLING': undefined,
    })
  })

  it('interpretations are marked (D-FIRST-OFFER, D-VISITATION, D-HEALTH, D-FOLLOW-UP, D-SIX-WEEKS); only D-UPSKILLING is a window', () => {
    const deadlines = dutyDeadlines(E, [
      contract,
      { id: 'o', type: 'first_company_offer', date: '2025-05-26' },
    ])
    expect(deadlines.map((d) => [d.deadlineId, d.interpretation, d.window])).toEqual([
      ['D-CONTRACT-GOAL', false, false],
      ['D-CONTRACT', false, false],
      ['D-FIRST-OFFER', true, false],
      ['D-SIX-WEEKS', true, false],
      ['D-VISITATION', true, false],
      ['D-FOLLOW-UP', true, false],
      ['D-HEALTH', true, false],
      ['D-UPSKILLING', false, true],
    ])
  })

  it('the worklist is in due-date order, ties in rule order (D-CONTRACT before D-FIRST-OFFER, D-HEALTH before D-UPSKILLING)', () => {
    const deadlines = dutyDeadlines(E, [contract, { id: 'o', type: 'company_offer', date: '2025-09-25' }])
    expect(deadlines.map((d) => [d.deadlineId, d.dueDate])).toEqual([
      ['D-CONTRACT-GOAL', '2025-05-20'],
      ['D-CONTRACT', '2025-06-01'],
      ['D-FIRST-OFFER', '2025-06-01'],
      ['D-VISITATION', '2025-08-01'],
      ['D-FOLLOW-UP', '2025-08-20'],
      ['D-HEALTH', '2025-11-01'],
      ['D-UPSKILLING', '2025-11-01'],
      ['D-SIX-WEEKS', '2025-11-06'],
    ])
  })

  it('D-FOLLOW-UP: a follow-up on the contract day counts; one dated before the contract does not', () => {
    const followedUp = (date: string) =>
      due([contract, { id: 'f', type: 'contract_followed_up', date }], 'D-FOLLOW-UP')[0]!.metBy?.id
    expect(followedUp('2025-05-20')).toBe('f')
    expect(followedUp('2025-05-19')).toBeUndefined()
  })

  it('D-CONTRACT: the earliest contract meets it, on the same day the lowest id, whatever order the milestones come in', () => {
    const milestones: CurrentMilestone[] = [
      { id: 'a', type: 'contract_signed', date: '2025-06-05' },
      { id: 'c', type: 'contract_signed', date: '2025-05-20' },
      { id: 'b', type: 'contract_signed', date: '2025-05-20' },
    ]
    const permutations = [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ].map((order) => order.map((i) => milestones[i]!))
    for (const given of permutations) {
      const deadlines = dutyDeadlines(E, given)
      expect(deadlines.find((d) => d.deadlineId === 'D-CONTRACT')!.metBy?.id).toBe('b')
      expect(deadlines.find((d) => d.deadlineId === 'D-FOLLOW-UP')!.startDate).toBe('2025-05-20')
      expect(deadlines).toEqual(dutyDeadlines(E, milestones))
    }
  })

  it('D-SIX-WEEKS: offers given latest first are counted in date order', () => {
    const offers: CurrentMilestone[] = [
      { id: 'a', type: 'company_offer', date: '2025-07-01' },
      { id: 'b', type: 'first_company_offer', date: '2025-05-10' },
    ]
    expect(due(offers, 'D-SIX-WEEKS').map((d) => [d.sequence, d.startDate, d.metBy?.id])).toEqual([
      [0, '2025-05-10', 'a'],
      [1, '2025-07-01', undefined],
    ])
  })
})
