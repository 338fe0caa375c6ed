import type { ReactiveControllerHost } from 'lit';
import { getPath, setPath, type Values } from './paths.js';
import type { FieldIssue } from './validation.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export interface FormOptions {
  /** Every problem of the current values, by dotted path. */
  validate: (values: Values) => FieldIssue[];
  /** The dotted paths the form shows a field for; deeper issues land on their field. */
  fields: () => readonly string[];
  /** Called after each change, e.g. to autosave a draft. */
  onChange?: (values: Values) => void;
}

/**
 * Form state of a widget: values by path, which fields the user has left, and errors from
 * the shared contracts or from the server, shown once a field was touched or a submit tried.
 */
export class FormController {
  values: Values = {};
  submitted = false;
  readonly #touched = new Set<string>();
  #issues = new Map<string, string>();
  #server = new Map<string, string>();
  readonly #host: Host;
  readonly #options: FormOptions;

  constructor(host: Host, options: FormOptions) {
    this.#host = host;
    this.#options = options;
  }

  get(path: string): unknown {
    return getPath(this.values, path);
  }

  set(path: string, value: unknown): void {
    this.values = setPath(this.values, path, value);
    this.#server.delete(this.#fieldOf(path) ?? path);
    this.#revalidate();
    this.#options.onChange?.(this.values);
    this.#host.requestUpdate();
  }

  touch(path: string): void {
    this.#touched.add(path);
    this.#revalidate();
    this.#host.requestUpdate();
  }

  /** Replaces all values (a restored draft, a reset) without marking anything touched. */
  reset(values: Values = {}): void {
    this.values = values;
    this.submitted = false;
    this.#touched.clear();
    this.#server.clear();
    this.#revalidate();
    this.#host.requestUpdate();
  }

  /** The message to show for a field: server errors always, client ones once relevant. */
  error(path: string): string | undefined {
    const server = this.#server.get(path);
    if (server) return server;
    if (!this.submitted && !this.#touched.has(path)) return undefined;
    return this.#issues.get(path);
  }

  /** Marks the form submitted and reports whether it is valid. */
  validate(): boolean {
    this.submitted = true;
    this.#revalidate();
    this.#host.requestUpdate();
    return this.#issues.size === 0;
  }

  get invalidPaths(): string[] {
    return [...new Set([...this.#server.keys(), ...this.#issues.keys()])];
  }

  /** Puts the API's field errors on their fields; returns the ones no field shows. */
  setServerErrors(issues: FieldIssue[]): FieldIssue[] {
    this.#server = new Map();
    const unplaced: FieldIssue[] = [];
    for (const issue of issues) {
      const path = this.#fieldOf(issue.path);
      if (path) {
        if (!this.#server.has(path)) this.#server.set(path, issue.message);
      } else unplaced.push(issue);
    }
    this.#host.requestUpdate();
    return unplaced;
  }

  /** Moves focus to the first invalid field in document order. */
  async focusFirstInvalid(): Promise<void> {
    await this.#host.updateComplete;
    const invalid = new Set(this.invalidPaths.filter((path) => this.error(path)));
    const fields = this.#host.renderRoot.querySelectorAll<HTMLElement>('[data-path]');
    for (const field of fields) {
      if (invalid.has(field.dataset['path'] ?? '')) {
        field.focus();
        return;
      }
    }
  }

  #revalidate(): void {
    this.#issues = new Map();
    for (const issue of this.#options.validate(this.values)) {
      const path = this.#fieldOf(issue.path) ?? issue.path;
      if (!this.#issues.has(path)) this.#issues.set(path, issue.message);
    }
  }

  #fieldOf(path: string): string | undefined {
    return this.#options
      .fields()
      .filter((field) => path === field || path.startsWith(`${field}.`))
      .sort((a, b) => b.length - a.length)[0];
  }
}
