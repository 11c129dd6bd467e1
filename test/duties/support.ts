import type { FastifyInstance } from 'fastify'
import { expect } from 'vitest'
import { BOOTSTRAP_AUTH } from '../helpers/app.ts'

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
