// Progress of long work on stderr, so stdout (problem lines, JSON figures) stays parseable. On a terminal one line
// is redrawn in place (\r, at most 10 times a second); elsewhere (CI logs) plain lines, few of them.

export type ProgressStream = { isTTY?: boolean; write(text: string): unknown };
export type ProgressOptions = {
  stream?: ProgressStream;
  /** Milliseconds; injectable so tests can drive the throttling. */
  now?: () => number;
};

/** Redraws on a terminal at most this often. */
export const REDRAW_MS = 100;
/** Without a terminal, a count line at most once per this share of the total, or once per PLAIN_MS. */
export const PLAIN_SHARE = 0.1;
export const PLAIN_MS = 10_000;
/** ... and never two within this, so a quick stage prints little more than its start and end. */
export const PLAIN_GAP_MS = 1000;
/** On a terminal, a stage shorter than this leaves no line behind (a quick check prints only its problems). */
export const KEEP_MS = 1000;

const seconds = (ms: number) =>
  ms < 10_000
    ? `${(ms / 1000).toFixed(1)} s`
    : ms < 120_000
      ? `${Math.round(ms / 1000)} s`
      : ms < 7_200_000
        ? `${Math.round(ms / 60_000)} min`
        : `${(ms / 3_600_000).toFixed(1)} h`;
const count = (n: number) => n.toLocaleString('en-US');

export class Progress {
  private readonly stream: ProgressStream;
  private readonly now: () => number;
  private readonly tty: boolean;
  private name = '';
  private unit = '';
  private total = 0;
  private done = 0;
  private started = 0;
  private drawnAt = -Infinity;
  private printedAt = 0;
  private printedDone = 0;
  private drawn = false;

  constructor({ stream = process.stderr, now = () => performance.now() }: ProgressOptions = {}) {
    this.stream = stream;
    this.now = now;
    this.tty = stream.isTTY === true;
  }

  /** Starts a stage; `total` is how many `unit`s it will count (0 when it counts nothing). */
  stage(name: string, total = 0, unit = ''): void {
    if (this.name) this.end();
    Object.assign(this, { name, total, unit, done: 0, started: this.now(), drawnAt: -Infinity, printedDone: 0 });
    this.printedAt = this.started;
    if (this.tty) this.draw();
    else this.stream.write(`${name}: started${total ? `, 0/${count(total)} ${unit}` : ''}\n`);
  }

  /** Sets the stage's count; drawn only when the throttle allows. */
  update(done: number): void {
    if (!this.name) return;
    this.done = Math.min(done, this.total || done);
    const now = this.now();
    if (this.tty) {
      if (now - this.drawnAt >= REDRAW_MS) this.draw(now);
      return;
    }
    const share = this.total ? (this.done - this.printedDone) / this.total : 0;
    const since = now - this.printedAt;
    if (this.done < this.total && since >= PLAIN_GAP_MS && (share >= PLAIN_SHARE || since >= PLAIN_MS)) {
      this.stream.write(`${this.name}: ${this.counts(now)}\n`);
      this.printedAt = now;
      this.printedDone = this.done;
    }
  }

  /** Ends the stage with its counts and time; `note` replaces the count. A terminal keeps only a long stage's line. */
  end(note?: string): void {
    if (!this.name) return;
    const elapsed = this.now() - this.started;
    const what = note ?? (this.unit ? `${count(this.done)} ${this.unit}` : 'done');
    const clear = this.tty && this.drawn ? '\r\x1b[K' : '';
    if (this.tty && elapsed < KEEP_MS) this.stream.write(clear);
    else this.stream.write(`${clear}${this.name}: ${what} in ${seconds(elapsed)}\n`);
    this.name = '';
    this.drawn = false;
  }

  /** Prints a line of its own (stderr) without breaking the line being redrawn. */
  log(line: string): void {
    this.stream.write(`${this.tty && this.drawn ? '\r\x1b[K' : ''}${line}\n`);
    if (this.tty && this.name) this.draw();
  }

  /** On a terminal, shows `text` (a child process's latest progress) after the stage's name; elsewhere nothing. */
  detail(text: string): void {
    if (!this.tty || !this.name) return;
    const now = this.now();
    if (now - this.drawnAt < REDRAW_MS) return;
    this.stream.write(`\r\x1b[K${this.name}: ${text}`);
    this.drawnAt = now;
    this.drawn = true;
  }

  /** A callback for library code that reports (done, total) and knows nothing of terminals. */
  counter = (name: string, unit: string) => {
    let started = false;
    return (done: number, total: number) => {
      if (!started) {
        this.stage(name, total, unit);
        started = true;
      } else if (this.name === name) this.total = total;
      this.update(done);
    };
  };

  private counts(now: number): string {
    if (!this.total) return `${count(this.done)} ${this.unit}`.trim();
    const text = `${count(this.done)}/${count(this.total)} ${this.unit} (${Math.floor((100 * this.done) / this.total)}%)`;
    const elapsed = now - this.started;
    if (this.done === 0 || this.done >= this.total || elapsed < 1000) return text;
    return `${text}, about ${seconds((elapsed / this.done) * (this.total - this.done))} left`;
  }

  private draw(now = this.now()): void {
    this.stream.write(`\r\x1b[K${this.name}: ${this.total ? this.counts(now) : '…'}`);
    this.drawnAt = now;
    this.drawn = true;
  }
}
