// Withdrawing a signature, in two steps: every mail to a signer carries a link to a page that asks
// "withdraw your signature?", and only the button there withdraws (a link a mail scanner opens
// changes nothing). The link is the signature's id signed with the portal's secret (HMAC), so every
// mail ever sent for a signature keeps working and nothing more is stored; it names its campaign
// and withdraws nothing else. A withdrawn signature stops counting and leaves the public list at once.
import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { RequestMeta } from '@/lib/auth/request';
import { db } from '@/lib/db';
import { requireAuthSecret } from '@/lib/env';
import { isRecordId } from '@/lib/forms/fields';
import { invalid, missing, type Result } from '@/lib/forms/result';

const signatureOf = (signatureId: string) =>
  createHmac('sha256', requireAuthSecret()).update(`withdraw-signature:${signatureId}`).digest('base64url');

/** The token of a signature's withdrawal link: "<id>.<signature>". */
export function withdrawalToken(signatureId: string): string {
  return `${signatureId}.${signatureOf(signatureId)}`;
}

/** The signature a withdrawal token names, if the token is one the portal made; null otherwise. */
function signatureIdOf(token: string): string | null {
  const [id, signature, ...rest] = token.split('.');
  if (!id || !signature || rest.length > 0 || !isRecordId(id)) return null;
  const expected = Buffer.from(signatureOf(id));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

/** What the withdrawal page shows before its button is pressed. */
export interface PendingWithdrawal {
  token: string;
  campaignTitle: string;
  /** Already withdrawn: the page says so instead of offering the button. */
  withdrawn: boolean;
}

/** The signature a withdrawal link of the campaign at `slug` names; 404 for anything else. */
export async function getWithdrawal(slug: string, token: string): Promise<Result<PendingWithdrawal>> {
  const signatureId = signatureIdOf(token);
  if (!signatureId) return missing();
  const row = await db.signature.findUnique({
    where: { id: signatureId },
    select: { withdrawnAt: true, campaign: { select: { slug: true, title: true } } },
  });
  if (!row || row.campaign.slug !== slug) return missing();
  return { ok: true, data: { token, campaignTitle: row.campaign.title, withdrawn: row.withdrawnAt !== null } };
}

export const withdrawSignatureSchema = z.object({
  slug: z.string().trim().min(1).max(200),
  token: z.string().trim().min(1).max(200),
});

/**
 * The second step: withdraws the signature (once; pressing again changes nothing). Whoever holds
 * the link may withdraw: it was mailed to the signer only.
 */
export async function withdrawSignature(
  input: unknown,
  _meta: RequestMeta,
  now = new Date(),
): Promise<Result<{ slug: string }>> {
  const parsed = withdrawSignatureSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const pending = await getWithdrawal(parsed.data.slug, parsed.data.token);
  if (!pending.ok) return pending;
  const signatureId = signatureIdOf(parsed.data.token)!;
  // The pending link goes too: a withdrawn signature cannot be confirmed by an older mail.
  await db.signature.updateMany({
    where: { id: signatureId, withdrawnAt: null },
    data: { withdrawnAt: now, confirmTokenHash: null, confirmExpiresAt: null },
  });
  return { ok: true, message: 'withdrawn', data: { slug: parsed.data.slug } };
}
