/** `pnpm start` (production builds) and `pnpm dev` (`--dev`: watchers): see launch.ts. */
import { launch } from "./launch.ts";
import { exitOnError } from "./lib/exit.ts";
import { readLaunchOptions } from "./options.ts";
import { listenForStopSignals } from "./stop-signals.ts";

const signals = listenForStopSignals();
await exitOnError(() => launch(readLaunchOptions(process.argv.slice(2), process.env), signals));
