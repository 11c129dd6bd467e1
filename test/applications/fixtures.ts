/** A valid application body; override what a test is about. */
export function applicationBody(overrides: Record<string, unknown> = {}) {
  return {
    externalReference: 'KK-2025-0001',
    receivedDate: '2025-03-03',
    plannedMoveDate: '2025-05-01',
    applicant: { cpr: '010190-1234', category: 'refugee', visitationDecisionDate: '2023-03-15' },
    fromMunicipality: '773',
    toMunicipality: '101',
    grounds: [
      {
        type: 'employment',
        holder: 'applicant',
        workplaceMunicipality: '101',
        ordinary: true,
        permanent: true,
        hoursPerWeek: 20,
        oneWayCommuteMinutes: 150,
      },
    ],
    ...overrides,
  }
}

export const LONELINESS_ONLY = [{ type: 'loneliness' }]
