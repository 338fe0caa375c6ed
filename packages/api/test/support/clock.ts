/** A clock tests can set and move; the app reads it through `createApp({ clock })`. */
export class TestClock {
  #now = new Date();

  readonly now = (): Date => new Date(this.#now);

  set(date: Date | string): void {
    this.#now = new Date(date);
  }

  advance(ms: number): void {
    this.#now = new Date(this.#now.getTime() + ms);
  }

  reset(): void {
    this.#now = new Date();
  }
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const DAY = 24 * 60 * MINUTE;
