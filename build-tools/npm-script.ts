/**
 * Runs one npm script as a child process with its output held, for the runners that print a
 * script's output whole when it ends (so outputs of scripts run side by side do not interleave).
 */
import { spawn, spawnSync } from 'node:child_process';

/** The static checks `npm test` and `npm run static` run: type check, lint, format check, knip. */
export const STATIC_CHECKS = ['check', 'lint', 'format:check', 'knip'] as const;

/** One script's run: its exit code and everything it printed, stdout and stderr in order. */
export interface ScriptRun {
  script: string;
  code: number;
  output: string;
  seconds: number;
}

/** How a script shares the CPU: as any process, or only with what the others leave idle. */
export type Priority = 'normal' | 'idle';

/**
 * The command that runs `npm run <script>` at `priority`. Idle is Linux's SCHED_IDLE (`chrt
 * --idle 0`, util-linux), which a waking process of normal priority preempts at once; nice 19
 * does not, on a kernel whose scheduler lets the running task finish its slice, and the browser
 * tests, many short wake-ups between Chromium's processes, ran a quarter slower beside it.
 * Without `chrt` (not Linux), the script runs at normal priority.
 */
function command(script: string, priority: Priority): [string, string[]] {
  const npm = ['npm', 'run', '--silent', script];
  return priority === 'idle' && hasChrt()
    ? ['chrt', ['--idle', '0', ...npm]]
    : ['npm', npm.slice(1)];
}

const hasChrt = (): boolean => spawnSync('chrt', ['--version']).status === 0;

/**
 * Runs `npm run <script>` at `priority` (children inherit it). Never rejects: a script that
 * cannot start resolves with code 1 and the reason as its output.
 */
export function runScript(script: string, priority: Priority = 'normal'): Promise<ScriptRun> {
  const started = performance.now();
  return new Promise((resolve) => {
    const [file, args] = command(script, priority);
    const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'] });
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
