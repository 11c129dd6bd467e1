import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Where the time goes in a V8 .cpuprofile (from bench/run.ts --profile or node --cpu-prof): functions by
 * self time, self time by area (our code, each package, Node internals, GC), and our own functions by
 * total (inclusive) time. `node bench/profile-summary.ts <file.cpuprofile> [--top 25]`.
 */

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
}

interface ProfileNode {
  id: number
  callFrame: CallFrame
  parent?: number
  children?: number[]
}

interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url))

/** `fastify/lib/reply.js`, `src/law/takeover/assess.ts`, `node:internal/…`: short enough for a table. */
function location(frame: CallFrame): string {
  if (!frame.url) return '(native or generated code)'
  const path = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url
  const modules = path.lastIndexOf('/node_modules/')
  const short =
    modules >= 0
      ? path.slice(modules + '/node_modules/'.length)
      : path.startsWith(PROJECT_ROOT)
        ? path.slice(PROJECT_ROOT.length)
        : path
  return `${short}:${frame.lineNumber + 1}`
}

/** The area a frame belongs to: a package, a folder of ours, Node itself, or one of V8's pseudo-frames. */
function area(frame: CallFrame): string {
  if (frame.functionName.startsWith('(') && !frame.url) return frame.functionName
  // The write syscalls of HTTP responses (writeUtf8String, writev) and of the log (writeString): on
  // loopback TCP the kernel's delivery to the client is counted here too.
  if (!frame.url && /^write/.test(frame.functionName)) return '(native writes: sockets and log file)'
  if (!frame.url) return '(native or generated code: V8 builtins, compiled validators and serializers)'
  if (frame.url.startsWith('node:')) return 'node: internals (http, streams, net)'
  const path = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url
  const modules = path.lastIndexOf('/node_modules/')
  if (modules >= 0) {
    const parts = path.slice(modules + '/node_modules/'.length).split('/')
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!
  }
  if (path.startsWith(PROJECT_ROOT)) {
    const parts = path.slice(PROJECT_ROOT.length).split('/')
    return parts.length > 2 ? `${parts[0]}/${parts[1]}/` : parts.join('/')
  }
  return basename(path)
}

interface ProfileSummary {
  totalMs: number
  bySelf: { name: string; location: string; ms: number; share: number }[]
  byArea: { area: string; ms: number; share: number }[]
  /** Our own functions (src/), by time spent in them and everything they call. */
  byTotal: { name: string; location: string; ms: number; share: number }[]
}

function summariseProfile(profile: CpuProfile, top = 25): ProfileSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  for (const node of profile.nodes)
    for (const child of node.children ?? []) nodes.get(child)!.parent = node.id
  const key = (frame: CallFrame) => `${frame.functionName || '(anonymous)'}\u0000${location(frame)}`
  const self = new Map<string, number>()
  const areas = new Map<string, number>()
  const total = new Map<string, number>()
  let totalUs = 0
  profile.samples.forEach((id, i) => {
    // timeDeltas[i] is the time since the previous sample; attributing it to this sample is what
    // Chrome's profiler does within one sampling interval.
    const us = Math.max(0, profile.timeDeltas[i] ?? 0)
    totalUs += us
    const leaf = nodes.get(id)!
    self.set(key(leaf.callFrame), (self.get(key(leaf.callFrame)) ?? 0) + us)
    areas.set(area(leaf.callFrame), (areas.get(area(leaf.callFrame)) ?? 0) + us)
    // Each function once per sample, so that recursion is not counted twice.
    const seen = new Set<string>()
    for (
      let node: ProfileNode | undefined = leaf;
      node;
      node = node.parent ? nodes.get(node.parent) : undefined
    ) {
      if (node.callFrame.url.includes('/src/')) seen.add(key(node.callFrame))
    }
    for (const k of seen) total.set(k, (total.get(k) ?? 0) + us)
  })
  const share = (us: number) => (totalUs ? us / totalUs : 0)
  const rows = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => {
        const [name, where] = k.split('\u0000') as [string, string]
        return { name, location: where, ms: us / 1000, share: share(us) }
      })
  return {
    totalMs: totalUs / 1000,
    bySelf: rows(self),
    byArea: [...areas.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([name, us]) => ({ area: name, ms: us / 1000, share: share(us) })),
    byTotal: rows(total),
  }
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`
const cell = (text: string) => text.replaceAll('|', '\\|')

function formatProfileSummary(title: string, summary: ProfileSummary): string {
  const lines = [`### ${title}`, '', `${summary.totalMs.toFixed(0)} ms sampled.`, '']
  lines.push('Self time by area:', '', '| area | self ms | share |', '| --- | ---: | ---: |')
  for (const row of summary.byArea) {
    lines.push(`| ${cell(row.area)} | ${row.ms.toFixed(0)} | ${percent(row.share)} |`)
  }
  lines.push('', 'Top functions by self time:', '', '| function | where | self ms | share |')
  lines.push('| --- | --- | ---: | ---: |')
  for (const row of summary.bySelf) {
    lines.push(`| ${cell(row.name)} | ${cell(row.location)} | ${row.ms.toFixed(0)} | ${percent(row.share)} |`)
  }
  lines.push(
    '',
    'Our functions (src/) by total time, callees included:',
    '',
    '| function | where | total ms | share |',
  )
  lines.push('| --- | --- | ---: | ---: |')
  for (const row of summary.byTotal) {
    lines.push(`| ${cell(row.name)} | ${cell(row.location)} | ${row.ms.toFixed(0)} | ${percent(row.share)} |`)
  }
  return `${lines.join('\n')}\n`
}

export async function summariseProfileFile(file: string, top?: number): Promise<string> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile
  return formatProfileSummary(basename(file), summariseProfile(profile, top))
}

if (import.meta.main) {
  const args = process.argv.slice(2)
  const topAt = args.indexOf('--top')
  const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : undefined
  if (args.length === 0) {
    process.stderr.write('usage: node bench/profile-summary.ts <file.cpuprofile>... [--top 25]\n')
    process.exit(64)
  }
  for (const file of args) process.stdout.write(`${await summariseProfileFile(file, top)}\n`)
}
