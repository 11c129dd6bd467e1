import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Kysely } from 'kysely'
import { Type } from 'typebox'
import type { Database } from '../db/schema.ts'

const Municipality = Type.Object(
  {
    code: Type.String({ description: '3-digit municipality code', examples: ['101'] }),
    name: Type.String({ examples: ['København'] }),
    region: Type.String({ examples: ['Region Hovedstaden'] }),
  },
  { title: 'Municipality', additionalProperties: false },
)

export const municipalityRoutes: FastifyPluginAsyncTypebox<{ db: Kysely<Database> }> = async (
  app,
  { db },
) => {
  app.get(
    '/v1/municipalities',
    {
      config: { scopes: [] },
      schema: {
        tags: ['Reference data'],
        operationId: 'listMunicipalities',
        summary: 'The 98 Danish municipalities',
        description:
          'Codes as used in every other field of the API (`fromMunicipality`, `toMunicipality` …).',
        querystring: Type.Object({}, { additionalProperties: false }),
        response: {
          200: Type.Object(
            { data: Type.Array(Municipality, { maxItems: 200 }) },
            { title: 'MunicipalityList' },
          ),
        },
      },
    },
    async () => ({ data: await db.selectFrom('municipality').selectAll().orderBy('code').execute() }),
  )
}
