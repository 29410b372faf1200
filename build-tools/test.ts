/**
 * `npm test`: vitest (unit, component and browser tests) and the static checks (type check,
 * lint, format check, knip) at once. Vitest runs at normal priority and prints as it goes; the
 * static checks run beside it at idle priority (SCHED_IDLE, see npm-script.ts), so they take the
 * cores' idle moments (the browser tests leave some: a page waiting on its map, the last file
 * alone), where before they ran for half a minute before vitest started.
 * Their outputs are printed whole after vitest's; exits 1 if anything failed.
 */
import { spawn } from 'node:child_process';
import { STATIC_CHECKS, report, runScript } from './npm-script.ts';

const vitest = new Promise<number>((resolve) => {
  const child = spawn('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('error', () => resolve(1));
  child.on('close', (code) => resolve(code ?? 1));
});
const checks = Promise.all(STATIC_CHECKS.map((script) => runScript(script, 'idle')));

const vitestCode = await vitest;
const failed = (await checks).filter((r) => !report(r)).map((r) => r.script);
if (vitestCode !== 0) failed.push('vitest');
if (failed.length > 0) {
  process.stderr.write(`\nfailed: ${failed.join(', ')}\n`);
  process.exit(1);
}
