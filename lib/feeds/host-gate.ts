/**
 * One request at a time per host, with a pause between two: polite to the sites we read.
 * Per process; several workers on other machines each keep their own gate.
 */
export class HostGate {
  private tails = new Map<string, Promise<unknown>>();
  private last = new Map<string, number>();

  constructor(private readonly delayMs: number) {}

  run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const host = new URL(url).host;
    const previous = this.tails.get(host) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        const wait = (this.last.get(host) ?? 0) + this.delayMs - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        try {
          return await task();
        } finally {
          this.last.set(host, Date.now());
        }
      });
    this.tails.set(host, next);
    return next;
  }
}
