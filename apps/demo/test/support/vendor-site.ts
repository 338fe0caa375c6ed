import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ELEMENTS_DIST = fileURLToPath(
  new URL('../../../../packages/elements/dist/', import.meta.url),
);
const VENDOR_SCRIPTS = fileURLToPath(new URL('../vendor-page/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
};
/** No inline script may run: every script of the page comes from its own origin. */
const CSP = "script-src 'self'; object-src 'none'; base-uri 'none'";

export interface VendorPage {
  /** Module scripts, in the order the page lists them: `/pk/…` is the built `dist/`. */
  scripts: string[];
  /** The widgets sit in a `<pk-portal>` in the markup; false: a script adds the portal later. */
  inPortal: boolean;
}

export interface VendorSite {
  url: string;
  close(): Promise<void>;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function pageHtml(page: VendorPage, apiBase: string, sessionToken: string): string {
  const [base, token] = [escapeAttribute(apiBase), escapeAttribute(sessionToken)];
  const widget = '<pk-deal-registration></pk-deal-registration>';
  const widgets = page.inPortal
    ? `<pk-portal api-base="${base}" session-token="${token}" locale="en">${widget}</pk-portal>`
    : widget;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A vendor's partner page</title>
    <link rel="icon" href="data:," />
    ${page.scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n    ')}
  </head>
  <body data-api-base="${base}" data-session-token="${token}">
    <h1>Register a deal with us</h1>
    <div id="widgets">${widgets}</div>
  </body>
</html>`;
}

/**
 * A vendor's own web page, outside the demo and the repo's sources: plain HTML on its own
 * origin that loads PartnerKit from the built `dist/` under a CSP without inline scripts.
 * `/page/<name>` serves `pages[name]`; `/pk/…` the built elements; `/vendor/…` the page's own
 * scripts (test/vendor-page).
 */
export async function startVendorSite(
  pages: Record<string, VendorPage>,
  apiBase: string,
  sessionToken: string,
): Promise<VendorSite> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': CSP });
      res.end(body);
    };
    const page = path.startsWith('/page/') ? pages[path.slice('/page/'.length)] : undefined;
    if (page) return send(200, TYPES['.html']!, pageHtml(page, apiBase, sessionToken));
    const file = path.startsWith('/pk/')
      ? join(ELEMENTS_DIST, path.slice('/pk/'.length))
      : path.startsWith('/vendor/')
        ? join(VENDOR_SCRIPTS, path.slice('/vendor/'.length))
        : undefined;
    if (!file) return send(404, 'text/plain', 'Not found');
    readFile(file).then(
      (body) => send(200, TYPES[extname(file)] ?? 'application/octet-stream', body),
      () => send(404, 'text/plain', 'Not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
