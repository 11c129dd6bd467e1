/** The data set of the dashboard and Grafana tests: Frederiksberg (147) receiving in 2024. */
import { type FixtureApplication, repeat } from '../statistics/fixtures.ts'

const app147 = (person: string, received: string, rest: Partial<FixtureApplication>): FixtureApplication => ({
  person,
  to: '147',
  from: '101',
  received,
  grounds: [{ type: 'employment' }],
  ...rest,
})
/** Frederiksberg (147) receives in 2024: decisions, a pending one, appeals, reductions, and two
 * applications citing discrimination (a sensitive ground: its row is suppressed by ground type). */
export const DATA: FixtureApplication[] = [
  ...repeat(4, (i) =>
    app147(`e${i}`, '2024-01-10', { decision: { outcome: 'approved', date: '2024-02-20' } }),
  ),
  ...repeat(3, (i) =>
    app147(`r${i}`, '2024-02-05', {
      grounds: [{ type: 'larger_city' }],
      decision: { outcome: 'refused', date: '2024-03-01' },
      ...(i < 2
        ? {
            appeal: {
              lodged: '2024-04-02',
              ...(i === 0 ? { outcome: 'upheld', decided: '2024-06-01' } : {}),
            },
          }
        : {}),
      reductions: [{ percent: 25 * (i + 1), effective: '2024-05-01' }],
    }),
  ),
  app147('p0', '2024-05-15', {}),
  ...repeat(2, (i) => app147(`d${i}`, '2024-08-01', { grounds: [{ type: 'discrimination' }] })),
  // Another receiving municipality: not shown when the dashboard is set to 147.
  { person: 'x', to: '101', from: '147', received: '2024-03-01', grounds: [{ type: 'employment' }] },
]
