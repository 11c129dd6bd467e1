import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.ts'
import { principalOf } from '../http/auth.ts'
import { ACCEPT_LANGUAGE_DESCRIPTION, languageOf } from '../http/language.ts'
import { withExamples } from '../http/schemas.ts'
import { ProblemSchema } from '../http/swagger.ts'
import { assessTakeover } from '../law/takeover/index.ts'
import {
  TAKEOVER_ASSESSMENT_REQUEST_EXAMPLES,
  TakeoverAssessmentRequestSchema,
  TakeoverAssessmentResponseSchema,
} from './schemas.ts'
import { assessWithLinks } from './service.ts'

export const assessmentRoutes: FastifyPluginAsyncTypebox<{
  db: Kysely<Database>
  reasonableOneWayCommuteMinutes: number
  minimumObligingHoursPerWeek: number
}> = async (app, { db, reasonableOneWayCommuteMinutes, minimumObligingHoursPerWeek }) => {
  app.post(
    '/v1/takeover-assessments',
    {
      config: { scopes: [] },
      schema: {
        tags: ['Assessments'],
        operationId: 'assessTakeover',
        summary: 'Is the receiving municipality obligated to take over? (§ 18 decision support)',
        description: `Evaluates each ground against IL § 18 stk. 2 and Ankestyrelsen's practice: per ground an \`effect\` (obligates / supports / insufficient / needs_information), the \`ruleId\`, its \`legalSources\`, the JSON pointers of \`missing\` facts and an \`explanation\` that can be pasted into a decision letter. Overall \`outcome\`: obligated if any ground obligates; else individual_assessment if any supports or needs information; else not_obligated. Missing facts never fail the request: they give needs_information. \`asOf\` selects the rules in force on a date (default today); the commute threshold used (\`reasonableOneWayCommuteMinutes\`, an interpretation, default 90) and, with an employment ground, the fewest weekly hours with which an ordinary permanent job obliges (\`minimumObligingHoursPerWeek\`, an interpretation, default 0: any part-time job can, AST I-4-03) are echoed in \`parameters\`. A spouse ground's \`linkedApplicationId\` resolves to that application's outcome when the caller may see it (T-SPOUSE-BOTH). Decision support only: the municipality may always take over voluntarily (G-VOLUNTARY). ${ACCEPT_LANGUAGE_DESCRIPTION}`,
        body: TakeoverAssessmentRequestSchema,
        responseHeaders: { 200: ['x-rules-version'] },
        response: {
          200: withExamples(
            TakeoverAssessmentResponseSchema,
            Object.values(TAKEOVER_ASSESSMENT_REQUEST_EXAMPLES).map(({ asOf, ...facts }) =>
              assessTakeover(facts, {
                language: 'da',
                asOf,
                reasonableOneWayCommuteMinutes,
                minimumObligingHoursPerWeek,
              }),
            ),
          ),
          422: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const { asOf, ...facts } = request.body
      const assessment = await assessWithLinks(
        {
          db,
          principal: principalOf(request),
          language: languageOf(request),
          reasonableOneWayCommuteMinutes,
          minimumObligingHoursPerWeek,
        },
        facts,
        asOf,
      )
      reply.header('x-rules-version', assessment.rulesVersion)
      return assessment
    },
  )
}
