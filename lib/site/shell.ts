// What the header shows about the signed-in person: their name, and whether it offers the staff
// area. The policy decides (the header only hides what /manage refuses anyway).
import 'server-only';
import { can } from '@/lib/auth/policy';
import { getViewer, getViewerSummary } from '@/lib/auth/viewer';

export interface ShellAccountSummary {
  name: string;
  canManage: boolean;
}

/** The signed-in person as the header shows them; null for a visitor. One database read per request. */
export async function getShellAccount(): Promise<ShellAccountSummary | null> {
  const [viewer, summary] = await Promise.all([getViewer(), getViewerSummary()]);
  if (!viewer || !summary) return null;
  return { name: summary.name, canManage: can(viewer, 'manage:enter', {}) };
}
