import { execFileSync } from 'node:child_process'
import type { FastifyInstance } from 'fastify'
import mammoth from 'mammoth'
import { expect } from 'vitest'
import { APPROVED_OBLIGATED, LONELINESS_ONLY, registered, stepped } from '../applications/fixtures.ts'
import { BOOTSTRAP_AUTH } from '../helpers/app.ts'

/**
 * Rendering dozens of PDFs on a shared 2-core machine can lag the event loop past the default 1 s,
 * and load shedding (503) is not what these suites test: it is switched off for them.
 */
export const QUIET_LOAD_SHEDDING = { MAX_EVENT_LOOP_DELAY_MS: '0' }

/** The Swagger example applicant's CPR number (every fixture), in any of its shapes: it must appear in no letter, in no format. */
export const CPR_SHAPES = /010190-?1234|0101901234/

export const MEDIA = {
  json: 'application/json',
  html: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const

export const OUTCOMES = [
  'approved',
  'refused',
  'appeal-upheld',
  'appeal-changed',
  'appeal-remitted',
  'appeal-dismissed',
  'withdrawn',
] as const
export type Outcome = (typeof OUTCOMES)[number]

const REFUSAL = {
  outcome: 'refused',
  decisionDate: '2025-03-20',
  justification: 'Arbejdet kan passes fra den nuværende bopæl med bil.',
}

/**
 * One application per outcome, every one registered with the CPR number, on fixed dates (the letters
 * are dated by their decisions, so the snapshots do not move with the clock).
 */
const made = new WeakMap<FastifyInstance, Map<Outcome, number>>()

export async function applicationWith(app: FastifyInstance, outcome: Outcome): Promise<string> {
  // externalReference is unique per receiving municipality: the first of an outcome keeps the plain
  // reference (the snapshots show it), later ones are numbered
  const counts = made.get(app) ?? new Map<Outcome, number>()
  made.set(app, counts)
  const n = (counts.get(outcome) ?? 0) + 1
  counts.set(outcome, n)
  const reference = n === 1 ? `KK-2025-${outcome}` : `KK-2025-${outcome}-${n}`
  if (outcome === 'withdrawn') {
    const id = await registered(app, { externalReference: reference, grounds: LONELINESS_ONLY })
    return stepped(app, id, '/withdrawal', { withdrawnDate: '2025-03-10', reason: 'Bliver boende' })
  }
  const id = await registered(app, { externalReference: reference })
  if (outcome === 'approved') {
    await stepped(app, id, '/decision', APPROVED_OBLIGATED)
    return stepped(app, id, '/move', { moveDate: '2025-05-01' })
  }
  await stepped(app, id, '/decision', REFUSAL)
  if (outcome === 'refused') return id
  await stepped(app, id, '/appeal', { lodgedDate: '2025-04-01' })
  return stepped(app, id, '/appeal/decision', {
    outcome: outcome.replace('appeal-', ''),
    decisionDate: '2025-06-16',
  })
}

export function getLetter(
  app: FastifyInstance,
  id: string,
  headers: Record<string, string> = {},
  auth: Record<string, string> = BOOTSTRAP_AUTH,
) {
  return app.inject({
    method: 'GET',
    url: `/v1/takeover-applications/${id}/decision-letter`,
    headers: { ...auth, ...headers },
  })
}

/** Whitespace collapsed and words split at a line-end hyphen joined again, so that text compares across layouts. */
export function normalise(text: string): string {
  return text
    .replace(/-\s*\n\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

export function pdfText(pdf: Buffer): string {
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  return execFileSync('/usr/bin/pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString(
    'utf8',
  )
}

export async function docxText(docx: Buffer): Promise<string> {
  expect(docx.subarray(0, 2).toString()).toBe('PK')
  return (await mammoth.extractRawText({ buffer: docx })).value
}
