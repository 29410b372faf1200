/**
 * `tsx build-tools/run-parallel.ts [--beside=SCRIPT] check lint …`: runs those npm scripts side
 * by side, prints each one's output whole when it ends (so the outputs do not interleave), and
 * exits 1 if any failed.
 *
 * - Without `--beside` (`npm run static`), they share the cores as equals: each is one process on
 *   one core, and side by side on two cores they take about half the time they take one after
 *   another.
 * - With `--beside=SCRIPT` (`npm test`), SCRIPT runs first in rank, its output passed on as it
 *   comes, and the others at the lowest priority (`nice -n 19`), on what CPU it leaves idle: the
 *   browser tests wait on their pages part of the time, and the static checks fill that time
 *   instead of taking half a minute of their own before the tests start.
 */
import { spawn } from 'node:child_process';

/** One script's run: its exit code and everything it printed, stdout and stderr in order. */
interface Run {
  script: string;
  code: number;
  output: string;
  seconds: number;
}

/** How a script runs: its output kept for the end, or passed on as it comes; its priority. */
interface Mode {
  live: boolean;
  lowest: boolean;
}

function run(script: string, { live, lowest }: Mode): Promise<Run> {
  const started = performance.now();
  const npm = ['npm', 'run', '--silent', script];
  const [command = 'npm', ...args] = lowest ? ['nice', '-n', '19', ...npm] : npm;
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', live ? 'inherit' : 'pipe', live ? 'inherit' : 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('close', (code) =>
      resolve({
        script,
        code: code ?? 1,
        output: Buffer.concat(chunks).toString('utf8'),
        seconds: (performance.now() - started) / 1000,
      }),
    );
  });
}

/** Prints a run's verdict, then what it printed if it was kept. */
function report(r: Run): Run {
  const verdict = r.code === 0 ? 'ok' : `failed (exit ${r.code})`;
  process.stdout.write(`\n> npm run ${r.script}: ${verdict}, ${r.seconds.toFixed(1)} s\n`);
  process.stdout.write(r.output);
  return r;
}

const BESIDE = '--beside=';
const args = process.argv.slice(2);
const first = args.find((a) => a.startsWith(BESIDE))?.slice(BESIDE.length);
const scripts = args.filter((a) => !a.startsWith(BESIDE));

const runs = await Promise.all([
  ...(first ? [run(first, { live: true, lowest: false }).then(report)] : []),
  ...scripts.map((script) =>
    run(script, { live: false, lowest: first !== undefined }).then(report),
  ),
]);
const failed = runs.filter((r) => r.code !== 0).map((r) => r.script);
if (failed.length > 0) {
  process.stderr.write(`\nfailed: ${failed.join(', ')}\n`);
  process.exit(1);
}
