import type { BotLogger } from '../log.js';

/**
 * Why a client was turned away or dropped; each is a count in the summary line. `aborted`: the
 * client went away before its request was all sent; `timeout`: it was too slow sending it (408).
 */
export type RejectReason = 'bad_signature' | 'too_large' | 'malformed' | 'not_found' | 'method_not_allowed' | 'unhandled' | 'aborted' | 'timeout';

/**
 * Counts rejected and dropped requests and writes one `requests rejected` line per interval with
 * the counts by reason, instead of a line each: a scanner sending thousands of unsigned requests
 * must not flood the logs (or the log drain's bill). The first rejection starts the interval; a
 * quiet interval writes nothing. `flush()` writes what is pending (at shutdown).
 *
 * @example
 * const rejects = new RejectSummary(logger, 60_000);
 * rejects.add('bad_signature'); rejects.add('bad_signature');
 * // a minute later: {"msg":"requests rejected","total":2,"bad_signature":2,"seconds":60}
 */
export class RejectSummary {
  private counts = new Map<RejectReason, number>();
  private timer: NodeJS.Timeout | undefined;
  private since = 0;

  constructor(
    private readonly logger: BotLogger,
    readonly intervalMs = 60_000,
  ) {}

  add(reason: RejectReason): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + 1);
    if (this.timer) return;
    this.since = Date.now();
    this.timer = setTimeout(() => this.flush(), this.intervalMs);
    this.timer.unref();
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.counts.size === 0) return;
    let total = 0;
    for (const n of this.counts.values()) total += n;
    this.logger.event('warn', 'requests rejected', { total, ...Object.fromEntries(this.counts), seconds: Math.round((Date.now() - this.since) / 1000) });
    this.counts = new Map();
  }
}

/**
 * A logger for Bolt's receiver and app that turns their one-warning-per-rejected-request lines
 * into counts in the summary (kept at debug level), and passes every other line through.
 */
export function summarisingLogger(logger: BotLogger, summary: RejectSummary, rules: ReadonlyArray<readonly [RegExp, RejectReason | null]>): BotLogger {
  return {
    ...logger,
    warn: (...msg: unknown[]) => {
      const text = msg.map((m) => (m instanceof Error ? m.message : String(m))).join(' ');
      const rule = rules.find(([pattern]) => pattern.test(text));
      if (!rule) return logger.warn(...msg);
      if (rule[1]) summary.add(rule[1]);
      logger.debug(...msg);
    },
  };
}
