import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { ApplicationListItem } from '@/lib/applications/queries';

/** Applications as a list of cards: the organisation's name opens the application. */
export function ApplicationList({ applications }: { applications: ApplicationListItem[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const separator = t('common.listSeparator');
  return (
    <ul className="flex flex-col gap-4">
      {applications.map((application) => (
        <li key={application.id}>
          <article className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone="brand">{t(`common.organizationType.${application.organizationType}`)}</Badge>
              <Badge tone="muted">{t(`common.membershipCategory.${application.category}`)}</Badge>
            </div>
            <h2 className="mt-3 text-lg leading-snug font-semibold">
              <Link
                href={`/manage/applications/${application.id}`}
                className="text-brand-900 decoration-brand-800/30 hover:decoration-brand-900 underline"
              >
                {application.organizationName}
              </Link>
            </h2>
            <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
              <div>
                <dt className="font-semibold text-slate-800">{t('applications.table.regions')}</dt>
                <dd className="text-slate-700">{application.regions.map((region) => region.name).join(separator)}</dd>
              </div>
              <div>
                <dt className="font-semibold text-slate-800">{t('applications.table.contact')}</dt>
                <dd className="text-slate-700">{application.contactName}</dd>
              </div>
              <div>
                <dt className="font-semibold text-slate-800">{t('applications.table.submitted')}</dt>
                <dd className="text-slate-700">
                  <time dateTime={application.createdAt.toISOString()}>
                    {format.dateTime(application.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                  </time>
                </dd>
              </div>
            </dl>
          </article>
        </li>
      ))}
    </ul>
  );
}
