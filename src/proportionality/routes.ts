import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { etagOf } from '../applications/mapper.ts'
import { ApplicationIdParams } from '../applications/request-schemas.ts'
import type { ApplicationContext } from '../applications/service.ts'
import { principalOf } from '../http/auth.ts'
import { IfMatch, requestHeaders } from '../http/headers.ts'
import { ACCEPT_LANGUAGE_DESCRIPTION, languageOf } from '../http/language.ts'
import { IsoDate, LegalSourceSchema } from '../http/schemas.ts'
import { ProblemSchema } from '../http/swagger.ts'
import {
  assertExactlyOneReasonSource,
  BenefitReductionAssessmentRequest,
  BenefitReductionAssessmentResponse,
  RecordBenefitReductionRequest,
} from './schemas.ts'
import { assessReduction, listReductions, recordReduction } from './service.ts'

const MODEL =
  'The maximum proportionate reduction is the evasion score minus the weight of need and of the reason for moving, rounded down to 0/25/50/75/100 %; stopping the benefit entirely (100 %) is never proportionate with dependent children or when the benefit is the only income unless evasion is established; any missing fact on need, reason or evasion gives insufficient_information. Decision support, not a decision: IL § 32 requires a concrete assessment in each case (ECHR Protocol 4 art. 2, ICCPR art. 12).'

export const RecordedReduction = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    applicationId: Type.String({ format: 'uuid' }),
    decidedReductionPercent: Type.Integer({ minimum: 0, maximum: 100 }),
    effectiveDate: IsoDate,
    movedBackDate: Type.Union([IsoDate, Type.Null()]),
    fullBenefitRestoredDate: Type.Union([
      Type.Object(
        { date: IsoDate, ruleId: Type.String(), legalSources: Type.Array(LegalSourceSchema) },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
    justification: Type.String(),
    assessment: BenefitReductionAssessmentResponse,
    createdBy: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { title: 'RecordedBenefitReduction', additionalProperties: false },
)

export const proportionalityRoutes: FastifyPluginAsyncTypebox<ApplicationContext> = async (app, context) => {
  app.post(
    '/v1/benefit-reduction-assessments',
    {
      config: { scopes: [] },
      schema: {
        tags: ['Proportionality'],
        operationId: 'assessBenefitReduction',
        summary: 'Is a proposed benefit reduction proportionate? (§ 32 decision support)',
        description: `Weighs need, the reason for moving and evasion of the programme (Ankestyrelsen's practice note, seed 004) and answers with each criterion's value and contribution in numbers and words, the maximum proportionate reduction and a verdict on the proposed one. Give the reason as \`groundTypes\` or as \`applicationId\` of a stored, refused application (its assessed grounds are used). Reading a stored application this way needs the scope applications:read (403 otherwise), is 404 for an application the caller cannot see, and is written to the access log. ${MODEL} ${ACCEPT_LANGUAGE_DESCRIPTION}`,
        body: BenefitReductionAssessmentRequest,
        responseHeaders: { 200: ['x-rules-version'] },
        response: { 200: BenefitReductionAssessmentResponse, 404: ProblemSchema, 422: ProblemSchema },
      },
    },
    async (request, reply) => {
      assertExactlyOneReasonSource(request.body)
      const assessment = await assessReduction(
        context.db,
        principalOf(request),
        request.body,
        languageOf(request),
      )
      reply.header('x-rules-version', assessment.rulesVersion)
      return {
        ...assessment,
        ...(request.body.applicationId ? { applicationId: request.body.applicationId } : {}),
      }
    },
  )

  app.post(
    '/v1/takeover-applications/:id/benefit-reductions',
    {
      config: { scopes: ['decisions:write'], idempotent: true },
      schema: {
        tags: ['Proportionality'],
        operationId: 'recordBenefitReduction',
        summary: 'Record a decided benefit reduction after a refusal',
        description: `Stores the decided reduction with its proportionality assessment (the reason comes from the application's assessed grounds), its effective date and, when the person moved back, the date full benefit returns (D-MOVE-BACK: the 1st after the first whole month after moving back). Only on a refused application (422 otherwise), by the receiving municipality; written to the audit trail in the same transaction. A reduction the model finds disproportionate is recorded with that verdict, so that it can be reviewed. ${MODEL}`,
        params: ApplicationIdParams,
        headers: requestHeaders({ 'if-match': IfMatch }),
        body: RecordBenefitReductionRequest,
        response: {
          201: RecordedReduction,
          404: ProblemSchema,
          409: ProblemSchema,
          412: ProblemSchema,
          422: ProblemSchema,
        },
        responseHeaders: { 201: ['ETag', 'Location'] },
      },
    },
    async (request, reply) => {
      const { application, result } = await recordReduction(
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
        .header('location', `/v1/takeover-applications/${application.id}/benefit-reductions`)
        .send(result)
    },
  )

  app.get(
    '/v1/takeover-applications/:id/benefit-reductions',
    {
      config: { scopes: ['applications:read'] },
      schema: {
        tags: ['Proportionality'],
        operationId: 'listBenefitReductions',
        summary: 'Benefit reductions recorded on an application',
        description:
          'Oldest first, each with its proportionality assessment as recorded. The read is written to the access log.',
        params: ApplicationIdParams,
        response: {
          200: Type.Object(
            { data: Type.Array(RecordedReduction) },
            { title: 'RecordedBenefitReductionList' },
          ),
          404: ProblemSchema,
        },
      },
    },
    async (request) => ({
      data: await listReductions(context.db, principalOf(request), request.params.id),
    }),
  )
}
