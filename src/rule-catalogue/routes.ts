import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { IsoDate } from '../http/schemas.ts'
import { RULE_MODULES } from '../law/catalogue.ts'
import { inForce, RULES_VERSION, type RuleDefinition } from '../law/rule-definition.ts'
import { takeoverRules } from '../law/takeover/index.ts'
import { RuleCatalogueEntry } from './schemas.ts'

/**
 * The whole rule catalogue, one definition per module of the registry (src/law/catalogue.ts): § 18
 * (T-*, G-*), dates and duties (H-*, D-*), proportionality (P-*) and danskbonus (B-*). The § 18 rules
 * carry the configured commute threshold and minimum hours as their parameters' values.
 */
export function ruleCatalogue(
  reasonableOneWayCommuteMinutes: number,
  minimumObligingHoursPerWeek?: number,
): readonly RuleDefinition[] {
  const configured = takeoverRules(reasonableOneWayCommuteMinutes, minimumObligingHoursPerWeek)
  return RULE_MODULES.map(
    (module) => configured.find((rule) => rule.id === module.definition.id) ?? module.definition,
  )
}

export const ruleRoutes: FastifyPluginAsyncTypebox<{
  reasonableOneWayCommuteMinutes: number
  minimumObligingHoursPerWeek?: number
}> = async (app, { reasonableOneWayCommuteMinutes, minimumObligingHoursPerWeek }) => {
  const catalogue = ruleCatalogue(reasonableOneWayCommuteMinutes, minimumObligingHoursPerWeek)
  app.get(
    '/v1/rules',
    {
      config: { scopes: [] },
      schema: {
        tags: ['Reference data'],
        operationId: 'listRules',
        summary: 'The rule catalogue',
        description:
          'Every rule the service applies, with its stable id (used as `ruleId` in every answer), Danish and English title, what it decides, its legal sources (citation and a link where one exists) and the parameters in force (interpretations are marked). `asOf` lists only the rules in force on that date; `prefix` filters by id (e.g. `T-`).',
        querystring: Type.Object(
          {
            asOf: Type.Optional(Type.String({ ...IsoDate, description: 'Only rules in force on this date' })),
            prefix: Type.Optional(Type.String({ pattern: '^[A-Z]{1,2}-?[A-Z0-9-]*$', examples: ['T-'] })),
          },
          { additionalProperties: false },
        ),
        responseHeaders: { 200: ['x-rules-version'] },
        response: {
          200: Type.Object(
            { data: Type.Array(RuleCatalogueEntry), rulesVersion: Type.String() },
            { additionalProperties: false, title: 'RuleCatalogue' },
          ),
        },
      },
    },
    async (request, reply) => {
      const { asOf, prefix } = request.query
      const data = catalogue
        .filter((rule) => (!asOf || inForce(rule, asOf)) && (!prefix || rule.id.startsWith(prefix)))
        .map((rule) => ({ ...rule, parameters: rule.parameters ?? [] }))
      reply.header('x-rules-version', RULES_VERSION)
      return { data, rulesVersion: RULES_VERSION }
    },
  )
}
