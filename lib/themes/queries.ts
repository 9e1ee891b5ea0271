// Reads of the themes vocabulary (the Theme table): what the forms offer, and the staff's list. Which themes a listing's
// filter offers depends on what the viewer may see, so those reads live with the listing
// (listDirectoryFacets, listLibraryFacets).
import 'server-only';
import { can, type MaybeViewer } from '@/lib/auth/policy';
import { db } from '@/lib/db';
import { denied, type Result } from '@/lib/forms/result';
import type { Prisma } from '@/lib/generated/prisma/client';

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

/** The slugs among `slugs` that are not in the vocabulary (read in `client`'s transaction when given). */
export async function unknownThemes(slugs: string[], client: Prisma.TransactionClient = db): Promise<string[]> {
  if (slugs.length === 0) return [];
  const known = await client.theme.findMany({ where: { slug: { in: slugs } }, select: { slug: true } });
  const knownSlugs = new Set(known.map((theme) => theme.slug));
  return slugs.filter((slug) => !knownSlugs.has(slug));
}

export interface ManagedTheme extends ThemeTag {
  id: string;
  /** How many organisations, applications and publications carry it, whatever their state. */
  uses: { organizations: number; publications: number; applications: number };
}

/** Every theme with how much it is used, for staff (/manage/themes); 401/403 for anyone else. */
export async function listThemesForManaging(viewer: MaybeViewer): Promise<Result<ManagedTheme[]>> {
  if (!can(viewer, 'theme:manage', {})) return denied(viewer);
  const rows = await db.theme.findMany({
    orderBy: themeOrder,
    select: {
      id: true,
      slug: true,
      label: true,
      _count: { select: { organizations: true, publications: true, membershipApplications: true } },
    },
  });
  return {
    ok: true,
    data: rows.map(({ _count, ...theme }) => ({
      ...theme,
      uses: {
        organizations: _count.organizations,
        publications: _count.publications,
        applications: _count.membershipApplications,
      },
    })),
  };
}
