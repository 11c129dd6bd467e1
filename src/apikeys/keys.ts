import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Keys look like `ansvar_<8 hex prefix>_<43 base64url chars>`: 256 bits of randomness, so a plain
 * SHA-256 is a sufficient at-rest hash (no password stretching needed for machine-generated secrets).
 * The prefix is stored in clear so that an operator can recognise a key in `apikey list`.
 */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = randomBytes(4).toString('hex')
  const key = `ansvar_${prefix}_${randomBytes(32).toString('base64url')}`
  return { key, prefix, hash: hashApiKey(key) }
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex')
}

/** Constant-time comparison of a key's hash (hex) with a known hash (equal length by construction). */
export function sameHash(hash: string, known: Buffer): boolean {
  return timingSafeEqual(Buffer.from(hash, 'hex'), known)
}
