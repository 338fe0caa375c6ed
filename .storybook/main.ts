import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../packages/elements/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', 'msw-storybook-addon'],
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  // Storybook's own preview bundle (axe, docs) is over Vite's 500 kB warning by design; the
  // widgets' weight is enforced by packages/elements' size budget, not here.
  viteFinal: (vite) => mergeConfig(vite, { build: { chunkSizeWarningLimit: 2048 } }),
};

export default config;
