export { createApp, type App, type AppOptions } from './app.js';
export { createDatabase, type Database, type DatabaseOptions } from './db/database.js';
export { migrate } from './db/migrate.js';
