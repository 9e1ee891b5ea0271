// Reads of the themes vocabulary (the Theme table): what the forms offer. Which themes a listing's
// filter offers depends on what the viewer may see, so those reads live with the listing
// (listOrganizationThemes, listLibraryFacets).
import 'server-only';
import { db } from '@/lib/db';

/** A theme as pages show and link it: /directory?theme=<slug>. */
export interface ThemeTag {
  slug: string;
  label: string;
}

/** Themes by label, as tags are shown and the database returns them (see themeOrder). */
export const themeOrder = { label: 'asc' } as const;

/** Every theme of the vocabulary, by label: the choices of the forms. */
export async function listThemes(): Promise<ThemeTag[]> {
  return db.theme.findMany({ orderBy: themeOrder, select: { slug: true, label: true } });
}

/** The slugs among `slugs` that are not in the vocabulary. */
export async function unknownThemes(slugs: string[]): Promise<string[]> {
  if (slugs.length === 0) return [];
  const known = await db.theme.findMany({ where: { slug: { in: slugs } }, select: { slug: true } });
  const knownSlugs = new Set(known.map((theme) => theme.slug));
  return slugs.filter((slug) => !knownSlugs.has(slug));
}
