import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ResourceStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

export interface ResourceOptions<T> {
  load: (signal: AbortSignal) => Promise<T>;
  isEmpty?: (value: T) => boolean;
  /**
   * Runs when a load succeeds, before the host renders the value, so state derived from it (a
   * form's starting values) lands in the same render instead of a second one.
   */
  onLoad?: (value: T) => void;
  onError?: (error: unknown) => void;
}

export interface ResourceViews<T> {
  loading: () => unknown;
  error: (error: unknown, retry: () => void) => unknown;
  ready: (value: T) => unknown;
  empty?: () => unknown;
}

function isAbort(error: unknown): boolean {
  return (
    (error instanceof DOMException && error.name === 'AbortError') ||
    (typeof error === 'object' &&
      error !== null &&
      (error as { code?: unknown }).code === 'aborted')
  );
}

/**
 * One async resource of a widget: loading / empty / error / ready, a retry, and the request
 * aborted when the element leaves the page or a newer load starts.
 */
export class ResourceController<T> implements ReactiveController {
  status: ResourceStatus = 'idle';
  value: T | undefined;
  error: unknown;
  readonly #host: ReactiveControllerHost;
  readonly #options: ResourceOptions<T>;
  #abort: AbortController | undefined;
  #run: Promise<void> | undefined;

  constructor(host: ReactiveControllerHost, options: ResourceOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    if (this.status === 'loading') this.status = 'idle';
  }

  /** Settles when the current load does; lets tests and hosts await the outcome. */
  get settled(): Promise<void> {
    return this.#run ?? Promise.resolve();
  }

  run(): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.status = 'loading';
    this.error = undefined;
    this.#host.requestUpdate();
    const run = this.#options.load(abort.signal).then(
      (value) => {
        if (abort.signal.aborted) return;
        this.value = value;
        this.status = this.#options.isEmpty?.(value) ? 'empty' : 'ready';
        this.#options.onLoad?.(value);
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (abort.signal.aborted || isAbort(error)) return;
        this.error = error;
        this.status = 'error';
        this.#options.onError?.(error);
        this.#host.requestUpdate();
      },
    );
    this.#run = run;
    return run;
  }

  render(views: ResourceViews<T>): unknown {
    switch (this.status) {
      case 'idle':
      case 'loading':
        return views.loading();
      case 'error':
        return views.error(this.error, () => void this.run());
      case 'empty':
        return views.empty ? views.empty() : views.ready(this.value as T);
      case 'ready':
        return views.ready(this.value as T);
    }
  }
}

export { isAbort };
