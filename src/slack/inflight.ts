/**
 * Work still running after Slack got its acknowledgement (posting a reply, opening a modal). A
 * shutdown waits for it, so SIGTERM never cuts a reply in half.
 *
 * @example
 * const inFlight = new InFlight();
 * inFlight.track(client.chat.postMessage(…));
 * await inFlight.drain(8_000); // true when everything settled in time
 */
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();

  track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    const done = (): void => {
      this.pending.delete(work);
    };
    work.then(done, done);
    return work;
  }

  get size(): number {
    return this.pending.size;
  }

  /** Waits for tracked work (including work started while waiting) up to `timeoutMs`. */
  async drain(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.pending.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...this.pending]), new Promise((r) => (timer = setTimeout(r, left)))]);
      clearTimeout(timer);
    }
    return true;
  }
}
