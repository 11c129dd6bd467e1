import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'

/**
 * No server-side request forgery (issue 16, item 4): a webhook goes to https, to an address on the
 * public internet. Hosts named in WEBHOOK_ALLOWED_HOSTS (exact host names or addresses, e.g. an
 * internal ERP, or 127.0.0.1 in tests) may use http and private addresses. Checked when a
 * subscription is made and again at each delivery, which then connects to the address checked
 * (pinned), so that a DNS answer changing in between cannot redirect it inside.
 */
const FORBIDDEN = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, incl. the cloud metadata service 169.254.169.254
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  FORBIDDEN.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['::ffff:0:0', 96], // IPv4-mapped: checked as IPv4 below
  ['64:ff9b::', 96], // NAT64
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fd00:ec2::254', 128], // AWS metadata over IPv6
  ['ff00::', 8], // multicast
] as const)
  FORBIDDEN.addSubnet(network, prefix, 'ipv6')

function isForbiddenAddress(address: string): boolean {
  const family = isIP(address)
  if (family === 4) return FORBIDDEN.check(address, 'ipv4')
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return FORBIDDEN.check(mapped[1]!, 'ipv4')
  return family === 6 ? FORBIDDEN.check(address, 'ipv6') : true
}

export class UrlRefused extends Error {
  override name = 'UrlRefused'
}

export interface CheckedUrl {
  url: URL
  /** The address the delivery connects to: the one checked. */
  address: string
  family: 4 | 6
}

/** Throws UrlRefused with a reason a person reads; otherwise the URL and the address to connect to. */
export async function checkWebhookUrl(raw: string, allowedHosts: readonly string[]): Promise<CheckedUrl> {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new UrlRefused('url is not an absolute URL')
  }
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase()
  const allowed = allowedHosts.includes(host)
  if (url.protocol !== 'https:' && !(allowed && url.protocol === 'http:'))
    throw new UrlRefused('url must use https')
  if (url.username || url.password) throw new UrlRefused('url must not carry a user name or password')
  if (url.hash) throw new UrlRefused('url must not have a #fragment')
  let addresses: { address: string; family: number }[]
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true })
  } catch {
    throw new UrlRefused(`the host ${host} does not resolve`)
  }
  if (addresses.length === 0) throw new UrlRefused(`the host ${host} does not resolve`)
  const forbidden = addresses.find((a) => isForbiddenAddress(a.address))
  if (forbidden && !allowed)
    throw new UrlRefused(
      `the host ${host} resolves to ${forbidden.address}, a private, loopback, link-local or metadata address`,
    )
  const first = addresses[0]!
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 }
}
