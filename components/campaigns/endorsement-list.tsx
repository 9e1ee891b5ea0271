import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { OrganizationLogo } from '@/components/directory/organization-logo';
import { Badge } from '@/components/ui/badge';
import type { Endorsement } from '@/lib/campaigns/queries';

/** The organisations behind a campaign, leads first: logo, name (to its profile), tier. */
export function EndorsementList({ endorsements }: { endorsements: Endorsement[] }) {
  const t = useTranslations('campaigns');
  return (
    <ul className="divide-y divide-slate-200 border-y border-slate-200">
      {endorsements.map((endorsement) => (
        <li key={endorsement.id} className="flex items-center gap-3 py-3">
          {endorsement.organization.logoUrl ? (
            <OrganizationLogo src={endorsement.organization.logoUrl} size="card" />
          ) : null}
          <div className="min-w-0">
            <Link
              href={`/directory/${endorsement.organization.slug}`}
              className="text-brand-900 decoration-brand-800/30 hover:decoration-brand-900 font-semibold break-words underline"
            >
              {endorsement.organization.name}
            </Link>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
              {endorsement.isLead ? <Badge tone="brand">{t('detail.lead')}</Badge> : null}
              <span>{t(`tier.${endorsement.tier}`)}</span>
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
