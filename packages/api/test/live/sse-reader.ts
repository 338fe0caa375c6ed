export interface SseMessage {
  id: string | undefined;
  event: string;
  data: string;
}

/**
 * Reads a `text/event-stream` response the way EventSource would, keeping every message and
 * counting comment lines (heartbeats). `next(n)` waits for the n-th message.
 */
export function readSse(response: Response) {
  if (!response.body) throw new Error('The response has no body');
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const messages: SseMessage[] = [];
  let comments = 0;
  let buffer = '';
  let ended = false;
  let wake = (): void => undefined;

  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let boundary: number;
        while ((boundary = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          const message: SseMessage = { id: undefined, event: 'message', data: '' };
          let isMessage = false;
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) {
              comments += 1;
              continue;
            }
            const [field, ...rest] = line.split(':');
            const text = rest.join(':').replace(/^ /, '');
            if (field === 'id') message.id = text;
            if (field === 'event') message.event = text;
            if (field === 'data') {
              message.data += message.data ? `\n${text}` : text;
              isMessage = true;
            }
          }
          if (isMessage) messages.push(message);
        }
        wake();
      }
    } catch {
      // Cancelled by close().
    } finally {
      ended = true;
      wake();
    }
  })();

  async function waitUntil(ready: () => boolean, timeoutMs: number, what: string) {
    const deadline = Date.now() + timeoutMs;
    while (!ready()) {
      if (ended) throw new Error(`The stream ended before ${what}`);
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 100);
      });
    }
  }

  return {
    messages,
    get comments() {
      return comments;
    },
    async next(count: number, timeoutMs = 15_000): Promise<SseMessage[]> {
      await waitUntil(() => messages.length >= count, timeoutMs, `${count} messages`);
      return messages.slice(0, count);
    },
    async waitForComments(count: number, timeoutMs = 5_000): Promise<void> {
      await waitUntil(() => comments >= count, timeoutMs, `${count} comments`);
    },
    async close(): Promise<void> {
      await reader.cancel().catch(() => undefined);
    },
  };
}

export type SseReader = ReturnType<typeof readSse>;
