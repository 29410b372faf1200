/**
 * `npm run static`: the static checks side by side, each one's output printed whole when it
 * ends (so the outputs do not interleave); exits 1 if any failed. Each is one process on one
 * core, and side by side on two cores they take about half the time they take one after another.
 */
import { STATIC_CHECKS, report, runScript } from './npm-script.ts';

const runs = await Promise.all(STATIC_CHECKS.map((script) => runScript(script).then(report)));
if (runs.includes(false)) process.exit(1);
