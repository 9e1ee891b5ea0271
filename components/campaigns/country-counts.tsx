import { useFormatter, useTranslations } from 'next-intl';
import type { CountryCount } from '@/lib/campaigns/queries';

/**
 * How many people signed from each country, most first: a table (the same figures are at
 * /campaigns/<slug>/countries.json). At most `limit` rows; the rest are summed in a last row.
 */
export function CountryCounts({ countries, limit }: { countries: CountryCount[]; limit?: number }) {
  const t = useTranslations('campaigns.countries');
  const format = useFormatter();
  const shown = limit === undefined ? countries : countries.slice(0, limit);
  const others = countries.slice(shown.length);
  const cell = 'px-3 py-2';
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{t('caption')}</caption>
      <thead className="border-b border-slate-300 text-slate-800">
        <tr>
          <th scope="col" className={cell}>
            {t('country')}
          </th>
          <th scope="col" className={`${cell} text-right`}>
            {t('signatures')}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {shown.map((country) => (
          <tr key={country.code ?? 'none'}>
            <th scope="row" className={`${cell} font-normal`}>
              {country.name ?? t('notGiven')}
            </th>
            <td className={`${cell} text-right tabular-nums`}>{format.number(country.count)}</td>
          </tr>
        ))}
        {others.length > 0 ? (
          <tr>
            <th scope="row" className={`${cell} font-normal`}>
              {t('others', { count: others.length })}
            </th>
            <td className={`${cell} text-right tabular-nums`}>
              {format.number(others.reduce((sum, country) => sum + country.count, 0))}
            </td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
