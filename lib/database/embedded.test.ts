import { existsSync } from 'node:fs';
import { mkdtemp, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DataFolderInUseError, startEmbeddedDatabase } from './embedded';

describe('the embedded database', () => {
  it('keeps its data in the folder across restarts and lets one process open it at a time', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'portal-embedded-'));
    const first = await startEmbeddedDatabase(folder);
    await expect(startEmbeddedDatabase(folder)).rejects.toThrow(DataFolderInUseError);
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
    await client.end();
    await first.stop();

    const second = await startEmbeddedDatabase(folder);
    const again = new pg.Client({ connectionString: second.url });
    await again.connect();
    const { rows } = await again.query<{ note: string }>('SELECT note FROM kept');
    await again.end();
    await second.stop();
    expect(rows).toEqual([{ note: 'still here' }]);
  });

  it('serves concurrent connections and transactions through one pool', async () => {
    const database = await startEmbeddedDatabase(null);
    const pool = new pg.Pool({ connectionString: database.url, max: 8 });
    try {
      await pool.query('CREATE TABLE counter (n int)');
      await Promise.all(
        Array.from({ length: 16 }, async (_, index) => {
          const client = await pool.connect();
          try {
            await client.query('BEGIN');
            await client.query('INSERT INTO counter VALUES ($1)', [index]);
            await client.query('COMMIT');
          } finally {
            client.release();
          }
        }),
      );
      const { rows } = await pool.query<{ count: string }>('SELECT count(*) FROM counter');
      expect(Number(rows[0]!.count)).toBe(16);
    } finally {
      await pool.end();
      await database.stop();
    }
  });

  it('serves on a socket in a folder no other local user may enter, not on a TCP port', async () => {
    const database = await startEmbeddedDatabase(null);
    try {
      const url = new URL(database.url);
      const socketFolder = url.searchParams.get('host')!;
      expect(path.isAbsolute(socketFolder)).toBe(true);
      // Owner only: another account on the machine cannot reach the socket, whatever password it tries.
      expect((await stat(socketFolder)).mode & 0o777).toBe(0o700);
      expect((await stat(path.join(socketFolder, '.s.PGSQL.5432'))).isSocket()).toBe(true);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      expect((await client.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      await client.end();
      await database.stop();
      expect(existsSync(socketFolder)).toBe(false);
    } finally {
      await database.stop();
    }
  });
});
