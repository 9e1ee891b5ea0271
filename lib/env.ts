// Every setting the portal reads, validated once with zod. A missing or malformed setting stops
// start-up (and `next build`, which imports this through next.config.ts) with a message naming it.
// Documented, with examples, in .env.example. Nothing else reads process.env directly.
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { parseTrustedProxies } from '../scripts/client-address.mjs';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** postgresql://… of a PostgreSQL server. Unset: `npm start` serves the embedded database and sets it. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgresql:// URL' }).optional(),
  /** Connections per instance in the database pool. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Where `next build` writes (default .next); another folder lets two builds sit side by side. */
  NEXT_DIST_DIR: z.string().min(1).default('.next'),
  /** Folder of the embedded database, the outbox and local files. */
  PORTAL_DATA_DIR: z.string().min(1).default('.data'),
  /**
   * `auto` seeds demo content into an empty embedded database on a loopback SITE_URL; `always`
   * seeds any empty database.
   */
  SEED_DEMO_CONTENT: z.enum(['auto', 'always', 'never']).default('auto'),
  /** The port the portal serves on (`next start` and `next dev` read it too). */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * The public address of the portal, used in links in mail and feeds. Unset: http://localhost and
   * the port the portal serves on, which is right on one machine only (start-up warns in production).
   */
  SITE_URL: z.url({ error: 'must be an absolute URL such as https://coalition.example.org' }).optional(),
  COALITION_NAME: z.string().trim().min(1).default('Coalition for Civilian Protection'),
  /** The coalition's logo in the header: a path on this portal or an http(s) address. */
  COALITION_LOGO_URL: z
    .string()
    .trim()
    .refine((value) => /^\/(?!\/)/.test(value) || /^https?:\/\/[^/]/.test(value), {
      error: 'must be a path such as /logo.svg or an http(s):// address',
    })
    .default('/logo.svg'),
  COALITION_TAGLINE: z
    .string()
    .trim()
    .default('Organisations across five regions working together to prevent atrocities and protect civilians.'),
  /**
   * Signs session cookies and sign-in tickets; the same on every instance. Unset: the launcher keeps
   * a random one in PORTAL_DATA_DIR/auth-secret (fine for one machine).
   */
  AUTH_SECRET: z
    .string()
    .min(32, { error: 'must be at least 32 characters (e.g. `openssl rand -base64 32`)' })
    .optional(),
  /** smtp(s)://user:password@host:port of a mail server. Unset: mail goes to PORTAL_DATA_DIR/outbox. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  /**
   * Files (attachments, logos) go to an S3-compatible store (AWS S3, MinIO, R2, …) when S3_BUCKET is
   * set; otherwise to PORTAL_DATA_DIR/files. S3_ENDPOINT is needed for anything but AWS itself.
   */
  S3_BUCKET: optionalText,
  S3_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
  S3_REGION: z.string().trim().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,
  /** `true` for stores addressed as endpoint/bucket/key (MinIO and most others); AWS uses bucket.host. */
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('true')
    .transform((value) => value === 'true'),
  /**
   * The largest file a member or coordinator may upload, in megabytes. The portal's HTTP server
   * (scripts/serve.mjs) reads the same setting to refuse a bigger upload with 413 before it arrives.
   */
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(1024).default(20),
  /** The largest organisation logo accepted, in megabytes (it is then scaled down to fit 400×400). */
  LOGO_MAX_MB: z.coerce.number().int().min(1).max(20).default(2),
  /**
   * The largest campaign image accepted, in megabytes: a photograph, often larger than a logo (it
   * is then scaled down to fit 1600×900).
   */
  CAMPAIGN_IMAGE_MAX_MB: z.coerce.number().int().min(1).max(50).default(8),
  /** The sender of the portal's mail. */
  MAIL_FROM: z.string().trim().min(3).default('Coalition Portal <no-reply@example.org>'),
  CONTACT_EMAIL: z.email({ error: 'must be an email address' }).default('contact@example.org'),
  CONTACT_PHONE: optionalText,
  CONTACT_ADDRESS: optionalText,
  /**
   * The reverse proxies in front of the portal, whose X-Forwarded-For entries are believed: a hop
   * count (`1` for one proxy) or addresses and CIDR ranges (`10.0.0.0/8, loopback`). Unset: none,
   * and the client address is the TCP peer's.
   */
  TRUSTED_PROXIES: z
    .string()
    .trim()
    .default('')
    .superRefine((value, context) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        context.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
      }
    }),
  /**
   * Membership applications (/join) taken from one client address an hour. Raise it for an event
   * where many organisations apply from one venue's network.
   */
  JOIN_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(10),
  /** Publications sent to a colleague from one client address an hour (/library/[slug]/send). */
  SHARE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(10),
  /**
   * Campaign signatures taken from one client address an hour before the next ones are held (kept,
   * not counted until a coordinator releases them). Raise it for a signing stand on one network.
   */
  SIGN_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(20),
  /**
   * Signatures one campaign takes in a minute, from everyone, before the next ones are held: a
   * flood (a bot, or a list pasted in) waits for a coordinator instead of moving the count. The
   * default is twice the sustained rate the portal is measured at (npm run bench:signing).
   */
  SIGN_LIMIT_PER_CAMPAIGN: z.coerce.number().int().min(1).max(10_000_000).default(20_000),
  /**
   * Months after a campaign closes when its signers' names, addresses and comments are removed
   * (counts by country stay): `npm run campaigns:purge`, run daily (docs/operations.md).
   */
  SIGNER_DATA_RETENTION_MONTHS: z.coerce.number().int().min(0).max(120).default(6),
  /** Messages sent with the contact form (/contact) from one client address an hour. */
  CONTACT_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(10),
  /** Searches (/search, and the API's) from one client address a minute. */
  SEARCH_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(60),
  /** Requests to the JSON API (/api/v1) from one client address a minute (a search also counts as one). */
  API_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  /** Set by the launcher for each start: marks the client-address header as its server's (scripts/serve.mjs). */
  PORTAL_CLIENT_ADDRESS_TOKEN: optionalText,
});

export type Env = Omit<z.infer<typeof envSchema>, 'SITE_URL'> & { SITE_URL: string };

/** Parses settings; throws one error that names every bad setting. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) {
    const settings = result.data;
    return { ...settings, SITE_URL: settings.SITE_URL ?? `http://localhost:${settings.PORT}` };
  }
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid settings (see .env.example):\n${lines.join('\n')}`);
}

/** What start-up should warn about: settings that work here but not for the people the portal serves. */
export function settingsWarnings(source: Record<string, string | undefined>): string[] {
  const settings = parseEnv(source);
  const warnings: string[] = [];
  if (settings.NODE_ENV === 'production' && !source.SITE_URL?.trim()) {
    warnings.push(
      `SITE_URL is not set: links in mail and feeds point at ${settings.SITE_URL}, which works on this ` +
        'machine only. Set SITE_URL to the public address, e.g. https://coalition.example.org.',
    );
  }
  return warnings;
}

/**
 * Whether an address names this machine only (localhost, 127.0.0.0/8, ::1): where the demo
 * accounts and their published password harm nobody.
 */
export function isLoopbackSite(siteUrl: string): boolean {
  const host = new URL(siteUrl).hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  return ipaddr.isValid(host) && ipaddr.process(host).range() === 'loopback';
}

export const env: Env = parseEnv(process.env);

/** The connection string, or a clear error when the portal was started without one. */
export function requireDatabaseUrl(): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  throw new Error(
    'DATABASE_URL is not set. Start the portal with `npm start` or `npm run dev`, which serve the embedded ' +
      'database, or set DATABASE_URL=postgresql://… to use a PostgreSQL server.',
  );
}

/** The secret that signs sessions and sign-in tickets, or a clear error when none was given. */
export function requireAuthSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  throw new Error('AUTH_SECRET is not set. Start the portal with `npm start`, which provides one, or set it.');
}
