import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ACCEPT_LANGUAGE_DESCRIPTION, languageOf } from '../http/language.ts'
import { withExamples } from '../http/schemas.ts'
import { ProblemSchema } from '../http/swagger.ts'
import { evaluateHandoverDates, renderHandoverDates } from '../law/handover/index.ts'
import { HANDOVER_DATES_REQUEST_EXAMPLES, HandoverDatesRequest, HandoverDatesResponse } from './schemas.ts'

export const handoverRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/v1/handover-dates',
    {
      config: { scopes: [] },
      schema: {
        tags: ['Dates'],
        operationId: 'computeHandoverDates',
        summary: 'Handover of responsibility, integration period, takeover and deadlines',
        description: `When the municipality's responsibility starts (IL § 4: H-REF, H-EARLY, H-CPR, H-UKR), when the integration period ends and free movement begins (H-PERIOD), when a § 18 takeover takes effect (H-TAKEOVER), when full benefit returns after a move back (D-MOVE-BACK), and the deadlines that follow (D-CONTRACT, D-FIRST-OFFER, D-VISITATION, D-SIX-WEEKS, D-HEALTH, D-FOLLOW-UP; after a takeover also D-UPSKILLING), each marked \`interpretation\` where it rests on a choice the service makes, on the Danish calendar (weekends and helligdage). Each date carries its rule id and legal sources; \`explanation\` says step by step which month was counted and why a date rolled forward. Missing facts are 400, contradictory facts 422, each naming the field. ${ACCEPT_LANGUAGE_DESCRIPTION}`,
        body: HandoverDatesRequest,
        responseHeaders: { 200: ['x-rules-version'] },
        response: {
          200: withExamples(
            HandoverDatesResponse,
            HANDOVER_DATES_REQUEST_EXAMPLES.map(({ asOf, ...facts }) =>
              renderHandoverDates(evaluateHandoverDates(facts, { asOf: asOf ?? '2025-07-01' }), 'da'),
            ),
          ),
          422: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const { asOf, parameters, ...facts } = request.body
      const findings = evaluateHandoverDates(facts, {
        ...(asOf ? { asOf } : {}),
        ...(parameters ? { parameters } : {}),
      })
      reply.header('x-rules-version', findings.rulesVersion)
      // The law's answer is language-neutral; Danish or English is rendered here, once.
      return renderHandoverDates(findings, languageOf(request))
    },
  )
}
