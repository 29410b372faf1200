/**
 * The page's Content-Security-Policy has no 'unsafe-eval', so zod must never reach `new Function`:
 * even a caught call is a reported violation. The browser code uses zod/mini, whose object parser
 * is never compiled; classic zod's objects and the `zod/compile` shim do compile, and probe for
 * `new Function` first, unless `jitless` is set. Every module that builds a schema imports this
 * first, so no parser of this app can ever compile, whichever zod entry point comes to build it.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });
