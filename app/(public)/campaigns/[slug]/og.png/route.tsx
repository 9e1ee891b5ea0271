// The picture a link to a campaign shows when shared (Open Graph, 1200×630): its title, its live
// count and the coalition's name, drawn by next/og with the font it ships (nothing is fetched).
// As a visitor sees the campaign: 404 for one they may not see. Cached a minute, so a burst of
// shares costs one drawing per instance and the count is at most a minute old.
import { ImageResponse } from 'next/og';
import type { NextRequest } from 'next/server';
import { createTranslator } from 'use-intl/core';
import { getCampaign } from '@/lib/campaigns/queries';
import messages from '@/lib/i18n/messages/en';
import { notFoundResponse } from '@/lib/site/responses';
import { getSiteSettings } from '@/lib/site/settings';

type Params = { params: Promise<{ slug: string }> };

const ogImageSize = { width: 1200, height: 630 } as const;

export async function GET(_request: NextRequest, { params }: Params) {
  const result = await getCampaign(null, (await params).slug);
  if (!result.ok) return notFoundResponse();
  const campaign = result.data;
  const t = createTranslator({ locale: 'en', messages, namespace: 'campaigns.og' });
  const count = t('count', { count: campaign.signatureCount });
  const image = new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#0b2545',
        color: '#ffffff',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, color: '#c9d6e8' }}>{getSiteSettings().name}</div>
      <div style={{ display: 'flex', fontSize: campaign.title.length > 70 ? 52 : 64, lineHeight: 1.15 }}>
        {campaign.title}
      </div>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 24, fontSize: 40 }}>
        <span>{count}</span>
        {campaign.status === 'CLOSED' ? <span style={{ color: '#c9d6e8' }}>{t('closed')}</span> : null}
      </div>
    </div>,
    { ...ogImageSize, headers: { 'cache-control': 'public, max-age=60' } },
  );
  return image;
}
