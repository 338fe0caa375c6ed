/**
 * Pays ahead of time the one-off costs a form's first render would otherwise pay on its way to
 * being interactive: the first region name, collation and number format each load ICU data, and
 * the first localStorage read opens the origin's storage (together 20–200 ms on a busy device).
 * Runs in a task of its own, so requests started just before it are on the network first and
 * this work overlaps their round trip. Best effort: anything that throws is paid for later.
 */
export function warmUp(locale: string): void {
  setTimeout(() => {
    try {
      new Intl.DisplayNames(locale, { type: 'region' }).of('US');
      new Intl.Collator(locale).compare('a', 'b');
      new Intl.NumberFormat(locale).formatToParts(1);
      localStorage.getItem('pk-warm-up');
    } catch {
      // Unsupported or blocked here; the form reports that where it uses the feature.
    }
  }, 0);
}
