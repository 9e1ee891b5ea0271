// The second factor's cryptography: TOTP codes from an authenticator app (RFC 6238 through otplib:
// SHA-1, 6 digits, 30 seconds, what every app reads from a QR code), the secret encrypted at rest,
// and one-time recovery codes of which only a hash is kept. No database here: see mutations.ts.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import { generate, generateSecret, generateURI, verify } from 'otplib';
import { requireAuthSecret } from '../env';

/** A TOTP code: six digits, as the apps show them (spaces people type in between are dropped first). */
export const totpCodePattern = /^\d{6}$/;

/** 160 random bits, Base32: the size RFC 4226 recommends and every authenticator app accepts. */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** What the QR code holds: the app shows "Coalition Portal (person@example.org)". */
export function totpUri(secret: string, email: string, issuer: string): string {
  return generateURI({ issuer, label: email, secret });
}

/**
 * The time step of a valid code, or null. One step either side is accepted (a phone's clock a few
 * seconds off, a code typed as it changes); a step at or before `afterTimeStep` is refused, so each
 * code works once.
 */
export async function verifyTotp(
  secret: string,
  code: string,
  { afterTimeStep, now = Date.now() }: { afterTimeStep?: number | null; now?: number } = {},
): Promise<number | null> {
  if (!totpCodePattern.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now / 1000),
    epochTolerance: 30,
    ...(afterTimeStep == null ? {} : { afterTimeStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** The code an authenticator app shows at `now` (for tests and the demo's own checks). */
export function currentTotpCode(secret: string, now = Date.now()): Promise<string> {
  return generate({ secret, epoch: Math.floor(now / 1000) });
}

// ─── The secret at rest ──────────────────────────────────────────────────────

/**
 * A key of its own for TOTP secrets, derived from AUTH_SECRET: a copy of the database (a backup, a
 * dump) holds no usable secret. Changing AUTH_SECRET makes the stored ones unreadable: everyone with
 * a second factor then sets it up again after an admin resets it (docs/operations.md).
 */
function secretKey(): Buffer {
  return Buffer.from(hkdfSync('sha256', requireAuthSecret(), 'coalition-portal', 'totp-secret', 32));
}

/** AES-256-GCM: `v1.<iv>.<tag>.<ciphertext>`, base64url. */
export function encryptTotpSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secretKey(), iv);
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', ...[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url'))].join('.');
}

/** The secret, or null when it cannot be read (another AUTH_SECRET, a damaged value). */
export function decryptTotpSecret(stored: string): string | null {
  const [version, iv, tag, ciphertext] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || !ciphertext) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', secretKey(), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

// ─── Recovery codes ──────────────────────────────────────────────────────────

export const recoveryCodeCount = 10;

/** Letters and digits that cannot be misread for one another (no 0/O, 1/I/L, 8/B). */
const recoveryAlphabet = '234567ACDEFGHJKMNPQRSTUVWXYZ9';

/** A recovery code as shown: four groups of four, 19 characters, about 78 random bits. */
export const recoveryCodePattern = /^[2-79ACDEFGHJKMNPQRSTUVWXYZ]{4}(-[2-79ACDEFGHJKMNPQRSTUVWXYZ]{4}){3}$/;

export function newRecoveryCodes(): string[] {
  return Array.from({ length: recoveryCodeCount }, () => {
    const characters = Array.from({ length: 16 }, () => recoveryAlphabet[randomInt(recoveryAlphabet.length)]!);
    return [0, 4, 8, 12].map((start) => characters.slice(start, start + 4).join('')).join('-');
  });
}

/** What a person typed, as a code is stored: upper case, groups joined by hyphens, spaces dropped. */
export function normalizeRecoveryCode(typed: string): string {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '');
  return compact.length === 16 ? compact.replace(/(.{4})(?=.)/g, '$1-') : compact;
}

/** The stored form: a hash bound to the member, so the same code of two people hashes apart. */
export function recoveryCodeHash(memberId: string, code: string): string {
  return createHash('sha256').update(`${memberId}:${code}`).digest('hex');
}
