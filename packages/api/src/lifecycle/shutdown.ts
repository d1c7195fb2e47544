import { rootLogger } from "../observability/logger";

type Hook = { name: string; order: number; run: () => Promise<void> };
type ShutdownState = { hooks: Hook[]; running?: Promise<void> };

/**
 * The process-wide registry. It lives on globalThis under a Symbol.for key because the server
 * launcher (scripts/serve.mjs, plain Node outside Next's bundles) calls it after the HTTP server
 * has drained, and Next may bundle this module more than once.
 */
export const SHUTDOWN_KEY = Symbol.for("healio.shutdown");
const STATE_KEY = Symbol.for("healio.shutdown.state");
const holder = globalThis as unknown as Record<symbol, unknown>;
const state = (holder[STATE_KEY] ??= { hooks: [] }) as ShutdownState;

/**
 * Registers work for a graceful stop. Hooks run one after another by `order` (lower first): stop
 * background workers before closing the pool they use. Registering a name again replaces it
 * (Next dev reloads modules).
 */
export function onShutdown(name: string, run: () => Promise<void>, order = 0): void {
  state.hooks = state.hooks.filter((h) => h.name !== name);
  state.hooks.push({ name, order, run });
}

/** Runs every hook once (later calls get the same promise); a failing hook is logged, the rest still run. */
export function runShutdownHooks(): Promise<void> {
  state.running ??= (async () => {
    const log = rootLogger().child({ component: "shutdown" });
    for (const hook of [...state.hooks].sort((a, b) => a.order - b.order)) {
      const started = performance.now();
      try {
        await hook.run();
        log.info({ hook: hook.name, durationMs: Math.round(performance.now() - started) }, "shutdown step done");
      } catch (error) {
        log.error({ hook: hook.name, err: error }, "shutdown step failed");
      }
    }
  })();
  return state.running;
}

holder[SHUTDOWN_KEY] = runShutdownHooks;
