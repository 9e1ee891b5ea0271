import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { OrganizationLogo } from './organization-logo';
import type { OrganizationListItem } from '@/lib/directory/queries';

/**
 * One organisation in the directory: its logo (if any), name (the link), type, where it works,
 * themes, description.
 */
export function OrganizationCard({ organization }: { organization: OrganizationListItem }) {
  const t = useTranslations();
  const separator = t('common.listSeparator');
  const places = organization.countries.length > 0 ? organization.countries : organization.regions;
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition-shadow hover:shadow-md">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="brand">{t(`common.organizationType.${organization.type}`)}</Badge>
        {organization.status !== 'ACTIVE' ? (
          <Badge tone="warning">{t(`common.organizationStatus.${organization.status}`)}</Badge>
        ) : null}
      </div>
      <div className="mt-3 flex items-center gap-3">
        {organization.logoUrl ? <OrganizationLogo src={organization.logoUrl} size="card" /> : null}
        <h2 className="min-w-0 text-lg leading-snug font-semibold break-words">
          <Link
            href={`/directory/${organization.slug}`}
            className="text-brand-900 decoration-brand-800/30 hover:decoration-brand-900 underline"
          >
            {organization.name}
          </Link>
        </h2>
      </div>
      {organization.shortDescription ? <p className="mt-2 text-slate-700">{organization.shortDescription}</p> : null}
      <dl className="mt-auto space-y-2 pt-4 text-sm">
        {places.length > 0 ? (
          <div>
            <dt className="font-semibold text-slate-800">{t('directory.card.worksIn')}</dt>
            <dd className="text-slate-700">
              {places.map((place) => place.name).join(separator)}
              {organization.countries.length > 0 && organization.regions.length > 0 ? (
                <span> ({organization.regions.map((region) => region.name).join(separator)})</span>
              ) : null}
            </dd>
          </div>
        ) : null}
        {organization.themes.length > 0 ? (
          <div>
            <dt className="font-semibold text-slate-800">{t('directory.card.themes')}</dt>
            <dd className="text-slate-700">{organization.themes.map((theme) => theme.label).join(separator)}</dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
