// The picture a link to a campaign shows when shared (Open Graph, 1200×630): its title, its live
// count and the coalition's name, drawn by next/og with the font it ships (nothing is fetched);
// over the campaign's own image when it has one, darkened so the words stay readable (next/og reads
// PNG and JPEG, not WebP: the image is handed to it as a JPEG data: address, lib/storage/pictures.ts).
// As a visitor sees the campaign: 404 for one they may not see. Cached a minute, so a burst of
// shares costs one drawing per instance and the count is at most a minute old.
import { ImageResponse } from 'next/og';
import type { NextRequest } from 'next/server';
import { createTranslator } from 'use-intl/core';
import { openCampaignImage } from '@/lib/campaigns/image';
import { getCampaign } from '@/lib/campaigns/queries';
import messages from '@/lib/i18n/messages/en';
import { notFoundResponse } from '@/lib/site/responses';
import { getSiteSettings } from '@/lib/site/settings';
import { pictureAsDataUrl } from '@/lib/storage/pictures';

type Params = { params: Promise<{ slug: string }> };

const ogImageSize = { width: 1200, height: 630 } as const;

/** The campaign's image as a JPEG covering the picture, or null (none, or it could not be read). */
async function backdropOf(slug: string): Promise<string | null> {
  const image = await openCampaignImage(null, slug);
  if (!image.ok) return null;
  try {
    return await pictureAsDataUrl(image.data.file, ogImageSize);
  } catch (error) {
    // The picture is still drawn, without the image.
    console.error(`[portal] the image of campaign ${slug} could not be drawn into its picture`, error);
    return null;
  }
}

export async function GET(_request: NextRequest, { params }: Params) {
  const result = await getCampaign(null, (await params).slug);
  if (!result.ok) return notFoundResponse();
  const campaign = result.data;
  const backdrop = campaign.image ? await backdropOf(campaign.slug) : null;
  const t = createTranslator({ locale: 'en', messages, namespace: 'campaigns.og' });
  const count = t('count', { count: campaign.signatureCount });
  const image = new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        position: 'relative',
        background: '#0b2545',
        color: '#ffffff',
      }}
    >
      {backdrop ? (
        // Drawn by next/og into the picture, never shown in a page.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={backdrop}
          alt=""
          width={ogImageSize.width}
          height={ogImageSize.height}
          style={{ position: 'absolute', top: 0, left: 0 }}
        />
      ) : null}
      <div
        style={{
          position: 'absolute',
          top: 0,
          left: 0,
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px 72px',
          // Over an image, the navy of the plain picture lets it show through, darkest under the words.
          background: backdrop
            ? 'linear-gradient(180deg, rgba(11, 37, 69, 0.7) 0%, rgba(11, 37, 69, 0.75) 45%, rgba(11, 37, 69, 0.92) 100%)'
            : 'transparent',
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
      </div>
    </div>,
    { ...ogImageSize, headers: { 'cache-control': 'public, max-age=60' } },
  );
  return image;
}
