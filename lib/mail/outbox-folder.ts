// Reading the outbox folder (development and tests): what the portal "sent" without SMTP. Apart from
// mailer.ts so the server's bundles never carry a directory listing (Next would trace the whole
// project into the build for it).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { outboxFolder, type OutboxMessage } from './mailer';

/**
 * The outbox folder's messages to one address, oldest first (development and tests). `folder` lets
 * the end-to-end journeys read the outbox of the server they run against.
 */
export async function readOutbox(to?: string, folder = outboxFolder()): Promise<OutboxMessage[]> {
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort();
  const messages = await Promise.all(
    names.map(async (name) => JSON.parse(await readFile(path.join(folder, name), 'utf8')) as OutboxMessage),
  );
  return to ? messages.filter((message) => message.to.toLowerCase() === to.toLowerCase()) : messages;
}
