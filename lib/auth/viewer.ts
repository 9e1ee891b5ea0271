// Who is asking. Sign-in arrives with the members issue; until then every request is a visitor's.
import 'server-only';
import type { MaybeViewer } from './policy';

export async function getViewer(): Promise<MaybeViewer> {
  return null;
}
