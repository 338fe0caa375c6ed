// The shell commands that the repository's READMEs tell a reader to run: every line of a ```sh
// block (continuations joined, comments dropped) and every inline `pnpm …`, `bash …`, `node …`,
// `npx …` span of the prose and tables.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const INLINE = /`((?:pnpm|bash|node|npx|curl) [^`]+)`/g;

/** README.md of the root, of each package and of each app, relative to `root`. */
export function readmes(root) {
  const found = ['README.md'];
  for (const group of ['packages', 'apps']) {
    for (const entry of readdirSync(join(root, group), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const path = join(root, group, entry.name, 'README.md');
      try {
        readFileSync(path);
        found.push(relative(root, path));
      } catch {
        // A package without a README has no commands to check.
      }
    }
  }
  return found;
}

function shellLines(block) {
  const lines = [];
  let pending = '';
  for (const raw of block.split('\n')) {
    const line = raw.trim();
    if (pending === '' && (line === '' || line.startsWith('#'))) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1).trim()} `;
      continue;
    }
    const command = (pending + line).replace(/\s+#\s.*$/, '').trim();
    pending = '';
    if (command) lines.push(command);
  }
  return lines;
}

/** `[{ readme, command }]` in the order the READMEs give them, each command once per README. */
export function readmeCommands(root) {
  const commands = [];
  for (const readme of readmes(root)) {
    const text = readFileSync(join(root, readme), 'utf8');
    const seen = new Set();
    const add = (command) => {
      if (seen.has(command)) return;
      seen.add(command);
      commands.push({ readme, command });
    };
    const prose = text.replace(/```(\w*)\n([\s\S]*?)```/g, (_, language, body) => {
      if (language === 'sh') shellLines(body).forEach(add);
      return '';
    });
    for (const [, command] of prose.matchAll(INLINE)) add(command.trim());
  }
  return commands;
}
