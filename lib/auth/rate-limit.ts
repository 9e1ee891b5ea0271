// Every limit on the portal's public forms, in one table (docs/operations.md "Limits" lists them).
// Counters live in the database (rate-limiter-flexible's Prisma store), so every instance of the
// portal shares them. Addresses are the client addresses of scripts/serve.mjs, an IPv6 client
// counted by its /64 network (limitKeyOf).
//
// The limits are keyed so that a flood from one address cannot hurt someone else: a requester
// meets its own limit (per address, per address and target) long before the target's limit (per
// account or per inbox), and asking for a link never cancels the links already sent
// (member-tokens.ts).
import 'server-only';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { limitKeyOf } from '@/scripts/client-address.mjs';
import { db } from '../db';
import { env } from '../env';

const minutes = (count: number) => count * 60;

export const publicFormLimits = {
  /** Wrong passwords for one account from one address (then that pair waits, the right password too). */
  'sign-in:account+address': { points: 5, seconds: minutes(15) },
  /** Wrong passwords from one address, across accounts. */
  'sign-in:address': { points: 100, seconds: minutes(15) },
  /** Sign-in links and password resets asked for one inbox from one address. */
  'mail-link:email+address': { points: 3, seconds: minutes(60) },
  /** Sign-in links and password resets asked from one address, across inboxes. */
  'mail-link:address': { points: 10, seconds: minutes(60) },
  /** Links of one kind mailed to one inbox, from anywhere. */
  'mail-link:email': { points: 10, seconds: minutes(60) },
  /** Membership applications sent from one address (JOIN_LIMIT_PER_ADDRESS, default 10). */
  'join:address': { points: env.JOIN_LIMIT_PER_ADDRESS, seconds: minutes(60) },
  /** Membership applications naming one contact address (each mails it). */
  'join:email': { points: 3, seconds: minutes(24 * 60) },
  /** Publications sent to a colleague from one address (SHARE_LIMIT_PER_ADDRESS, default 10). */
  'share:address': { points: env.SHARE_LIMIT_PER_ADDRESS, seconds: minutes(60) },
  /** Publications sent to one inbox, from anywhere (nobody is flooded with links). */
  'share:email': { points: 5, seconds: minutes(24 * 60) },
  /** Campaign signatures from one address (SIGN_LIMIT_PER_ADDRESS, default 20): over it they are held. */
  'sign:address': { points: env.SIGN_LIMIT_PER_ADDRESS, seconds: minutes(60) },
  /** Signatures of one campaign, from everyone (SIGN_LIMIT_PER_CAMPAIGN a minute): over it they are held. */
  'sign:campaign': { points: env.SIGN_LIMIT_PER_CAMPAIGN, seconds: minutes(1) },
  /** Contact-form messages sent from one address (CONTACT_LIMIT_PER_ADDRESS, default 10). */
  'contact:address': { points: env.CONTACT_LIMIT_PER_ADDRESS, seconds: minutes(60) },
  /** Contact-form messages sent in the name of one e-mail address, from anywhere. */
  'contact:email': { points: 5, seconds: minutes(60) },
  /** Invitations mailed to one inbox (by an organisation's admins or staff), from anywhere. */
  'invite:email': { points: 3, seconds: minutes(24 * 60) },
  /** Invitations to one organisation's team in a day: its admins cannot turn the portal into a mailer. */
  'invite:organization': { points: 30, seconds: minutes(24 * 60) },
  /** Searches from one address (SEARCH_LIMIT_PER_MINUTE, default 60): each reads every kind of record. */
  'search:address': { points: env.SEARCH_LIMIT_PER_MINUTE, seconds: minutes(1) },
  /** Requests to the JSON API from one address (API_LIMIT_PER_MINUTE, default 120). */
  'api:address': { points: env.API_LIMIT_PER_MINUTE, seconds: minutes(1) },
} satisfies Record<string, { points: number; seconds: number }>;

export type LimitName = keyof typeof publicFormLimits;

const limiters = new Map<string, RateLimiterPrisma>();
function limiter(name: LimitName): RateLimiterPrisma {
  let found = limiters.get(name);
  if (!found) {
    const { points, seconds } = publicFormLimits[name];
    found = new RateLimiterPrisma({
      storeClient: db,
      tableName: 'rateLimiterFlexible',
      keyPrefix: name,
      points,
      duration: seconds,
      clearExpiredByTimeout: false,
    });
    limiters.set(name, found);
  }
  return found;
}

/** What a limit counts by: an inbox, a client address, a record (a campaign), or several of them. */
interface LimitParts {
  email?: string;
  ip?: string;
  /** The id of the record the limit protects. */
  target?: string;
}

/** The key of a limit: its parts joined, each address as its limit key. */
const keyOf = (parts: LimitParts) =>
  [parts.target, parts.email?.toLowerCase(), parts.ip === undefined ? undefined : limitKeyOf(parts.ip)]
    .filter((part) => part !== undefined)
    .join('|');

/** Seconds until the counter allows one more; 0 when it does. Reads without counting. */
async function waitFor(name: LimitName, key: string): Promise<number> {
  const result = await limiter(name).get(key);
  if (!result || result.consumedPoints < publicFormLimits[name].points) return 0;
  return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
}

/**
 * Counts one use against each limit in order and returns the seconds to wait, 0 when all allowed.
 * Stops at the first limit met, so a requester over its own limit uses up nobody else's.
 */
export async function consumeLimits(checks: [LimitName, LimitParts][]): Promise<number> {
  for (const [name, parts] of checks) {
    try {
      await limiter(name).consume(keyOf(parts));
    } catch (rejection) {
      // consume() rejects with the counter when the limit is passed, with an Error when the store fails.
      if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw rejection;
    }
  }
  return 0;
}

// ─── Sign-in ─────────────────────────────────────────────────────────────────

/** Seconds until sign-in may be tried again from this address for this account; 0 when allowed. */
export async function signInBlockedFor(email: string, ip: string): Promise<number> {
  const waits = await Promise.all([
    waitFor('sign-in:account+address', keyOf({ email, ip })),
    waitFor('sign-in:address', keyOf({ ip })),
  ]);
  return Math.max(...waits);
}

export async function recordFailedSignIn(email: string, ip: string): Promise<void> {
  // penalty() counts without rejecting when the limit is passed; signInBlockedFor() reads the counts.
  await Promise.all([
    limiter('sign-in:account+address').penalty(keyOf({ email, ip })),
    limiter('sign-in:address').penalty(keyOf({ ip })),
  ]);
}

export async function clearFailedSignIns(email: string, ip: string): Promise<void> {
  await limiter('sign-in:account+address').delete(keyOf({ email, ip }));
}

// ─── Links by mail ───────────────────────────────────────────────────────────

export type MailLinkKind = 'sign-in-link' | 'password-reset';

/**
 * Counts one request for a link of this kind to this inbox from this address (known or not, so
 * the answer reveals nothing) and returns the seconds until another is allowed; 0 when this one is.
 */
export function mailLinkBlockedFor(kind: MailLinkKind, email: string, ip: string): Promise<number> {
  const inbox = `${kind}:${email}`;
  return consumeLimits([
    ['mail-link:email+address', { email: inbox, ip }],
    ['mail-link:address', { ip }],
    ['mail-link:email', { email: inbox }],
  ]);
}
