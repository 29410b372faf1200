/**
 * Runs one npm script as a child process with its output held, for the runners that print a
 * script's output whole when it ends (so outputs of scripts run side by side do not interleave).
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';

/** The static checks `npm test` and `npm run static` run: type check, lint, format check, knip. */
export const STATIC_CHECKS = ['check', 'lint', 'format:check', 'knip'] as const;

/** One script's run: its exit code and everything it printed, stdout and stderr in order. */
export interface ScriptRun {
  script: string;
  code: number;
  output: string;
  seconds: number;
}

/**
 * Runs `npm run <script>`; `nice` (0–19, default 0) is the CPU priority it and its children
 * run at, 19 taking only what the processes of normal priority leave. Never rejects: a script
 * that cannot start resolves with code 1 and the reason as its output.
 */
export function runScript(script: string, nice = 0): Promise<ScriptRun> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Children inherit the priority of the process they are forked from: set before npm forks.
    if (nice !== 0 && child.pid !== undefined) setPriority(child.pid, nice);
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = (code: number) =>
      resolve({
        script,
        code,
        output: Buffer.concat(chunks).toString('utf8'),
        seconds: (performance.now() - started) / 1000,
      });
    child.on('error', (err) => {
      chunks.push(Buffer.from(`${err.message}\n`));
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}

/** Prints a run's verdict line and its output; returns whether it passed. */
export function report(r: ScriptRun): boolean {
  const verdict = r.code === 0 ? 'ok' : `failed (exit ${r.code})`;
  process.stdout.write(`\n> npm run ${r.script}: ${verdict}, ${r.seconds.toFixed(1)} s\n`);
  process.stdout.write(r.output);
  return r.code === 0;
}
