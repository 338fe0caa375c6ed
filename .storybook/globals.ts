import { LOCALES } from '@partnerkit/contracts';
import type { Preview } from '@storybook/web-components-vite';

const LOCALE_NAMES: Record<(typeof LOCALES)[number], string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ja: '日本語',
  ar: 'العربية (RTL)',
};

/** Toolbar menus: every story renders in the chosen locale and theme. */
export const globalTypes: Preview['globalTypes'] = {
  locale: {
    description: 'Locale of the widgets',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      items: LOCALES.map((value) => ({ value, title: LOCALE_NAMES[value] })),
      dynamicTitle: true,
    },
  },
  theme: {
    description: 'Theme of the widgets',
    toolbar: {
      title: 'Theme',
      icon: 'contrast',
      items: [
        { value: 'light', title: 'Light', icon: 'sun' },
        { value: 'dark', title: 'Dark', icon: 'moon' },
        { value: 'auto', title: 'Auto (system)', icon: 'browser' },
      ],
      dynamicTitle: true,
    },
  },
};

export const initialGlobals: Preview['initialGlobals'] = { locale: 'en', theme: 'light' };

/** The narrowest width every widget must work at (WCAG reflow). */
export const viewports = {
  narrow: {
    name: 'Narrow (320 px)',
    styles: { width: '320px', height: '720px' },
    type: 'mobile' as const,
  },
  tablet: {
    name: 'Tablet (768 px)',
    styles: { width: '768px', height: '1024px' },
    type: 'tablet' as const,
  },
};
