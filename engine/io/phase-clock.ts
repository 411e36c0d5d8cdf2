/**
 * Where a batch run spends its time: wall and CPU seconds per phase (reading, evaluating, writing...), printed to
 * stderr when `CRM_RULES_PHASES=1` is set. Phases run one after another, so CPU time is read only at their
 * boundaries; work interleaved with reading (the register builder's rows) is timed by wall clock per call and
 * reported as its own line inside the reading phase.
 */
import { performance } from 'node:perf_hooks';

/** One phase's figures in seconds. */
export interface PhaseTime {
  name: string;
  wall: number;
  cpu: number;
  /** Part of an enclosing phase (timed per call), not a phase of its own. */
  inner?: boolean;
}

/** Records phase times; a disabled clock runs the phases and records nothing. */
export class PhaseClock {
  readonly phases: PhaseTime[] = [];
  /** Inner timings by name, with the phase that was running when they were set up. */
  private readonly inner = new Map<string, { within: string; ms: number }>();
  private running = '';

  constructor(readonly enabled: boolean) {}

  /** Run `work` as phase `name`. */
  async time<T>(name: string, work: () => Promise<T> | T): Promise<T> {
    if (!this.enabled) return work();
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    this.running = name;
    try {
      return await work();
    } finally {
      const cpu = process.cpuUsage(cpu0);
      this.phases.push({ name, wall: (performance.now() - wall0) / 1000, cpu: (cpu.user + cpu.system) / 1e6 });
    }
  }

  /**
   * `fn` wrapped so that its calls add up under `name` (wall time), or `fn` itself when the clock is disabled, so a
   * normal run pays nothing for it.
   */
  timed<A extends unknown[], R>(name: string, fn: (...args: A) => R): (...args: A) => R {
    if (!this.enabled) return fn;
    const entry = this.inner.get(name) ?? { within: this.running, ms: 0 };
    this.inner.set(name, entry);
    return (...args: A): R => {
      const t0 = performance.now();
      try {
        return fn(...args);
      } finally {
        entry.ms += performance.now() - t0;
      }
    };
  }

  /** The phases in order, each followed by the inner timings recorded while it ran. */
  report(): PhaseTime[] {
    const out: PhaseTime[] = [];
    for (const p of this.phases) {
      out.push(p);
      for (const [name, { within, ms }] of this.inner) {
        if (within === p.name) out.push({ name, wall: ms / 1000, cpu: ms / 1000, inner: true });
      }
    }
    return out;
  }

  /** The report as text lines: `phase  wall s  cpu s`, with a total. */
  text(): string {
    const rows = this.report();
    const total = this.phases.reduce((t, p) => ({ wall: t.wall + p.wall, cpu: t.cpu + p.cpu }), { wall: 0, cpu: 0 });
    const line = (name: string, wall: number, cpu: number): string =>
      `  ${name.padEnd(28)} ${wall.toFixed(2).padStart(7)} s wall ${cpu.toFixed(2).padStart(7)} s cpu`;
    return ['phases:', ...rows.map((r) => line(r.inner ? `  (${r.name})` : r.name, r.wall, r.cpu)),
      line('total', total.wall, total.cpu)].join('\n');
  }
}
