import { CREATE_APPLICATION_EXAMPLE } from '../../src/applications/schemas.ts'

/** A valid application body (the Swagger example, reference KK-2025-0001); override what a test is about. */
export function applicationBody(overrides: Record<string, unknown> = {}) {
  return { ...CREATE_APPLICATION_EXAMPLE, externalReference: 'KK-2025-0001', ...overrides }
}

export const LONELINESS_ONLY = [{ type: 'loneliness' }]
