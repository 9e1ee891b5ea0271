// What a confirmed signature refreshes: only the visitors' pages that show campaign counts, by the
// route names Next looks them up by (route group included), and for one campaign at most once a
// second, so a campaign taking a hundred confirmations a second is not rendered a hundred times.
import { revalidatePath } from 'next/cache';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { refreshCampaignCounts, refreshPublicPages } from './refresh-public-pages';

vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const refreshed = () => vi.mocked(revalidatePath).mock.calls.map(([path, type]) => `${path} ${type}`);

describe('refreshing campaign counts', () => {
  beforeEach(() => {
    vi.mocked(revalidatePath).mockClear();
    globalThis.__portalCampaignCountsRefreshedAt = undefined;
  });

  it('drops the count pages of the visitors’ cache, not the whole cache', () => {
    refreshCampaignCounts('free-the-defenders', 10_000);
    expect(refreshed()).toEqual([
      '/(visitor)/visitor/[query] page',
      '/(visitor)/visitor/[query]/campaigns page',
      '/(visitor)/visitor/[query]/campaigns/[slug] page',
      '/(visitor)/visitor/[query]/countries/[code] page',
      '/(visitor)/visitor/[query]/get-involved page',
      '/(visitor)/visitor/[query]/regions/[slug] page',
    ]);
  });

  it('refreshes one campaign at most once a second; another campaign at once', () => {
    refreshCampaignCounts('free-the-defenders', 10_000);
    refreshCampaignCounts('free-the-defenders', 10_999);
    expect(refreshed()).toHaveLength(6);
    refreshCampaignCounts('protect-the-messengers', 10_999);
    expect(refreshed()).toHaveLength(12);
    refreshCampaignCounts('free-the-defenders', 11_000);
    expect(refreshed()).toHaveLength(18);
  });

  it('leaves the whole cache to writes that change what visitors see otherwise', () => {
    refreshPublicPages();
    expect(refreshed()).toEqual(['/ layout']);
  });
});
