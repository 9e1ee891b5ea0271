// A campaign's updates as RSS and Atom, read back as XML: every update with its link to the page,
// newest first, its Markdown sanitised (no script, no javascript: link); none for a draft.
import { xml2js, type Element } from 'xml-js';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { all, textOf } from '@/lib/testing/xml';
import { createCampaign, uniqueSuffix } from '@/prisma/seed/factories';
import { campaignUpdatesFeed } from './feed';

async function campaignWithUpdates(status: 'ACTIVE' | 'DRAFT' = 'ACTIVE') {
  return createCampaign(db, {
    title: `Fed ${uniqueSuffix()}`,
    status,
    updates: [
      { title: 'First news', body: 'We **began**.', publishedAt: new Date('2027-01-01T10:00:00Z') },
      {
        title: 'Second <news>',
        body: 'Read [this](javascript:alert(1)) <script>alert(1)</script> and [that](https://example.org).',
        publishedAt: new Date('2027-02-01T10:00:00Z'),
      },
    ],
  });
}

describe('the feeds of a campaign’s updates', () => {
  it('lists the updates newest first in RSS, each linked to its place on the page, sanitised', async () => {
    const campaign = await campaignWithUpdates();
    const result = await campaignUpdatesFeed(campaign.slug, 'rss');
    if (!result.ok) throw new Error('no feed');
    const document = xml2js(result.data) as Element;
    const items = all(document, 'item');
    expect(items.map((item) => textOf(all(item, 'title')[0]))).toEqual(['Second <news>', 'First news']);
    const link = textOf(all(items[0]!, 'link')[0]);
    expect(link).toMatch(new RegExp(`/campaigns/${campaign.slug}#update-[a-z0-9]+$`));
    const content = textOf(all(items[0]!, 'content:encoded')[0]);
    expect(content).toContain('<a href="https://example.org">that</a>');
    expect(content).not.toMatch(/<script|javascript:/i);
    expect(textOf(all(items[1]!, 'content:encoded')[0])).toContain('<strong>began</strong>');
  });

  it('is valid Atom with the same entries', async () => {
    const campaign = await campaignWithUpdates();
    const result = await campaignUpdatesFeed(campaign.slug, 'atom');
    if (!result.ok) throw new Error('no feed');
    const document = xml2js(result.data) as Element;
    const feed = all(document, 'feed')[0]!;
    expect(feed.attributes?.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(all(feed, 'entry')).toHaveLength(2);
    expect(textOf(all(all(feed, 'entry')[1]!, 'updated')[0])).toBe('2027-01-01T10:00:00.000Z');
  });

  it('is not found for a draft, an unknown campaign or something that is no slug', async () => {
    const draft = await campaignWithUpdates('DRAFT');
    expect(await campaignUpdatesFeed(draft.slug, 'rss')).toMatchObject({ ok: false, status: 404 });
    expect(await campaignUpdatesFeed(`none-${uniqueSuffix()}`, 'atom')).toMatchObject({ ok: false, status: 404 });
    expect(await campaignUpdatesFeed('a\u0000b', 'atom')).toMatchObject({ ok: false, status: 404 });
  });
});
