/** Structured logs: one JSON object per line, easy to ship to any log store. */
export interface Logger {
  info(record: Record<string, unknown>): void;
  error(record: Record<string, unknown>): void;
}

export const jsonLogger: Logger = {
  info: (record) => process.stdout.write(`${JSON.stringify({ level: 'info', ...record })}\n`),
  error: (record) => process.stderr.write(`${JSON.stringify({ level: 'error', ...record })}\n`),
};

/** Request lines off, errors still visible: what tests want. */
export const quietLogger: Logger = {
  info: () => undefined,
  error: jsonLogger.error,
};
