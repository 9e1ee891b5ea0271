// Brute-force protection for sign-in: at most 5 failed attempts per account and address, and 100 per
// address, in 15 minutes; and at most 5 links by mail (sign-in links, password resets) per address
// and hour. Counters live in the database (rate-limiter-flexible's Prisma store), so every instance
// of the portal shares them.
import 'server-only';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { db } from '../db';

const window = 15 * 60;

function limiter(keyPrefix: string, points: number, duration = window) {
  return new RateLimiterPrisma({
    storeClient: db,
    tableName: 'rateLimiterFlexible',
    keyPrefix,
    points,
    duration,
    clearExpiredByTimeout: false,
  });
}

let limiters: { accountAndAddress: RateLimiterPrisma; address: RateLimiterPrisma } | null = null;
function getLimiters() {
  limiters ??= { accountAndAddress: limiter('sign-in:account+ip', 5), address: limiter('sign-in:ip', 100) };
  return limiters;
}

const accountKey = (email: string, ip: string) => `${email.toLowerCase()}|${ip}`;

/** Seconds until sign-in may be tried again from this address for this account; 0 when allowed. */
export async function signInBlockedFor(email: string, ip: string): Promise<number> {
  const { accountAndAddress, address } = getLimiters();
  const results = await Promise.all([accountAndAddress.get(accountKey(email, ip)), address.get(ip)]);
  const limits = [accountAndAddress.points, address.points];
  let wait = 0;
  results.forEach((result: RateLimiterRes | null, index) => {
    if (result && result.consumedPoints >= limits[index]!) wait = Math.max(wait, Math.ceil(result.msBeforeNext / 1000));
  });
  return wait;
}

export async function recordFailedSignIn(email: string, ip: string): Promise<void> {
  const { accountAndAddress, address } = getLimiters();
  // penalty() counts without rejecting when the limit is passed; signInBlockedFor() reads the counts.
  await Promise.all([accountAndAddress.penalty(accountKey(email, ip)), address.penalty(ip)]);
}

export async function clearFailedSignIns(email: string, ip: string): Promise<void> {
  await getLimiters().accountAndAddress.delete(accountKey(email, ip));
}

// ─── Links by mail ───────────────────────────────────────────────────────────

export type MailLinkKind = 'sign-in-link' | 'password-reset';

const mailLinkLimiters = new Map<MailLinkKind, RateLimiterPrisma>();

/**
 * Counts one request for a link of this kind to this address (known or not, so the answer reveals
 * nothing) and returns the seconds until another is allowed; 0 when this one is.
 */
export async function mailLinkBlockedFor(kind: MailLinkKind, email: string): Promise<number> {
  let limiterOfKind = mailLinkLimiters.get(kind);
  if (!limiterOfKind) {
    limiterOfKind = limiter(`${kind}:email`, 5, 60 * 60);
    mailLinkLimiters.set(kind, limiterOfKind);
  }
  try {
    await limiterOfKind.consume(email.toLowerCase());
    return 0;
  } catch (rejection) {
    // consume() rejects with the counter when the limit is passed, with an Error when the store fails.
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw rejection;
  }
}
