// An organisation's logo beside its name (directory card, profile): decorative, since the name next
// to it says whose it is; served by the portal's own versioned route, so a plain <img>, no optimiser.
import { cx } from '@/lib/site/class-names';

const sizes = {
  card: { pixels: 48, className: 'size-12 rounded p-0.5' },
  profile: { pixels: 80, className: 'size-20 rounded-md p-1' },
} as const;

export function OrganizationLogo({ src, size }: { src: string; size: keyof typeof sizes }) {
  const { pixels, className } = sizes[size];
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={src}
      alt=""
      width={pixels}
      height={pixels}
      loading={size === 'card' ? 'lazy' : undefined}
      className={cx('shrink-0 border border-slate-200 bg-white object-contain', className)}
    />
  );
}
