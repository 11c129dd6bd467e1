import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ACCEPT_LANGUAGE_DESCRIPTION, languageOf } from '../http/language.ts'
import { withExamples } from '../http/schemas.ts'
import { evaluateDanishBonus, renderDanishBonus } from '../law/danskbonus/index.ts'
import {
  DANISH_BONUS_EXAMPLES,
  DanishBonusAssessmentRequest,
  DanishBonusAssessmentResponse,
} from './schemas.ts'

export const danskbonusRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/v1/danish-bonus-assessments',
    {
      config: { scopes: [] },
      schema: {
        tags: ['Danskbonus'],
        operationId: 'assessDanishBonus',
        summary: 'Is the person eligible for danskbonus (IL § 22 lump sum)?',
        description: `Decision support for the tax-free lump sum of integrationsloven § 22: each condition (B-COVERED, B-SELF-SUPPORTING, B-EXAM, B-ONCE, B-PROGRAMME) with its result, rule id, legal sources and explanation; which bonus applies (B-PATH: a recipient of selvforsørgelses- og hjemrejseydelse or overgangsydelse gets aktivloven's bonus instead); and whether an earlier refusal must be reopened (B-PRACTICE-2021). Applications made from 9 June 2021 require a programme offer (lov nr. 1192 af 8. juni 2021); earlier ones are judged on the former wording. Every fact is optional: a missing one gives \`unknown\` and \`needs_information\`, never a 400; a malformed value is a 400 problem. \`asOf\` evaluates the rules in force on that date. ${ACCEPT_LANGUAGE_DESCRIPTION}`,
        body: DanishBonusAssessmentRequest,
        responseHeaders: { 200: ['x-rules-version'] },
        response: {
          200: withExamples(
            DanishBonusAssessmentResponse,
            DANISH_BONUS_EXAMPLES.map((facts) =>
              renderDanishBonus(evaluateDanishBonus(facts, { asOf: '2025-07-01' }), 'da'),
            ),
          ),
        },
      },
    },
    async (request, reply) => {
      const { asOf, ...facts } = request.body
      const result = renderDanishBonus(evaluateDanishBonus(facts, asOf ? { asOf } : {}), languageOf(request))
      reply.header('x-rules-version', result.rulesVersion)
      return result
    },
  )
}
