import { useFormatter, useTranslations } from 'next-intl';
import { TextLink } from '@/components/ui/text-link';
import type { PersonListItem } from '@/lib/people/queries';
import { MemberStatusBadge } from './member-status-badge';

const cell = 'px-3 py-3 align-top';

/** The people of one page of the list; each name opens the person's page. */
export function PeopleTable({ people }: { people: PersonListItem[] }) {
  const t = useTranslations('people');
  const format = useFormatter();
  return (
    <div
      role="region"
      aria-labelledby="people-table-caption"
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200"
    >
      <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
        <caption id="people-table-caption" className="sr-only">
          {t('table.caption')}
        </caption>
        <thead className="bg-slate-50 text-slate-800">
          <tr>
            <th scope="col" className={cell}>
              {t('table.name')}
            </th>
            <th scope="col" className={cell}>
              {t('table.email')}
            </th>
            <th scope="col" className={cell}>
              {t('table.role')}
            </th>
            <th scope="col" className={cell}>
              {t('table.status')}
            </th>
            <th scope="col" className={cell}>
              {t('table.organization')}
            </th>
            <th scope="col" className={cell}>
              {t('table.lastSignIn')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {people.map((person) => (
            <tr key={person.id}>
              <th scope="row" className={`${cell} font-semibold`}>
                <TextLink href={`/manage/people/${person.id}`}>{person.name}</TextLink>
              </th>
              <td className={`${cell} break-words text-slate-800`}>{person.email}</td>
              <td className={cell}>{t(`roles.${person.role}`)}</td>
              <td className={cell}>
                <MemberStatusBadge status={person.status} />
              </td>
              <td className={cell}>
                {person.organization ? (
                  person.organization.name
                ) : (
                  <span className="text-slate-700">{t('table.noOrganization')}</span>
                )}
              </td>
              <td className={`${cell} whitespace-nowrap`}>
                {person.lastSignInAt ? (
                  <time dateTime={person.lastSignInAt.toISOString()}>
                    {format.dateTime(person.lastSignInAt, { dateStyle: 'medium', timeStyle: 'short' })}
                  </time>
                ) : (
                  <span className="text-slate-700">{t('table.never')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
