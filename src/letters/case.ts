/** The case a letter is written about, as every section builder sees it. */
import type { ApplicationBody } from '../applications/response-schemas.ts'
import type { Language, RuleDefinition } from '../law/rule-definition.ts'
import type { LetterStatus } from './model.ts'
import type { LetterTexts } from './texts.ts'

/** Everything a section needs, worked out once. */
export interface Case {
  app: ApplicationBody
  status: LetterStatus
  texts: LetterTexts
  language: Language
  date: (iso: string) => string
  to: string
  from: string
  decision: NonNullable<ApplicationBody['decision']> | null
  catalogue: readonly RuleDefinition[]
}

/** The date the letter is about: the decision, the appeal body's decision, or the withdrawal. */
export function letterDate({ app, status }: Case): string {
  if (status === 'appeal_decided') return app.appeal?.decisionDate ?? app.decision!.decisionDate
  if (status === 'withdrawn') return app.withdrawnDate ?? app.receivedDate
  return app.decision!.decisionDate
}
