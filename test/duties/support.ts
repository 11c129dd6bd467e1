import type { FastifyInstance } from 'fastify'
import { expect } from 'vitest'
import { registered, stepped } from '../applications/fixtures.ts'
import { BOOTSTRAP_AUTH } from '../helpers/app.ts'

/**
 * An approved takeover to Copenhagen (101) that took effect on 1 May 2025: the Swagger example
 * (responsibility 1 May 2023), approved 20 March 2025, moved 1 May 2025 (H-TAKEOVER).
 */
export async function approvedTakeover(
  app: FastifyInstance,
  externalReference = 'KK-2025-0001',
): Promise<string> {
  const id = await registered(app, { externalReference })
  await stepped(app, id, '/decision', {
    outcome: 'approved',
    decisionDate: '2025-03-20',
    legalBasis: 'obligated',
  })
  await stepped(app, id, '/move', { moveDate: '2025-05-01' })
  return id
}

export async function milestone(
  app: FastifyInstance,
  id: string,
  payload: object,
  headers: Record<string, string> = BOOTSTRAP_AUTH,
) {
  return app.inject({ method: 'POST', url: `/v1/takeover-applications/${id}/milestones`, headers, payload })
}

export async function recorded(app: FastifyInstance, id: string, payload: object): Promise<string> {
  const res = await milestone(app, id, payload)
  expect(res.statusCode, res.body).toBe(201)
  return res.json().id
}
