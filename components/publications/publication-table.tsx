import { useFormatter, useTranslations } from 'next-intl';
import { TextLink } from '@/components/ui/text-link';
import type { PublicationRow } from '@/lib/publications/queries';
import { PublicationStatusBadge } from './publication-status-badge';

const cell = 'px-3 py-3 align-top';

/** Publications as those who write and review them list them; each title opens its page under `basePath`. */
export function PublicationTable({
  publications,
  basePath,
  caption,
}: {
  publications: PublicationRow[];
  basePath: string;
  caption: string;
}) {
  const t = useTranslations('publications.manage');
  const tc = useTranslations('common');
  const format = useFormatter();
  return (
    <div
      role="region"
      aria-labelledby="publication-table-caption"
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200"
    >
      <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
        <caption id="publication-table-caption" className="sr-only">
          {caption}
        </caption>
        <thead className="bg-slate-50 text-slate-800">
          <tr>
            <th scope="col" className={cell}>
              {t('columns.title')}
            </th>
            <th scope="col" className={cell}>
              {t('columns.kind')}
            </th>
            <th scope="col" className={cell}>
              {t('columns.status')}
            </th>
            <th scope="col" className={cell}>
              {t('columns.regions')}
            </th>
            <th scope="col" className={cell}>
              {t('columns.by')}
            </th>
            <th scope="col" className={cell}>
              {t('columns.updated')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {publications.map((publication) => (
            <tr key={publication.id}>
              <th scope="row" className={`${cell} font-semibold`}>
                <TextLink href={`${basePath}/${publication.id}`}>{publication.title}</TextLink>
              </th>
              <td className={cell}>{tc(`publicationKind.${publication.kind}`)}</td>
              <td className={cell}>
                <div className="flex flex-col items-start gap-1">
                  <PublicationStatusBadge status={publication.status} />
                  {publication.visibility === 'MEMBERS' ? (
                    <span className="text-slate-700">{tc('visibility.MEMBERS')}</span>
                  ) : null}
                  {publication.embargoUntil && publication.embargoUntil > new Date() ? (
                    <span className="text-slate-700">
                      {t('embargoed', {
                        date: format.dateTime(publication.embargoUntil, {
                          dateStyle: 'medium',
                          timeStyle: 'short',
                          timeZone: 'UTC',
                        }),
                      })}
                    </span>
                  ) : null}
                </div>
              </td>
              <td className={cell}>
                {publication.regions.length > 0
                  ? publication.regions.map((region) => region.name).join(tc('listSeparator'))
                  : t('noRegion')}
              </td>
              <td className={cell}>
                {[publication.submittedBy?.name, publication.organization?.name].filter(Boolean).join(' · ')}
              </td>
              <td className={`${cell} whitespace-nowrap`}>
                <time dateTime={publication.updatedAt.toISOString()}>
                  {format.dateTime(publication.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
