import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { InvalidInput } from '../errors.ts'
import { principalOf } from '../http/auth.ts'
import { requestHeaders } from '../http/headers.ts'
import { HttpProblem } from '../http/problem.ts'
import { listAccess } from './repository.ts'
import { CprNumberHeader } from './request-schemas.ts'
import { type ApplicationContext, personHashOf } from './service.ts'

const AccessEntry = Type.Object(
  {
    applicationId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
    action: Type.String({ description: 'read, list, events or letter' }),
    via: Type.Union([Type.String(), Type.Null()], {
      description:
        'For a read through another route than GET: reduction-assessment (a § 32 assessment from the application) or benefit-reductions',
    }),
    actor: Type.String({ description: "The API key's name" }),
    actorMunicipality: Type.Union([Type.String(), Type.Null()]),
    accessedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'AccessLogEntry', additionalProperties: false },
)

/** Who has read a person's (or an application's) data: for a national administrator only. */
export const accessLogRoutes: FastifyPluginAsyncTypebox<ApplicationContext> = async (app, context) => {
  app.get(
    '/v1/access-log',
    {
      config: { scopes: ['admin'] },
      schema: {
        tags: ['Applications'],
        operationId: 'listAccessLog',
        summary: "Who read a person's applications (national administrators)",
        description:
          "Every read of an application (single, in a list, or its audit trail), newest first. Give the person's CPR number in the `x-civilregistrationIdentifier` header, or `applicationId`. Only national keys with the admin scope.",
        querystring: Type.Object(
          {
            applicationId: Type.Optional(Type.String({ format: 'uuid' })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
          },
          { additionalProperties: false },
        ),
        headers: requestHeaders({
          'x-civilregistrationidentifier': CprNumberHeader("The person whose applications' reads are listed"),
        }),
        response: { 200: Type.Object({ data: Type.Array(AccessEntry) }, { title: 'AccessLog' }) },
      },
    },
    async (request) => {
      const principal = principalOf(request)
      if (principal.municipalityCode) {
        throw new HttpProblem(403, 'The access log is for national administrators.', {
          slug: 'national-only',
        })
      }
      const cpr = request.headers['x-civilregistrationidentifier']
      const { applicationId, limit = 200 } = request.query
      if (!cpr && !applicationId) {
        throw new InvalidInput(
          '/applicationId',
          'Give applicationId, or a CPR number in x-civilregistrationIdentifier',
        )
      }
      const rows = await listAccess(
        context.db,
        {
          ...(applicationId ? { applicationId } : {}),
          ...(cpr ? { personHash: personHashOf(context, cpr, '/x-civilregistrationIdentifier') } : {}),
        },
        limit,
      )
      return {
        data: rows.map((r) => ({
          applicationId: r.application_id,
          action: r.action,
          via: r.via,
          actor: r.actor,
          actorMunicipality: r.actor_municipality,
          accessedAt: r.accessed_at.toISOString(),
        })),
      }
    },
  )
}
