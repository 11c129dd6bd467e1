/** The scopes a key can carry (../shared/api.md). `admin` manages keys and reads access logs; `webhooks:write` manages the key's municipality's webhook subscriptions. */
export const SCOPES = [
  'applications:read',
  'applications:write',
  'decisions:write',
  'statistics:read',
  'webhooks:write',
  'admin',
] as const
export type Scope = (typeof SCOPES)[number]

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value)
}
