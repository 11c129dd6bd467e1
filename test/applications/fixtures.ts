import type { FastifyInstance } from 'fastify'
import { expect } from 'vitest'
import { CREATE_APPLICATION_EXAMPLE } from '../../src/applications/request-schemas.ts'
import { BOOTSTRAP_AUTH } from '../helpers/app.ts'

let references = 0

/**
 * A valid application body (the Swagger example) with a reference of its own (`externalReference` is
 * unique per receiving municipality); override what a test is about.
 */
export function applicationBody(overrides: Record<string, unknown> = {}) {
  references++
  return { ...CREATE_APPLICATION_EXAMPLE, externalReference: `KK-2025-${references}`, ...overrides }
}

export const LONELINESS_ONLY = [{ type: 'loneliness' }]

/** An approval because the municipality is obliged (IL § 18, stk. 2), decided on 20 March 2025. */
export const APPROVED_OBLIGATED = { outcome: 'approved', decisionDate: '2025-03-20', legalBasis: 'obligated' }

/** Registers an application with the national bootstrap key (must be 201); its id. */
export async function registered(
  app: FastifyInstance,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/v1/takeover-applications',
    headers: BOOTSTRAP_AUTH,
    payload: applicationBody(overrides),
  })
  expect(res.statusCode, res.body).toBe(201)
  return res.json().id
}

/** Records a lifecycle step (`/decision`, `/appeal`, `/withdrawal` …) that must succeed; the id. */
export async function stepped(
  app: FastifyInstance,
  id: string,
  path: string,
  payload: object,
): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: `/v1/takeover-applications/${id}${path}`,
    headers: BOOTSTRAP_AUTH,
    payload,
  })
  expect(res.statusCode, res.body).toBe(200)
  return id
}

/**
 * An approved takeover to Copenhagen (101) that took effect on 1 May 2025: the Swagger example
 * (responsibility 1 May 2023), approved 20 March 2025, moved 1 May 2025 (H-TAKEOVER); its id.
 */
export async function approvedTakeover(
  app: FastifyInstance,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const id = await registered(app, overrides)
  await stepped(app, id, '/decision', APPROVED_OBLIGATED)
  return stepped(app, id, '/move', { moveDate: '2025-05-01' })
}
