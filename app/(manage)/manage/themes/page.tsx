import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageContainer } from '@/components/site/site-shell';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { TextLink } from '@/components/ui/text-link';
import { dataOrRefusalPage, requirePermission } from '@/lib/auth/guards';
import { hrefWith } from '@/lib/site/search-params';
import { listThemesForManaging } from '@/lib/themes/queries';
import { CreateThemeForm } from './_components/create-theme-form';
import { RenameThemeForm } from './_components/rename-theme-form';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('themes');
  return { title: t('metaTitle') };
}

/** The themes vocabulary: staff add themes and reword them; organisations and publications pick from it. */
export default async function ThemesPage() {
  const viewer = await requirePermission('/manage/themes', 'theme:manage', {});
  const [t, result] = await Promise.all([getTranslations('themes'), listThemesForManaging(viewer)]);
  const themes = dataOrRefusalPage(result, '/manage/themes');
  return (
    <ClientMessages namespaces={['themes']}>
      <PageContainer className="max-w-4xl">
        <PageHeader title={t('title')} intro={t('intro')} />
        <Section id="new-theme" title={t('create.heading')}>
          <CreateThemeForm />
        </Section>
        <Section id="themes" title={t('list.heading', { count: themes.length })}>
          {themes.length > 0 ? (
            <ul className="flex flex-col gap-4">
              {themes.map((theme) => (
                <li
                  key={theme.id}
                  id={`theme-${theme.id}`}
                  className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
                >
                  <h3 className="text-lg font-semibold text-slate-900">{theme.label}</h3>
                  <p className="mt-1 text-sm text-slate-700">
                    {t('list.uses', theme.uses)}{' '}
                    <TextLink href={hrefWith('/directory', { theme: theme.slug })}>{t('list.inDirectory')}</TextLink>
                    {' · '}
                    <TextLink href={hrefWith('/library', { theme: theme.slug })}>{t('list.inLibrary')}</TextLink>
                  </p>
                  <p className="mt-1 text-sm text-slate-700">{t('list.slug', { slug: theme.slug })}</p>
                  <div className="mt-3">
                    <RenameThemeForm slug={theme.slug} label={theme.label} />
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">{t('list.empty')}</p>
          )}
        </Section>
      </PageContainer>
    </ClientMessages>
  );
}
