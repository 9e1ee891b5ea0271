// A campaign's updates as a feed (RSS 2.0 and Atom 1.0, by the `feed` package): what its page shows
// under "Updates", for feed readers. Always as a visitor sees it, whoever asks, so it can be cached
// publicly; a campaign a visitor may not see (a draft, an archived one) has no feed. Each entry's
// text is the update's Markdown through the page's own sanitizer.
import 'server-only';
import { db } from '@/lib/db';
import { can } from '@/lib/auth/policy';
import { renderFeed, type FeedFormat } from '@/lib/feeds/render';
import { slugPattern } from '@/lib/forms/fields';
import { missing, type Result } from '@/lib/forms/result';
import { markdownToSafeHtml } from '@/lib/markdown/html';
import { getSiteSettings } from '@/lib/site/settings';

/** The newest updates a feed carries. */
const feedLength = 50;

/** The feed of a campaign's updates in `format`, or 404. */
export async function campaignUpdatesFeed(slug: string, format: FeedFormat): Promise<Result<string>> {
  if (!slugPattern.test(slug)) return missing();
  const campaign = await db.campaign.findUnique({
    where: { slug },
    select: {
      slug: true,
      title: true,
      goal: true,
      status: true,
      updatedAt: true,
      updates: {
        orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
        take: feedLength,
        select: { id: true, title: true, body: true, publishedAt: true },
      },
    },
  });
  if (!campaign || !can(null, 'campaign:read', campaign)) return missing();
  const page = `/campaigns/${campaign.slug}`;
  const document = renderFeed(
    format,
    {
      title: `${campaign.title}: ${getSiteSettings().name}`,
      description: campaign.goal,
      pagePath: page,
      feedPaths: { rss: `${page}/updates.rss`, atom: `${page}/updates.atom` },
      updated: campaign.updatedAt,
    },
    campaign.updates.map((update) => ({
      title: update.title,
      path: `${page}#update-${update.id}`,
      date: update.publishedAt,
      html: markdownToSafeHtml(update.body),
    })),
  );
  return { ok: true, data: document };
}
