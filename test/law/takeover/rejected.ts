/** What a ground's evaluator throws for input it cannot use: the kind and the JSON pointer (400). */
import type { TakeoverGround } from '../../../src/law/takeover/index.ts'
import { lawError } from '../invalid-input.ts'
import { assessGround } from './one-ground.ts'

export function rejected(ground: TakeoverGround) {
  const { kind, pointer, message } = lawError(() => assessGround(ground))
  return { kind, pointer, message }
}
