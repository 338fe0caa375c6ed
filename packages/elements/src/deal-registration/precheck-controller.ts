import {
  CompanyName,
  CountryCode,
  DealType,
  Domain,
  type DealCheckInput,
  type DealVerdict,
} from '@partnerkit/contracts';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbort } from '../internal/resource-controller.js';

export const PRECHECK_DELAY_MS = 400;

interface PrecheckOptions {
  check: (input: DealCheckInput, signal: AbortSignal) => Promise<DealVerdict>;
  onVerdict: (verdict: DealVerdict) => void;
}

/** Only the parts the contracts accept: a half-typed domain must not block the name check. */
export function precheckInput(values: {
  name?: unknown;
  domain?: unknown;
  country?: unknown;
  dealType?: unknown;
}): DealCheckInput | undefined {
  const name = CompanyName.safeParse(values.name);
  if (!name.success) return undefined;
  const domain = Domain.safeParse(values.domain);
  const country = CountryCode.safeParse(values.country);
  const dealType = DealType.safeParse(values.dealType);
  return {
    company: {
      name: name.data,
      ...(domain.success && domain.data ? { domain: domain.data } : {}),
      ...(country.success ? { country: country.data } : {}),
    },
    ...(dealType.success ? { dealType: dealType.data } : {}),
  };
}

/**
 * The live duplicate/conflict check while the partner types: debounced, and each new check
 * aborts the one before so a slow answer never overwrites a newer one.
 */
export class PrecheckController implements ReactiveController {
  verdict: DealVerdict | undefined;
  checking = false;
  readonly #host: ReactiveControllerHost;
  readonly #options: PrecheckOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | undefined;
  #lastKey = '';

  constructor(host: ReactiveControllerHost, options: PrecheckOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Schedules a check of `input`; `undefined` (no usable company name yet) clears it. */
  schedule(input: DealCheckInput | undefined): void {
    const key = JSON.stringify(input ?? null);
    if (key === this.#lastKey) return;
    this.#lastKey = key;
    this.cancel();
    if (!input) {
      this.verdict = undefined;
      this.#host.requestUpdate();
      return;
    }
    this.#timer = setTimeout(() => void this.#run(input), PRECHECK_DELAY_MS);
  }

  cancel(): void {
    clearTimeout(this.#timer);
    this.#abort?.abort();
    this.#abort = undefined;
    if (this.checking) {
      this.checking = false;
      this.#host.requestUpdate();
    }
  }

  reset(): void {
    this.cancel();
    this.#lastKey = '';
    this.verdict = undefined;
    this.#host.requestUpdate();
  }

  async #run(input: DealCheckInput): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    this.checking = true;
    this.#host.requestUpdate();
    try {
      const verdict = await this.#options.check(input, abort.signal);
      if (abort.signal.aborted) return;
      this.verdict = verdict;
      this.#options.onVerdict(verdict);
    } catch (error) {
      // A failed pre-check only loses a hint; the submit will report real problems.
      if (!isAbort(error) && !abort.signal.aborted) this.verdict = undefined;
    } finally {
      if (this.#abort === abort) {
        this.checking = false;
        this.#abort = undefined;
        this.#host.requestUpdate();
      }
    }
  }
}
