/**
 * Progress on a terminal: a bar while inputs are read (by bytes) and a line per later stage, on stderr so that
 * stdout stays clean. When stderr is not a terminal (CI, pipes, tests) nothing is shown.
 */
import { SingleBar, Presets } from 'cli-progress';

/** Progress reporting for one run. */
export interface Progress {
  /** Bytes read so far of the total input size. */
  reading(done: number, total: number): void;
  /** A new stage after reading (evaluating, writing). */
  stage(text: string): void;
  stop(): void;
}

/** Progress for the terminal, or silent when `enabled` is false. */
export function createProgress(enabled: boolean = process.stderr.isTTY === true): Progress {
  if (!enabled) return { reading() {}, stage() {}, stop() {} };
  let bar: SingleBar | null = null;
  const endBar = (): void => {
    bar?.stop();
    bar = null;
  };
  return {
    reading(done, total) {
      if (!bar) {
        bar = new SingleBar({
          stream: process.stderr,
          format: 'reading  [{bar}] {percentage}% | {value}/{total} MB',
          hideCursor: true,
        }, Presets.shades_classic);
        bar.start(Math.max(1, Math.round(total / 1e6)), 0);
      }
      bar.update(Math.round(done / 1e6));
    },
    stage(text) {
      endBar();
      process.stderr.write(`${text}...\n`);
    },
    stop: endBar,
  };
}
