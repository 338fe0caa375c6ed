declare const __PK_DEV__: boolean | undefined;

/** True unless a production build defines `__PK_DEV__` as `false`. */
export const DEV_MODE = typeof __PK_DEV__ === 'undefined' ? true : __PK_DEV__;

/** Logs a configuration problem in development builds only; production stays silent. */
export function devWarn(message: string): void {
  if (DEV_MODE) console.warn(`[PartnerKit] ${message}`);
}
