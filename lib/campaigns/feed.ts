// A campaign's updates as a feed (RSS 2.0 and Atom 1.0, by the `feed` package): what its page shows
// under "Updates", for feed readers. Always as a visitor sees it, whoever asks, so it can be cached
// publicly; a campaign a visitor may not see (a draft, an archived one) has no feed. Each entry's
// text is the update's Markdown through the page's own sanitizer.
import 'server-only';
import { Feed } from 'feed';
import { db } from '@/lib/db';
import { can } from '@/lib/auth/policy';
import { slugPattern } from '@/lib/forms/fields';
import { missing, type Result } from '@/lib/forms/result';
import { markdownToSafeHtml } from '@/lib/markdown/html';
import { absoluteUrl, getSiteSettings } from '@/lib/site/settings';

export type FeedFormat = 'rss' | 'atom';

/** The newest updates a feed carries. */
const feedLength = 50;

export const feedContentTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

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
  const site = getSiteSettings();
  const page = absoluteUrl(`/campaigns/${campaign.slug}`);
  const feed = new Feed({
    title: `${campaign.title}: ${site.name}`,
    description: campaign.goal,
    id: page,
    link: page,
    language: 'en',
    copyright: site.name,
    updated: campaign.updates[0]?.publishedAt ?? campaign.updatedAt,
    generator: site.name,
    feedLinks: {
      rss: absoluteUrl(`/campaigns/${campaign.slug}/updates.rss`),
      atom: absoluteUrl(`/campaigns/${campaign.slug}/updates.atom`),
    },
  });
  for (const update of campaign.updates) {
    const link = `${page}#update-${update.id}`;
    feed.addItem({
      title: update.title,
      id: link,
      link,
      date: update.publishedAt,
      content: markdownToSafeHtml(update.body),
    });
  }
  return { ok: true, data: format === 'rss' ? feed.rss2() : feed.atom1() };
}
