// A country's monitoring timeline as a feed (RSS 2.0 and Atom 1.0, lib/feeds/render.ts): what its
// page shows under "Monitoring", as a visitor sees it (members-only entries never), newest first.
import 'server-only';
import { getTranslations } from 'next-intl/server';
import { countryPath, findCountry } from '@/lib/countries/queries';
import { renderFeed, type FeedFormat } from '@/lib/feeds/render';
import { missing, type Result } from '@/lib/forms/result';
import { getSiteSettings } from '@/lib/site/settings';
import { listTimeline } from './queries';

/** The feed of a country's timeline in `format`, or 404 for an unknown code. */
export async function countryTimelineFeed(code: string, format: FeedFormat): Promise<Result<string>> {
  const country = await findCountry(code);
  if (!country) return missing();
  const [t, entries] = await Promise.all([
    getTranslations({ locale: 'en', namespace: 'monitoring' }),
    listTimeline(null, country.code),
  ]);
  const page = countryPath(country.code);
  const document = renderFeed(
    format,
    {
      title: t('timeline.feedTitle', { country: country.name, site: getSiteSettings().name }),
      description: t('timeline.intro', { country: country.name }),
      pagePath: `${page}#monitoring`,
      feedPaths: { rss: `${page}/timeline.rss`, atom: `${page}/timeline.atom` },
    },
    entries.map((entry) => ({
      title: `${t(`level.${entry.level}`)}: ${entry.observedOn.toISOString().slice(0, 10)}`,
      path: `${page}#entry-${entry.id}`,
      date: entry.observedOn,
      summary: entry.summary,
      categories: [t(`level.${entry.level}`)],
    })),
  );
  return { ok: true, data: document };
}
