import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import type { CheckedUrl } from './url-policy.ts'

/** Only this much of a receiver's answer is kept (issue 16, item 4). */
const ANSWER_LIMIT = 1024

export interface SendResult {
  status: number | null
  /** The first 1 KB of the answer, as text. */
  body: string | null
  error: string | null
}

/**
 * One POST to the pinned address (the TLS name and Host stay the URL's), no redirects followed
 * (node's http client never follows them; a 3xx is a failed attempt), the whole exchange bounded by
 * `timeoutMs`, and at most 1 KB of the answer read.
 */
export function postJson(
  target: CheckedUrl,
  headers: Record<string, string>,
  payload: string,
  timeoutMs: number,
): Promise<SendResult> {
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all)
      (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [
        { address: target.address, family: target.family },
      ])
    else callback(null, target.address, target.family)
  }
  const client = target.url.protocol === 'https:' ? https : http
  return new Promise((resolve) => {
    let settled = false
    const finish = (result: SendResult) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      request.destroy()
      resolve(result)
    }
    const request = client.request(
      target.url,
      {
        method: 'POST',
        lookup: pinned,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = []
        let size = 0
        const done = () =>
          finish({
            status: response.statusCode ?? null,
            body: Buffer.concat(chunks).subarray(0, ANSWER_LIMIT).toString('utf8'),
            error: null,
          })
        response.on('data', (chunk: Buffer) => {
          chunks.push(chunk)
          size += chunk.length
          if (size >= ANSWER_LIMIT) done()
        })
        response.on('end', done)
        response.on('error', done)
      },
    )
    const timer = setTimeout(
      () => finish({ status: null, body: null, error: `no answer within ${timeoutMs} ms` }),
      timeoutMs,
    )
    request.on('error', (error) => finish({ status: null, body: null, error: error.message.slice(0, 200) }))
    request.end(payload)
  })
}
