import { type ChildProcess, fork } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import type { RunnerMessage, ServerMessage } from './protocol.ts'

/** The bench server in its child process, seen from the runner: its port, its memory, its profiler. */
export interface ServerProcess {
  url: string
  ceilingPaths: readonly string[]
  /** Highest RSS and V8 heap reported since the last call; starts a new window. */
  takePeakMemory(): PeakMemory
  profile(file: string, during: () => Promise<void>): Promise<void>
  /** Stops the server gracefully; resolves with its lifetime peak RSS (kernel maxRSS), if it said. */
  stop(): Promise<number | undefined>
}

export interface PeakMemory {
  rssBytes: number
  heapUsedBytes: number
}

interface ServerOptions {
  env: NodeJS.ProcessEnv
  /** Node flags for the server process (heap limits, --cpu-prof). */
  execArgv: readonly string[]
  /** How long building the app (migrations on PGlite) and listening may take. */
  startTimeoutMs?: number
}

const SERVER_SCRIPT = fileURLToPath(new URL('./server.ts', import.meta.url))

function nextMessage<T extends ServerMessage['type']>(
  child: ChildProcess,
  type: T,
  timeoutMs: number,
): Promise<Extract<ServerMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`bench server: no ${type} within ${timeoutMs} ms`)),
      timeoutMs,
    )
    const onMessage = (message: ServerMessage) => {
      if (message.type === type) finish(undefined, message as Extract<ServerMessage, { type: T }>)
    }
    const onExit = (code: number | null) =>
      finish(new Error(`bench server exited (code ${code}) before ${type}`))
    function finish(error?: Error, message?: Extract<ServerMessage, { type: T }>) {
      clearTimeout(timer)
      child.off('message', onMessage)
      child.off('exit', onExit)
      if (error) reject(error)
      else resolve(message!)
    }
    child.on('message', onMessage)
    child.on('exit', onExit)
  })
}

/** Listening is not ready: /health/ready also says the database answers. */
async function waitUntilReady(url: string): Promise<void> {
  const deadline = Date.now() + 60_000
  for (;;) {
    const status = await fetch(`${url}/health/ready`).then(
      (response) => response.status,
      () => 0,
    )
    if (status === 200) return
    if (Date.now() > deadline) throw new Error(`/health/ready still answers ${status} after 60 s`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

export async function startServer(options: ServerOptions): Promise<ServerProcess> {
  // stdout is ignored: the app logs to its own destination; stderr shows a crash.
  const child = fork(SERVER_SCRIPT, [], {
    env: options.env,
    execArgv: [...options.execArgv],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  })
  let peak: PeakMemory = { rssBytes: 0, heapUsedBytes: 0 }
  child.on('message', (message: ServerMessage) => {
    if (message.type !== 'memory') return
    peak = {
      rssBytes: Math.max(peak.rssBytes, message.rssBytes),
      heapUsedBytes: Math.max(peak.heapUsedBytes, message.heapUsedBytes),
    }
  })
  const command = (message: RunnerMessage) => child.send(message)
  let listening: Extract<ServerMessage, { type: 'listening' }>
  try {
    listening = await nextMessage(child, 'listening', options.startTimeoutMs ?? 120_000)
  } catch (error) {
    child.kill()
    throw error
  }
  const url = `http://127.0.0.1:${listening.port}`
  try {
    await waitUntilReady(url)
  } catch (error) {
    child.kill()
    throw error
  }
  return {
    url,
    ceilingPaths: listening.ceilingPaths,
    takePeakMemory() {
      const taken = peak
      peak = { rssBytes: 0, heapUsedBytes: 0 }
      return taken
    },
    async profile(file, during) {
      command({ type: 'profile-start' })
      try {
        await during()
      } finally {
        const written = nextMessage(child, 'profile-written', 60_000)
        command({ type: 'profile-stop', file })
        await written
      }
    },
    async stop() {
      if (child.exitCode !== null) return undefined
      const stopped = nextMessage(child, 'stopped', 30_000).catch(() => undefined)
      command({ type: 'stop' })
      const maxRss = (await stopped)?.maxRssBytes
      if (child.exitCode === null) {
        const exited = once(child, 'exit')
        const timer = setTimeout(() => child.kill(), 10_000)
        await exited
        clearTimeout(timer)
      }
      return maxRss
    },
  }
}
