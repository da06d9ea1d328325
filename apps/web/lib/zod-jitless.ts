/**
 * zod compiles fast parsers with `new Function` when it may; merely probing for
 * that breaks the dashboard's CSP (no 'unsafe-eval') and logs a violation on
 * every page. The dashboard parses small answers: the interpreter is plenty.
 * Imported first by the session provider, which every page loads.
 */
import { z } from "zod";

z.config({ jitless: true });
