import { installContextRoot } from './context-root.js';
import { devWarn } from './dev-mode.js';

export const VERSION = '0.1.0';

type PkConstructor = CustomElementConstructor & { version?: string };

/**
 * Registers a tag unless the page already has it: we run on other people's pages, where a
 * second copy of PartnerKit (or another library) may have claimed the name first.
 */
export function defineElement(tag: string, constructor: PkConstructor): void {
  installContextRoot();
  const existing = customElements.get(tag) as PkConstructor | undefined;
  if (existing) {
    if (existing !== constructor) {
      const holder = existing.version ? `PartnerKit ${existing.version}` : 'another library';
      console.warn(
        `[PartnerKit] <${tag}> is already defined by ${holder}; version ${VERSION} was not registered.`,
      );
    }
    return;
  }
  customElements.define(tag, constructor);
}

export { devWarn };
