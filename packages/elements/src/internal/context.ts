import { createContext } from '@lit/context';
import type { Me } from '@partnerkit/contracts';
import type { PkClient } from './client.js';
import type { PortalI18n } from './i18n.js';

export type ThemeName = 'light' | 'dark' | 'auto';

export interface PortalConfig {
  apiBase: string;
  publishableKey: string | undefined;
}

export interface PortalTheme {
  name: ThemeName;
  /** What `auto` resolves to right now. */
  resolved: 'light' | 'dark';
}

/** Who the session speaks for, loaded once per token and shared by every widget. */
export interface PortalSession {
  me(signal?: AbortSignal): Promise<Me>;
}

export const configContext = createContext<PortalConfig>('pk-config');
export const clientContext = createContext<PkClient>('pk-client');
export const i18nContext = createContext<PortalI18n>('pk-i18n');
export const themeContext = createContext<PortalTheme>('pk-theme');
export const sessionContext = createContext<PortalSession>('pk-session');
