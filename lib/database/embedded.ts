// The embedded default: PGlite (PostgreSQL compiled to WebAssembly) serving a data folder on a
// Unix socket, so the app talks to it with the same pg driver it uses for PostgreSQL servers.
// One process owns a data folder at a time; a lock file says which, and a second opener is refused.
//
// PGlite asks for no password (any one is accepted), so the socket itself is the lock: it lives in
// a folder of its own that only the portal's user may enter (mode 0700), and there is no TCP port.
// Another local user cannot connect at all (issue 7 item 11).
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface EmbeddedDatabase {
  /** postgresql:// URL of the socket server. */
  url: string;
  /** Closes the server and the database, and frees the data folder. */
  stop(): Promise<void>;
  /** The data folder as an uncompressed tar, for `loadDataDir` (the tests' migrated template). */
  dumpDataDir(): Promise<Blob>;
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

/** PostgreSQL's name for the socket file in a socket folder (what pg looks for, given the folder). */
const socketPort = 5432;

/**
 * Starts PGlite on `folder` (or in memory when it is null) and serves it on a Unix socket in a new
 * private folder (0700) under the system's temporary folder: short enough for a socket path
 * (at most 107 bytes) wherever the data folder is. Clients must keep to `embeddedPoolSize`
 * connections each (see above).
 */
export async function startEmbeddedDatabase(
  folder: string | null,
  options: { maxConnections?: number; loadDataDir?: Blob } = {},
): Promise<EmbeddedDatabase> {
  const unlock = folder ? await lockFolder(folder) : async () => {};
  const socketFolder = await mkdtemp(path.join(os.tmpdir(), 'portal-db-'));
  const removeSocketFolder = () => rm(socketFolder, { recursive: true, force: true });
  try {
    await chmod(socketFolder, 0o700);
    const pglite = await PGlite.create({
      dataDir: folder ? path.join(folder, 'pglite') : undefined,
      // A data folder dumped by dumpDataDir (the tests' migrated template): no initdb to run.
      loadDataDir: options.loadDataDir,
    });
    const server = new PGLiteSocketServer({
      db: pglite,
      path: path.join(socketFolder, `.s.PGSQL.${socketPort}`),
      maxConnections: options.maxConnections ?? 32,
    });
    await server.start();
    // pg reads `host` as the socket folder when it starts with a slash.
    const url = `postgresql://postgres@localhost:${socketPort}/postgres?host=${encodeURIComponent(socketFolder)}&sslmode=disable`;
    let stopped = false;
    return {
      url,
      dumpDataDir: () => pglite.dumpDataDir('none'),
      async stop() {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await pglite.close();
        await removeSocketFolder();
        await unlock();
      },
    };
  } catch (error) {
    await removeSocketFolder();
    await unlock();
    throw error;
  }
}
