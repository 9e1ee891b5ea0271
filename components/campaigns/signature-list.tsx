import { useFormatter, useTranslations } from 'next-intl';
import type { PublicSignature } from '@/lib/campaigns/queries';

/** The latest public signatures: name, country, comment and date. */
export function SignatureList({ signatures }: { signatures: PublicSignature[] }) {
  const t = useTranslations('campaigns.detail');
  const format = useFormatter();
  return (
    <ul className="divide-y divide-slate-200 border-y border-slate-200">
      {signatures.map((signature) => (
        <li key={signature.id} className="py-4">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <p className="font-semibold text-slate-900">
              {signature.country
                ? t('signatureLine', { name: signature.name, country: signature.country })
                : signature.name}
            </p>
            <p className="text-sm text-slate-700">
              <time dateTime={signature.createdAt.toISOString()}>
                {t('signedOn', { date: format.dateTime(signature.createdAt, { dateStyle: 'medium' }) })}
              </time>
            </p>
          </div>
          {signature.comment ? <p className="mt-1 text-slate-700">“{signature.comment}”</p> : null}
        </li>
      ))}
    </ul>
  );
}
