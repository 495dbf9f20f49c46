import type { Fields } from '../log.js';

/** What a piece of work is doing, for the log line if a shutdown has to drop it. */
export interface WorkLabel {
  what: string;
  fields: Fields;
}

/**
 * Work still running after Slack got its acknowledgement (posting a reply, opening a modal). A
 * shutdown waits for it, so SIGTERM never cuts a reply in half, and reports what it had to drop.
 *
 * @example
 * const inFlight = new InFlight();
 * inFlight.track(client.chat.postMessage(…), { what: 'reply', fields: { channel } });
 * const dropped = await inFlight.drain(25_000); // [] when everything settled in time
 */
export class InFlight {
  private readonly pending = new Map<Promise<unknown>, WorkLabel>();
  /** When a shutdown must be done (ms since the epoch); Infinity while running. */
  deadline = Number.POSITIVE_INFINITY;

  track<T>(work: Promise<T>, label: WorkLabel = { what: 'work', fields: {} }): Promise<T> {
    this.pending.set(work, label);
    const done = (): void => {
      this.pending.delete(work);
    };
    work.then(done, done);
    return work;
  }

  get size(): number {
    return this.pending.size;
  }

  /** Whether a wait of `ms` from now would end after the shutdown deadline. */
  outlasts(ms: number): boolean {
    return Date.now() + ms > this.deadline;
  }

  /**
   * Waits for tracked work (including work started while waiting) up to `timeoutMs`, and returns
   * what is still running then (nothing when all of it settled in time).
   */
  async drain(timeoutMs: number): Promise<WorkLabel[]> {
    const deadline = Date.now() + timeoutMs;
    this.deadline = Math.min(this.deadline, deadline);
    while (this.pending.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return [...this.pending.values()];
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...this.pending.keys()]), new Promise((r) => (timer = setTimeout(r, left)))]);
      clearTimeout(timer);
    }
    return [];
  }
}
