/** Messages between bench/run.ts (the load generator) and bench/server.ts (the app, in a child process). */

export type ServerMessage =
  | { type: 'listening'; port: number; ceilingPaths: string[] }
  | { type: 'memory'; rssBytes: number; heapUsedBytes: number }
  | { type: 'profile-written'; file: string }
  | { type: 'stopped'; maxRssBytes: number }

export type RunnerMessage =
  | { type: 'profile-start' }
  | { type: 'profile-stop'; file: string }
  | { type: 'stop' }

/** How often the server reports its RSS; often enough to see a peak, rarely enough to cost nothing. */
export const MEMORY_REPORT_INTERVAL_MS = 250
