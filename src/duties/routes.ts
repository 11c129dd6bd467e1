import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { etagOf } from '../applications/mapper.ts'
import { ApplicationIdParams } from '../applications/request-schemas.ts'
import type { ApplicationContext } from '../applications/service.ts'
import { principalOf } from '../http/auth.ts'
import { IfMatch, requestHeaders } from '../http/headers.ts'
import { languageOf } from '../http/language.ts'
import { ProblemSchema } from '../http/swagger.ts'
import { toCsv, wantsCsv } from '../statistics/csv.ts'
import { milestonesOf, recordMilestone } from './milestones.ts'
import { MilestoneRequest, MilestoneSchema, WORKLIST_COLUMNS, WorklistQuery, WorklistRow } from './schemas.ts'
import { allDeadlines, pageOf } from './worklist.ts'

const MILESTONE_TO_DEADLINE =
  'contract_signed meets D-CONTRACT and starts D-CONTRACT-GOAL and D-FOLLOW-UP; contract_goal_stated meets D-CONTRACT-GOAL; contract_followed_up meets D-FOLLOW-UP; first_company_offer meets D-FIRST-OFFER; readiness_assessed meets D-VISITATION; health_assessment_offered meets D-HEALTH; each company-based offer (first_company_offer, company_offer) meets the D-SIX-WEEKS deadline of the offer before it and starts its own.'

export const dutyRoutes: FastifyPluginAsyncTypebox<ApplicationContext> = async (app, context) => {
  app.post(
    '/v1/takeover-applications/:id/milestones',
    {
      config: { scopes: ['applications:write'], idempotent: true },
      schema: {
        tags: ['Duties'],
        operationId: 'recordMilestone',
        summary: 'Record a milestone of the receiving municipality’s duties',
        description: `On an approved takeover only (409 otherwise), by the receiving municipality (403; 404 when the application is not visible). ${MILESTONE_TO_DEADLINE} The date may not be before the takeover took effect (H-TAKEOVER; the approval while no move is recorded) nor in the future (422 naming \`/date\`). A correction is a new milestone that supersedes the earlier one (automatically for the types that occur once; with \`supersedes\` for a company_offer), never an edit. Written with its audit event (type \`milestone\`) in one transaction; the application's ETag changes. Send \`If-Match\` to guard against a change you have not seen (412).`,
        params: ApplicationIdParams,
        headers: requestHeaders({ 'if-match': IfMatch }),
        body: MilestoneRequest,
        response: {
          201: MilestoneSchema,
          404: ProblemSchema,
          409: ProblemSchema,
          412: ProblemSchema,
          422: ProblemSchema,
        },
        responseHeaders: { 201: ['ETag', 'Location'] },
      },
    },
    async (request, reply) => {
      const { application, milestone } = await recordMilestone(
        context,
        {
          principal: principalOf(request),
          id: request.params.id,
          ifMatch: request.headers['if-match'],
          language: languageOf(request),
        },
        request.body,
      )
      return reply
        .code(201)
        .header('etag', etagOf(application))
        .header('location', `/v1/takeover-applications/${application.id}/milestones`)
        .send(milestone)
    },
  )

  app.get(
    '/v1/takeover-applications/:id/milestones',
    {
      config: { scopes: ['applications:read'] },
      schema: {
        tags: ['Duties'],
        operationId: 'listMilestones',
        summary: 'The milestones of an application, corrections included',
        description:
          'In the order recorded; a milestone corrected by a later one is marked `superseded` and no longer counts towards a deadline.',
        params: ApplicationIdParams,
        response: {
          200: Type.Object(
            { data: Type.Array(MilestoneSchema) },
            { additionalProperties: false, title: 'MilestoneList' },
          ),
          404: ProblemSchema,
        },
      },
    },
    async (request) => ({ data: await milestonesOf(context, principalOf(request), request.params.id) }),
  )

  app.get(
    '/v1/deadlines',
    {
      config: { scopes: ['applications:read'] },
      schema: {
        tags: ['Duties'],
        operationId: 'listDeadlines',
        summary: 'The deadline worklist of the caller’s approved takeovers',
        description: `Every deadline (D-CONTRACT, D-CONTRACT-GOAL, D-FIRST-OFFER, D-VISITATION, D-SIX-WEEKS, D-FOLLOW-UP, D-HEALTH, D-UPSKILLING) of the approved takeovers the caller's municipality receives (a national key: all), once the takeover has an effective date (a move is recorded): its due date, its state today (open, overdue, met, met_late), the milestone that met it and whether it rests on an interpretation. ${MILESTONE_TO_DEADLINE} Ordered by due date, then application and rule; pass \`next\` as \`cursor\` until it is null. \`format=csv\` (or \`Accept: text/csv\`) gives the same columns as CSV, one page.`,
        querystring: WorklistQuery,
        responseHeaders: { 200: ['Link', 'Content-Disposition'] },
        response: {
          200: {
            description: 'One page of the worklist (JSON) or the same columns as CSV',
            content: {
              'application/json': {
                schema: Type.Object(
                  {
                    data: Type.Array(WorklistRow),
                    next: Type.Union([Type.String(), Type.Null()], {
                      description: 'The cursor of the next page',
                    }),
                  },
                  { additionalProperties: false, title: 'DeadlineWorklistPage' },
                ),
              },
              'text/csv': { schema: Type.String({ description: 'Header row, then one line per deadline' }) },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const { format, limit = 100, ...filters } = request.query
      const entries = await allDeadlines(context.db, principalOf(request).municipalityCode)
      const page = pageOf(entries, { ...filters, limit })
      if (next(page.next)) reply.header('link', `<${linkTo(request.url, page.next!)}>; rel="next"`)
      const csv = wantsCsv(format, request.headers.accept)
      if (csv) {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'inline; filename="deadlines.csv"')
          .send(toCsv(WORKLIST_COLUMNS, page.data, csv))
      }
      return reply.type('application/json; charset=utf-8').send(page)
    },
  )
}

const next = (cursor: string | null) => cursor !== null

function linkTo(url: string, cursor: string): string {
  const parsed = new URL(url, 'http://localhost')
  parsed.searchParams.set('cursor', cursor)
  return `${parsed.pathname}${parsed.search}`
}
