/** What a ground's evaluator throws for input it cannot use: the kind and the JSON pointer (400). */
import { InvalidInput } from '../../../src/errors.ts'
import type { TakeoverGround } from '../../../src/law/takeover/index.ts'
import { assessGround } from './one-ground.ts'

export function rejected(ground: TakeoverGround) {
  try {
    assessGround(ground)
  } catch (caught) {
    if (caught instanceof InvalidInput)
      return { kind: caught.kind, pointer: caught.pointer, message: caught.message }
    throw caught
  }
  throw new Error('the ground was accepted')
}
