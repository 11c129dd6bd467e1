import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { TSchema } from 'typebox'
import type { Scope } from '../apikeys/scopes.ts'
import { principalOf } from '../http/auth.ts'
import { IfMatch, requestHeaders } from '../http/headers.ts'
import { languageOf } from '../http/language.ts'
import { ProblemSchema } from '../http/swagger.ts'
import { etagOf } from './mapper.ts'
import {
  AppealBody,
  AppealDecisionBody,
  ApplicationIdParams,
  DecisionBody,
  MoveBody,
  WithdrawalBody,
} from './request-schemas.ts'
import type { ApplicationBody } from './response-schemas.ts'
import { ApplicationSchema } from './response-schemas.ts'
import type { ApplicationContext } from './service.ts'
import {
  recordAppeal,
  recordAppealDecision,
  recordDecision,
  recordMove,
  recordWithdrawal,
  type TransitionRequest,
} from './transitions.ts'

interface LifecycleRoute {
  path: string
  operationId: string
  summary: string
  description: string
  scope: Scope
  body: TSchema
  // biome-ignore lint/suspicious/noExplicitAny: each route's body type is checked by its own schema
  record: (context: ApplicationContext, request: TransitionRequest, body: any) => Promise<ApplicationBody>
}

const COMMON =
  'Only the receiving municipality (or a national key) records it; the departure municipality reads. Send `If-Match` with the ETag you read to avoid overwriting a change you have not seen (412 if it differs). An impossible transition is 409. The change and its audit event are written in one transaction.'

const ROUTES: LifecycleRoute[] = [
  {
    path: '/decision',
    operationId: 'recordDecision',
    summary: 'Record the decision: approved or refused',
    description: `received → decided. An approval states its legalBasis (obligated, IL § 18 stk. 2; voluntary, stk. 1) and cannot be conditional on housing (422, G-NO-HOUSING-CONDITION). Refusing an application assessed as obligated requires a justification and is flagged (refusedAlthoughObligated). ${COMMON}`,
    scope: 'decisions:write',
    body: DecisionBody,
    record: recordDecision,
  },
  {
    path: '/move',
    operationId: 'recordMove',
    summary: 'Record the move into the receiving municipality',
    description: `Sets moveDate; once approved, the takeover's effective date follows H-TAKEOVER (the move-in date, or the approval date if the person had already moved) and the contract deadline D-CONTRACT. ${COMMON}`,
    scope: 'applications:write',
    body: MoveBody,
    record: recordMove,
  },
  {
    path: '/withdrawal',
    operationId: 'recordWithdrawal',
    summary: 'The applicant withdraws the application',
    description: `received → withdrawn. ${COMMON}`,
    scope: 'applications:write',
    body: WithdrawalBody,
    record: recordWithdrawal,
  },
  {
    path: '/appeal',
    operationId: 'recordAppeal',
    summary: 'An appeal to Ankestyrelsen was lodged',
    description: `decided → appealed. ${COMMON}`,
    scope: 'applications:write',
    body: AppealBody,
    record: recordAppeal,
  },
  {
    path: '/appeal/decision',
    operationId: 'recordAppealDecision',
    summary: "Ankestyrelsen's decision on the appeal",
    description: `appealed → appeal_decided, with outcome upheld, changed, remitted or dismissed. ${COMMON}`,
    scope: 'decisions:write',
    body: AppealDecisionBody,
    record: recordAppealDecision,
  },
]

export const lifecycleRoutes: FastifyPluginAsyncTypebox<ApplicationContext> = async (app, context) => {
  for (const route of ROUTES) {
    app.post(
      `/v1/takeover-applications/:id${route.path}`,
      {
        config: { scopes: [route.scope], idempotent: true },
        schema: {
          tags: ['Applications'],
          operationId: route.operationId,
          summary: route.summary,
          description: route.description,
          params: ApplicationIdParams,
          headers: requestHeaders({ 'if-match': IfMatch }),
          body: route.body,
          response: {
            200: ApplicationSchema,
            404: ProblemSchema,
            409: ProblemSchema,
            412: ProblemSchema,
            422: ProblemSchema,
          },
          responseHeaders: { 200: ['ETag'] },
        },
      },
      async (request, reply) => {
        const application = await route.record(
          context,
          {
            principal: principalOf(request),
            id: request.params.id,
            ifMatch: request.headers['if-match'],
            language: languageOf(request),
          },
          request.body,
        )
        return reply.header('etag', etagOf(application)).send(application)
      },
    )
  }
}
