/**
 * Where the server's log goes: stdout, written asynchronously so that a reader
 * that stops reading (a full pipe) or goes away (EPIPE) can never block the
 * event loop — not a request, not the shutdown timer. Lines wait in memory up
 * to a bound and are dropped beyond it; at exit the last lines get a short,
 * bounded attempt to reach the reader instead of an endless retry.
 */
import pino, { type DestinationStream } from "pino";

const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

export interface LogDestination {
  stream: DestinationStream;
  /** From now, stop retrying a stuck destination after `ms` (call before exiting). */
  abandonAfter: (ms: number) => void;
}

export function stdoutLogDestination(fd = 1): LogDestination {
  let giveUpAt = Number.POSITIVE_INFINITY;
  const stream = pino.destination({
    dest: fd,
    sync: false,
    maxLength: MAX_BUFFERED_BYTES,
    retryEAGAIN: () => Date.now() < giveUpAt,
  });
  // A log that cannot be written is not a reason to crash the API.
  stream.on("error", () => undefined);
  // pino flushes synchronously at exit; a stuck reader must not turn that into a hang.
  const flushSync = stream.flushSync.bind(stream);
  stream.flushSync = () => {
    try {
      flushSync();
    } catch {
      // the reader is gone or stuck: these lines are lost, the exit is not
    }
  };
  return {
    stream,
    abandonAfter: (ms) => {
      giveUpAt = Date.now() + ms;
    },
  };
}
