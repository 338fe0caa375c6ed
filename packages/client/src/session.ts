import { AuthenticationError } from './errors.js';

export type SessionTokenProvider = () => Promise<string>;

/**
 * The partner session token and how to get a new one. Concurrent calls that find the token
 * missing or expired share one provider call instead of each asking for their own.
 */
export class SessionTokens {
  #token: string | undefined;
  #pending: Promise<string> | undefined;
  readonly #provider: SessionTokenProvider | undefined;

  constructor(token: string | undefined, provider: SessionTokenProvider | undefined) {
    this.#token = token;
    this.#provider = provider;
  }

  get canRefresh(): boolean {
    return this.#provider !== undefined;
  }

  set(token: string | undefined): void {
    this.#token = token;
  }

  /** The current token, asking the provider when there is none. */
  async get(): Promise<string | undefined> {
    const provider = this.#provider;
    return this.#token ?? (provider ? this.#fetch(provider) : undefined);
  }

  /**
   * A replacement for `rejected`, the token a request was refused with. When another call has
   * already replaced it, that newer token is used without asking the provider again.
   */
  async refresh(rejected: string | undefined): Promise<string | undefined> {
    if (this.#token !== undefined && this.#token !== rejected) return this.#token;
    const provider = this.#provider;
    return provider ? this.#fetch(provider) : undefined;
  }

  #fetch(provider: SessionTokenProvider): Promise<string> {
    // Started inside a promise so that a provider throwing synchronously is handled alike.
    this.#pending ??= Promise.resolve()
      .then(provider)
      .then(
        (token) => {
          this.#token = token;
          return token;
        },
        (cause: unknown) => {
          throw new AuthenticationError({
            message: 'The sessionTokenProvider failed to provide a session token',
            status: 0,
            code: 'unauthorized',
            cause,
          });
        },
      )
      .finally(() => {
        this.#pending = undefined;
      });
    return this.#pending;
  }
}
