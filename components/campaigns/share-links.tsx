import { useTranslations } from 'next-intl';
import { textLinkClasses } from '@/components/ui/text-link';

/**
 * Plain links that share a campaign by mail and on the usual networks: no script and nothing
 * loaded from them until someone follows a link (a human-rights page must not tell a network
 * who read it).
 */
export function ShareLinks({ url, title, goal }: { url: string; title: string; goal: string }) {
  const t = useTranslations('campaigns.share');
  const text = encodeURIComponent(title);
  const link = encodeURIComponent(url);
  const targets = [
    { name: t('email'), href: `mailto:?subject=${text}&body=${encodeURIComponent(`${goal}\n\n${url}`)}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: 'Telegram', href: `https://t.me/share/url?url=${link}&text=${text}` },
    { name: 'Bluesky', href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: 'X', href: `https://x.com/intent/post?text=${text}&url=${link}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${link}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${link}` },
  ];
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-2">
      {targets.map((target) => (
        <li key={target.name}>
          <a
            href={target.href}
            target={target.href.startsWith('mailto:') ? undefined : '_blank'}
            rel="noopener noreferrer"
            className={`${textLinkClasses} inline-flex min-h-11 items-center`}
          >
            {target.name}
            {target.href.startsWith('mailto:') ? null : <span className="sr-only"> {t('newTab')}</span>}
          </a>
        </li>
      ))}
    </ul>
  );
}
