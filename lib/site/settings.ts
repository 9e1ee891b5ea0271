// What the public pages need from the settings: the coalition's name, tagline and contact details,
// and absolute addresses built from SITE_URL. Pages read these here, never lib/env directly.
import 'server-only';
import { env } from '@/lib/env';

export interface SiteSettings {
  name: string;
  tagline: string;
  contactEmail: string;
  contactPhone: string | null;
  /** Postal address; lines separated by commas or new lines in the setting. */
  contactAddress: string | null;
  siteUrl: string;
  /** The coalition's logo: a path on this portal (default /logo.svg in public/) or an http(s) address. */
  logoUrl: string;
}

export function getSiteSettings(): SiteSettings {
  return {
    name: env.COALITION_NAME,
    tagline: env.COALITION_TAGLINE,
    contactEmail: env.CONTACT_EMAIL,
    contactPhone: env.CONTACT_PHONE ?? null,
    contactAddress: env.CONTACT_ADDRESS ?? null,
    siteUrl: env.SITE_URL,
    logoUrl: env.COALITION_LOGO_URL,
  };
}

/** The public address of a path on this portal, e.g. absoluteUrl('/library/x'). */
export function absoluteUrl(path: string): string {
  return new URL(path, env.SITE_URL).toString();
}

/** What the header and footer show. */
export function getShellSettings() {
  const settings = getSiteSettings();
  return {
    name: settings.name,
    tagline: settings.tagline,
    contact: { email: settings.contactEmail, phone: settings.contactPhone, address: settings.contactAddress },
    siteUrl: settings.siteUrl,
    logoUrl: settings.logoUrl,
  };
}
