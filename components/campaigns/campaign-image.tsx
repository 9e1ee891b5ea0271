// A campaign's image where a page shows it (its public page, its staff page): the portal's own route
// serves it (checked and versioned), so a plain <img>, no optimiser. Width and height hold its box's
// shape while it loads; an image of another shape sits inside the box rather than being cropped.
import { campaignImageBox } from '@/lib/campaigns/schemas';
import { cx } from '@/lib/site/class-names';

export function CampaignImage({ image, className }: { image: { url: string; alt: string }; className?: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={image.url}
      alt={image.alt}
      width={campaignImageBox.width}
      height={campaignImageBox.height}
      className={cx('aspect-video h-auto w-full object-contain', className)}
    />
  );
}
