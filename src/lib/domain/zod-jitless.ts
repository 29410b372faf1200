/**
 * Zod compiles object parsers with `new Function` when it can, and probes for that by calling it
 * once. Under the page's Content-Security-Policy (no 'unsafe-eval') even the probe is a reported
 * violation, so every module that builds a schema imports this first.
 */
import { z } from 'zod';

z.config({ jitless: true });
