import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface Started {
  child: ChildProcess
  stdout(): string
  stderr(): string
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>
}

/**
 * Runs `node <args>` as a real child process with exactly `env` (plus PATH): tests of what a person sees
 * on the terminal and of what a second process does. The environment of the test run does not leak in.
 */
export function startNode(args: string[], env: Record<string, string>, cwd = ROOT): Started {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stdout?.on('data', (chunk) => {
    out += String(chunk)
  })
  child.stderr?.on('data', (chunk) => {
    err += String(chunk)
  })
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'))
  })
  return { child, stdout: () => out, stderr: () => err, exited }
}

/** Waits until the process has written text matching `pattern` to stderr; fails if it exits first. */
export async function waitForStderr(
  started: Started,
  pattern: RegExp,
  timeoutMs = 120_000,
): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs
  let exitedWith: number | string | undefined
  void started.exited.then((code) => {
    exitedWith = code
  })
  while (Date.now() < deadline) {
    const match = pattern.exec(started.stderr())
    if (match) return match
    if (exitedWith !== undefined) {
      throw new Error(
        `process exited (${exitedWith}) before ${pattern}:\n${started.stderr()}\n${started.stdout()}`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`timed out waiting for ${pattern}:\n${started.stderr()}`)
}

/** Stops a started process (SIGTERM, then SIGKILL after 15 s) and waits for it. */
export async function stop(started: Started): Promise<void> {
  if (started.child.exitCode !== null || started.child.signalCode !== null) return
  started.child.kill('SIGTERM')
  const timer = setTimeout(() => started.child.kill('SIGKILL'), 15_000)
  await started.exited
  clearTimeout(timer)
}
