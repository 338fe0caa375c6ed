import type { Me } from '@partnerkit/contracts';
import type { Values } from './paths.js';

export interface Draft {
  values: Values;
  /** Kept after a submit that may have reached the server, so its retry never duplicates. */
  idempotencyKey?: string;
  savedAt: string;
}

/**
 * Drafts in localStorage, one per widget, tenant, partner and user, so two people sharing a
 * browser never see each other's half-typed deals.
 */
export class DraftStore {
  readonly #key: string;

  constructor(widget: string, me: Me) {
    this.#key = `pk-draft:${widget}:${me.tenant.id}:${me.partner.id}:${me.user.id}`;
  }

  load(): Draft | undefined {
    try {
      const raw = localStorage.getItem(this.#key);
      if (!raw) return undefined;
      const draft = JSON.parse(raw) as Draft;
      return draft && typeof draft.values === 'object' ? draft : undefined;
    } catch {
      return undefined;
    }
  }

  save(draft: Omit<Draft, 'savedAt'>): void {
    try {
      localStorage.setItem(
        this.#key,
        JSON.stringify({ ...draft, savedAt: new Date().toISOString() }),
      );
    } catch {
      // Storage full or blocked (private mode): the form keeps working without autosave.
    }
  }

  clear(): void {
    try {
      localStorage.removeItem(this.#key);
    } catch {
      // Blocked storage has nothing to clear.
    }
  }
}
