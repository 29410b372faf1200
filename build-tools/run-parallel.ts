/**
 * `tsx build-tools/run-parallel.ts check lint …`: runs those npm scripts side by side, prints
 * each one's output whole when it ends (so the outputs do not interleave), and exits 1 if any
 * failed. `npm test` runs its static checks with it: each is one process on one core, and side
 * by side on two cores they take about half the time they take one after another.
 */
import { spawn } from 'node:child_process';

/** One script's run: its exit code and everything it printed, stdout and stderr in order. */
interface Run {
  script: string;
  code: number;
  output: string;
  seconds: number;
}

function run(script: string): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
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

const runs = await Promise.all(
  process.argv.slice(2).map((script) =>
    run(script).then((r) => {
      const verdict = r.code === 0 ? 'ok' : `failed (exit ${r.code})`;
      process.stdout.write(`\n> npm run ${r.script}: ${verdict}, ${r.seconds.toFixed(1)} s\n`);
      process.stdout.write(r.output);
      return r;
    }),
  ),
);
const failed = runs.filter((r) => r.code !== 0).map((r) => r.script);
if (failed.length > 0) {
  process.stderr.write(`\nfailed: ${failed.join(', ')}\n`);
  process.exit(1);
}
