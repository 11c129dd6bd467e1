/** The receiving municipality's duties after a takeover (rules.md §§ 3 and 7). */
export * from './rules.ts'
export * from './schedule.ts'
