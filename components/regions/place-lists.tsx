import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { OrganizationType } from '@/lib/generated/prisma/enums';
import { countryPath } from '@/lib/site/country-path';

const linkClasses = 'text-brand-900 decoration-brand-800/30 hover:decoration-brand-900 underline';

/** Organisations as a compact list of names (each to its profile) and types: a region's, a country's. */
export function OrganizationNameList({
  organizations,
}: {
  organizations: { slug: string; name: string; type: OrganizationType }[];
}) {
  const t = useTranslations('common');
  return (
    <ul className="grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
      {organizations.map((organization) => (
        <li key={organization.slug}>
          <Link href={`/directory/${organization.slug}`} className={`${linkClasses} font-medium`}>
            {organization.name}
          </Link>
          <span className="text-sm text-slate-700"> · {t(`organizationType.${organization.type}`)}</span>
        </li>
      ))}
    </ul>
  );
}

/** Countries in columns, each linked to its page: a region's, or every one of a region on /countries. */
export function CountryLinkList({ countries }: { countries: { code: string; name: string }[] }) {
  return (
    <ul className="columns-2 gap-6 text-slate-800 sm:columns-3 lg:columns-4">
      {countries.map((country) => (
        <li key={country.code} className="break-inside-avoid py-0.5">
          <Link href={countryPath(country.code)} className={linkClasses}>
            {country.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
