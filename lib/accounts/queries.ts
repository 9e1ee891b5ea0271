// Reads about members and their accounts.
import 'server-only';
import Bowser from 'bowser';
import { can, type MaybeViewer } from '../auth/policy';
import { db } from '../db';
import { findValidMemberToken } from '../auth/member-tokens';
import { denied, type Result } from '../forms/result';

/** The signed-in member's own account; null for a visitor. */
export async function getOwnAccount(viewer: MaybeViewer) {
  if (!viewer) return null;
  return db.member.findUnique({
    where: { id: viewer.id },
    select: {
      name: true,
      email: true,
      role: true,
      lastSignInAt: true,
      organization: { select: { name: true, slug: true } },
      coordinatorRegions: { orderBy: { sortOrder: 'asc' }, select: { name: true, slug: true } },
    },
  });
}

/** A browser as a person recognises it: "Firefox 133" on "Windows", a phone or a computer. */
export interface Device {
  browser: string | null;
  os: string | null;
  kind: 'desktop' | 'mobile' | 'tablet' | 'other';
}

export function describeDevice(userAgent: string | null): Device {
  if (!userAgent) return { browser: null, os: null, kind: 'other' };
  const parsed = Bowser.parse(userAgent);
  const major = parsed.browser.version?.split('.')[0];
  const browser = parsed.browser.name ? [parsed.browser.name, major].filter(Boolean).join(' ') : null;
  // "Windows 10" from its version name (its version is "NT 10.0"); "Android 14" from its number.
  const osVersion =
    parsed.os.versionName ?? (/^\d+(\.\d+)?$/.test(parsed.os.version ?? '') ? parsed.os.version : undefined);
  const os = parsed.os.name ? [parsed.os.name, osVersion].filter(Boolean).join(' ') : null;
  const type = parsed.platform.type;
  return { browser, os, kind: type === 'desktop' || type === 'mobile' || type === 'tablet' ? type : 'other' };
}

export interface OwnSession {
  id: string;
  device: Device;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
}

/**
 * The viewer's live sessions, this one first, then the most recently used: where they are signed
 * in (device, address, last seen), so they can end any of them.
 */
export async function listOwnSessions(
  viewer: MaybeViewer,
  currentSessionId: string | null,
): Promise<Result<OwnSession[]>> {
  if (!viewer || !can(viewer, 'account:update', { memberId: viewer.id })) return denied(viewer);
  const member = await db.member.findUnique({ where: { id: viewer.id }, select: { sessionVersion: true } });
  if (!member) return denied(null);
  const rows = await db.memberSession.findMany({
    // Sessions of an older sessionVersion no longer open anything: not worth showing.
    where: { memberId: viewer.id, sessionVersion: member.sessionVersion, expiresAt: { gt: new Date() } },
    orderBy: { lastSeenAt: 'desc' },
    select: { id: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true },
  });
  const sessions = rows.map((row) => ({
    id: row.id,
    device: describeDevice(row.userAgent),
    ip: row.ip,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    current: row.id === currentSessionId,
  }));
  return { ok: true, data: sessions.sort((a, b) => Number(b.current) - Number(a.current)) };
}

/** What an email-change link would do, without using it up (for the page it opens). */
export async function getEmailChange(token: string): Promise<Result<{ oldEmail: string; newEmail: string }>> {
  const found = await findValidMemberToken('EMAIL_CHANGE', token);
  if (!found?.newEmail || found.member.status !== 'ACTIVE') return { ok: false, status: 404, message: 'linkInvalid' };
  return { ok: true, data: { oldEmail: found.member.email, newEmail: found.newEmail } };
}
