// The embedded default: PGlite (PostgreSQL compiled to WebAssembly) serving a data folder on a
// loopback socket, so the app talks to it with the same pg driver it uses for PostgreSQL servers.
// One process owns a data folder at a time; a lock file says which, and a second opener is refused.
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface EmbeddedDatabase {
  /** postgresql:// URL of the socket server. */
  url: string;
  /** Closes the server and the database, and frees the data folder. */
  stop(): Promise<void>;
}

export class DataFolderInUseError extends Error {
  constructor(folder: string, pid: number) {
    super(
      `The embedded database in ${folder} is in use by process ${pid}. Stop that process first ` +
        '(only one process may open a data folder), or set PORTAL_DATA_DIR to another folder.',
    );
    this.name = 'DataFolderInUseError';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function lockFolder(folder: string): Promise<() => Promise<void>> {
  await mkdir(folder, { recursive: true });
  const lockFile = path.join(folder, 'portal.lock');
  for (;;) {
    try {
      await writeFile(lockFile, String(process.pid), { flag: 'wx' });
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
      if (owner && isRunning(owner)) throw new DataFolderInUseError(folder, owner);
      await rm(lockFile, { force: true }); // left by a process that died
    }
  }
}

/**
 * PGlite is one PostgreSQL session shared by every socket connection, and the socket server
 * interleaves the messages of different connections: two clients using the extended protocol at once
 * overwrite each other's unnamed prepared statement ("bind message supplies 4 parameters, but
 * prepared statement requires 3", seen under load). So each process talks to the embedded database
 * through one connection at a time: the app's pool has this size (PGlite runs one query at a time
 * anyway, so nothing is lost).
 */
export const embeddedPoolSize = 1;

/**
 * Starts PGlite on `folder` (or in memory when it is null) and serves it on 127.0.0.1 at a free port.
 * Clients must keep to `embeddedPoolSize` connections each (see above).
 */
export async function startEmbeddedDatabase(
  folder: string | null,
  options: { maxConnections?: number } = {},
): Promise<EmbeddedDatabase> {
  const unlock = folder ? await lockFolder(folder) : async () => {};
  try {
    const pglite = await PGlite.create(folder ? path.join(folder, 'pglite') : undefined);
    const server = new PGLiteSocketServer({
      db: pglite,
      host: '127.0.0.1',
      port: 0,
      maxConnections: options.maxConnections ?? 32,
    });
    await server.start();
    const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
    let stopped = false;
    return {
      url,
      async stop() {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await pglite.close();
        await unlock();
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}
