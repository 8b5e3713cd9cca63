import { createParser } from 'eventsource-parser';
import type { HubClient } from './client.ts';

/**
 * Listens to the hub's server-sent events until `signal` aborts: every event is only "a new version
 * exists, pull" (onPoke); a (re)opened stream calls onOpen, since changes may have been missed while it
 * was down. Resolves when the stream ends or fails; the caller decides when to listen again.
 */
export async function listenForPokes(
  client: HubClient,
  signal: AbortSignal,
  handlers: { onOpen: () => void; onPoke: () => void },
): Promise<void> {
  const stream = await client.events(signal);
  handlers.onOpen();
  const parser = createParser({ onEvent: () => handlers.onPoke() });
  const decoder = new TextDecoder();
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      parser.feed(decoder.decode(value, { stream: true }));
    }
  } finally {
    reader.releaseLock();
  }
}
