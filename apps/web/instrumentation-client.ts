/**
 * Runs in the browser before the dashboard's own code: zod without `new Function`
 * (see lib/zod-jitless.ts), whichever module happens to build a schema first.
 */
import "./lib/zod-jitless.ts";
