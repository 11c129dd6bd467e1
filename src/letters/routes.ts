import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { toApplication } from '../applications/mapper.ts'
import { findApplication, logAccess } from '../applications/repository.ts'
import { ApplicationIdParams } from '../applications/request-schemas.ts'
import { type ApplicationContext, visibilityOf } from '../applications/service.ts'
import { principalOf } from '../http/auth.ts'
import { ACCEPT_LANGUAGE_DESCRIPTION, languageOf } from '../http/language.ts'
import { HttpProblem } from '../http/problem.ts'
import { ProblemSchema } from '../http/swagger.ts'
import { composeLetter } from './compose.ts'
import { isLetterStatus, LETTER_STATUSES } from './model.ts'
import { LETTER_MEDIA_TYPES, negotiateLetterFormat } from './negotiate.ts'
import { letterFileName } from './render-common.ts'
import { HTML_CONTENT_SECURITY_POLICY, renderHtml } from './render-html.ts'
import { LetterResponse } from './schemas.ts'

const SUPPORTED = Object.values(LETTER_MEDIA_TYPES).join(', ')

/**
 * The PDF and Word renderers load their libraries (pdfkit, fontkit, docx: ~37 MB of RSS) with the
 * first letter in that format rather than at start-up, which most requests never need (bench/README,
 * Memory). A module is loaded once; later letters get it from the module cache.
 */
const RENDERERS = {
  pdf: () => import('./render-pdf.ts').then((m) => m.renderPdf),
  docx: () => import('./render-docx.ts').then((m) => m.renderDocx),
}

export const letterRoutes: FastifyPluginAsyncTypebox<ApplicationContext> = async (app, context) => {
  const { db, config } = context
  app.get(
    '/v1/takeover-applications/:id/decision-letter',
    {
      config: { scopes: ['applications:read'] },
      schema: {
        tags: ['Applications'],
        operationId: 'getDecisionLetter',
        summary: 'A draft decision letter (afgørelse) for a decided, appeal-decided or withdrawn application',
        description: `The letter the caseworker checks, edits and sends: heading, decision, facts per ground, the rules applied with their citations, the reasons (forvaltningsloven §§ 22–24), the consequences, appeal guidance (§ 25) and a visible draft notice. One letter model, negotiated by \`Accept\`: ${SUPPORTED} (JSON when absent; 406 when none of them is acceptable). ${ACCEPT_LANGUAGE_DESCRIPTION} No CPR number appears in any format; the case system adds the addressee. An application that is still received or appealed has no letter (409); one outside the caller's municipality is 404. The read is written to the access log.`,
        params: ApplicationIdParams,
        response: { 200: LetterResponse, 404: ProblemSchema, 406: ProblemSchema, 409: ProblemSchema },
        responseHeaders: {
          200: [
            'Content-Language',
            'Content-Disposition',
            'Cache-Control',
            'Vary',
            'Content-Security-Policy',
          ],
        },
      },
    },
    async (request, reply) => {
      const format = negotiateLetterFormat(request.headers.accept)
      if (!format)
        throw new HttpProblem(
          406,
          `The decision letter is available as ${SUPPORTED}; the Accept header allows none of them.`,
          {
            supported: Object.values(LETTER_MEDIA_TYPES),
          },
        )
      const principal = principalOf(request)
      const row = await findApplication(db, request.params.id, visibilityOf(principal))
      if (!row) throw new HttpProblem(404, `No application ${request.params.id}.`)
      if (!isLetterStatus(row.status))
        throw new HttpProblem(
          409,
          `Application ${row.id} is ${row.status}: a decision letter exists once it is ${LETTER_STATUSES.join(', ')}.`,
          { currentStatus: row.status },
        )
      await logAccess(db, [
        {
          application_id: row.id,
          person_hash: row.person_hash,
          action: 'letter',
          actor: principal.name,
          actor_municipality: principal.municipalityCode,
        },
      ])
      const language = languageOf(request)
      const letter = composeLetter(toApplication(row, language, []), language, {
        reasonableOneWayCommuteMinutes: config.reasonableOneWayCommuteMinutes,
      })
      request.log.info({ applicationId: row.id, format, language }, 'decision letter rendered')
      reply
        .header('content-language', language)
        .header('cache-control', 'private, no-store')
        .header('vary', 'Accept, Accept-Language')
      if (format === 'json') return reply.type('application/json; charset=utf-8').send(letter)
      if (format === 'html')
        return reply
          .type('text/html; charset=utf-8')
          .header('content-security-policy', HTML_CONTENT_SECURITY_POLICY)
          .send(renderHtml(letter))
      const file = letterFileName(row.external_reference, format)
      const body = await (await RENDERERS[format]())(letter)
      return (
        reply
          .type(LETTER_MEDIA_TYPES[format])
          .header('content-disposition', `inline; filename="${file}"`)
          // OpenAPI declares the binary media types as strings of format binary; Fastify sends the Buffer as is.
          .send(body as unknown as string)
      )
    },
  )
}
