import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { CampaignImage } from '@/components/campaigns/campaign-image';
import { CampaignForm } from '@/components/campaigns/campaign-form';
import { CampaignStatusBadge } from '@/components/campaigns/campaign-status-badge';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PageContainer } from '@/components/site/site-shell';
import { FormAlert } from '@/components/ui/form-alert';
import { Markdown } from '@/components/ui/markdown';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { BackLink, TextLink, textLinkClasses } from '@/components/ui/text-link';
import { dataOrRefusalPage, requirePermission } from '@/lib/auth/guards';
import { getViewer } from '@/lib/auth/viewer';
import {
  changeCampaignStatusAction,
  removeCampaignImageAction,
  removeCampaignUpdateAction,
  setEndorsementLeadAction,
} from '@/lib/campaigns/actions';
import {
  acceptedCampaignImageExtensions,
  campaignImageAltField,
  campaignImageBox,
  campaignImageField,
} from '@/lib/campaigns/image';
import { getCampaignForEditing, getCampaignFormOptions } from '@/lib/campaigns/queries';
import { campaignSteps, type CampaignStep } from '@/lib/campaigns/schemas';
import { env } from '@/lib/env';
import type { FormAnswer } from '@/lib/forms/action';
import { firstValue, type SearchParams } from '@/lib/site/search-params';
import { CampaignButton } from './_components/campaign-button';
import { CampaignImageForm } from './_components/campaign-image-form';
import { CampaignUpdateForm } from './_components/campaign-update-form';
import { HeldSignatures } from './_components/held-signatures';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

const outcomes = [
  'created',
  ...(Object.keys(campaignSteps) as CampaignStep[]),
  'updatePosted',
  'updateRemoved',
  'heldReleased',
  'heldDiscarded',
  'leadMarked',
  'leadUnmarked',
  'imageRemoved',
] as const;
type Outcome = (typeof outcomes)[number];

/** What a redirect after a write may announce (?outcome=…&count=…). */
function outcomeOf(value: unknown): Outcome | null {
  return outcomes.find((outcome) => outcome === value) ?? null;
}

/** What the image form may be told after a post without JavaScript, field by field. */
const imageFileErrors = ['fileMissing', 'fileType', 'fileTooLarge', 'fileUnreadable'] as const;
const imageAltErrors = ['imageAltRequired', 'imageAltTooLong', 'imageAltInvalid'] as const;
const imageRefusals = ['archived', 'notFound', 'forbidden'] as const;
const imageOutcomes = ['imageChanged', 'imageAltChanged', 'noChanges'] as const;

/** What an image post without JavaScript led to (?outcome=…, or ?imageError=…&imageAltError=…), for its form. */
function imageAnswerOf(query: SearchParams): FormAnswer | undefined {
  const outcome = imageOutcomes.find((key) => key === firstValue(query.outcome));
  if (outcome) return { ok: true, message: outcome };
  const fileError = imageFileErrors.find((key) => key === firstValue(query.imageError));
  const altError = imageAltErrors.find((key) => key === firstValue(query.imageAltError));
  if (fileError || altError) {
    const fieldErrors = {
      ...(fileError ? { [campaignImageField]: [fileError] } : {}),
      ...(altError ? { [campaignImageAltField]: [altError] } : {}),
    };
    return { ok: false, status: 400, message: 'invalidInput', fieldErrors };
  }
  const refusal = imageRefusals.find((key) => key === firstValue(query.imageError));
  return refusal ? { ok: false, status: 400, message: refusal } : undefined;
}

/** Launching is the step a draft is for; the others are drawn as secondary buttons. */
const mainSteps: readonly CampaignStep[] = ['launch', 'reopen'];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getCampaignForEditing(await getViewer(), (await params).id);
  const t = await getTranslations('manageCampaigns');
  return { title: result.ok ? result.data.values.title : t('metaTitle') };
}

/** One campaign for staff: its state and steps, its signatures, its content, its updates. */
export default async function ManageCampaignPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const returnTo = `/manage/campaigns/${encodeURIComponent(id)}`;
  const viewer = await requirePermission(returnTo, 'campaign:manage', {});
  const [result, options, t, tc, format] = await Promise.all([
    getCampaignForEditing(viewer, id),
    getCampaignFormOptions(),
    getTranslations('manageCampaigns'),
    getTranslations('campaigns'),
    getFormatter(),
  ]);
  const campaign = dataOrRefusalPage(result, returnTo);
  const outcome = outcomeOf(firstValue(query.outcome));
  const count = Number(firstValue(query.count) ?? 0) || 0;
  const date = (value: Date) => format.dateTime(value, { dateStyle: 'long' });
  return (
    <ClientMessages namespaces={['manageCampaigns']}>
      <PageContainer className="max-w-4xl">
        <BackLink href="/manage/campaigns">{t('editor.back')}</BackLink>
        {outcome ? (
          <div className="mb-6">
            <FormAlert tone="success">{t(`results.${outcome}`, { count })}</FormAlert>
          </div>
        ) : null}
        <PageHeader title={campaign.values.title} eyebrow={<CampaignStatusBadge status={campaign.status} />} />
        {campaign.status !== 'DRAFT' && campaign.status !== 'ARCHIVED' ? (
          <p className="mb-6">
            <TextLink href={`/campaigns/${campaign.slug}`}>{t('editor.view')}</TextLink>
          </p>
        ) : null}
        {campaign.status === 'ARCHIVED' ? (
          <p className="mb-6 rounded-md border border-slate-300 bg-slate-50 p-4 text-slate-800">
            {t('editor.archivedNote')}
          </p>
        ) : null}

        <Section id="campaign-state" title={t('stepsHeading')}>
          {campaign.closedAt ? (
            <p className="mb-4 text-slate-700">{t('editor.closedOn', { date: date(campaign.closedAt) })}</p>
          ) : null}
          {campaign.steps.length > 0 ? (
            <div className="flex flex-wrap gap-3">
              {campaign.steps.map((step) => (
                <CampaignButton
                  key={step}
                  action={changeCampaignStatusAction}
                  id={`step-${step}`}
                  fields={{ campaignId: campaign.id, step }}
                  text={t(`steps.${step}`)}
                  pendingText={t('form.saving')}
                  variant={mainSteps.includes(step) ? 'primary' : 'secondary'}
                />
              ))}
            </div>
          ) : (
            <p className="text-slate-700">{t('noSteps')}</p>
          )}
        </Section>

        <Section id="campaign-signatures" title={t('editor.signatures')}>
          <p className="text-slate-800">
            {t('editor.signatureCounts', {
              counted: format.number(campaign.signatures.counted),
              pending: format.number(campaign.signatures.pending),
              held: format.number(campaign.signatures.held),
              withdrawn: format.number(campaign.signatures.withdrawn),
            })}
          </p>
          <p className="mt-4">
            {/* A plain link: a file is not a page for the client router to fetch. */}
            <a href={`${returnTo}/signatures.csv`} type="text/csv" download className={textLinkClasses}>
              {t('editor.downloadCsv')}
            </a>
          </p>
          <p className="mt-1 text-sm text-slate-700">{t('editor.csvNote')}</p>
        </Section>

        <Section id="held-signatures" title={t('held.heading')}>
          <p className="mb-4 max-w-prose text-slate-700">{t('held.intro')}</p>
          <HeldSignatures
            campaignId={campaign.id}
            held={campaign.held}
            count={campaign.signatures.held}
            editable={campaign.editable}
          />
        </Section>

        <Section id="campaign-endorsements" title={t('endorsements.heading')}>
          {campaign.endorsements.length === 0 ? (
            <p className="text-slate-700">{t('endorsements.none')}</p>
          ) : (
            <>
              <p className="mb-4 text-slate-700">{t('endorsements.intro')}</p>
              <ul className="divide-y divide-slate-200 border-y border-slate-200">
                {campaign.endorsements.map((endorsement) => (
                  <li key={endorsement.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                    <p>
                      <span className="font-semibold text-slate-900">{endorsement.organizationName}</span>{' '}
                      <span className="text-slate-700">
                        · {tc(`tier.${endorsement.tier}`)}
                        {endorsement.isLead ? ` · ${t('endorsements.lead')}` : ''}
                      </span>
                    </p>
                    {campaign.editable && endorsement.tier === 'CO_SPONSOR' ? (
                      <CampaignButton
                        action={setEndorsementLeadAction}
                        id={`lead-${endorsement.id}`}
                        fields={{
                          campaignId: campaign.id,
                          endorsementId: endorsement.id,
                          lead: endorsement.isLead ? 'false' : 'true',
                        }}
                        text={endorsement.isLead ? t('endorsements.unmarkLead') : t('endorsements.markLead')}
                        label={t(endorsement.isLead ? 'endorsements.unmarkLeadLabel' : 'endorsements.markLeadLabel', {
                          name: endorsement.organizationName,
                        })}
                        pendingText={t('form.saving')}
                      />
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Section>

        <Section id="campaign-content" title={t('editor.content')}>
          {campaign.editable ? (
            <CampaignForm campaignId={campaign.id} values={campaign.values} regions={options.regions} />
          ) : (
            <p className="text-slate-700">{t('editor.notEditable')}</p>
          )}
        </Section>

        <Section id="campaign-image" title={t('image.heading')}>
          <p className="mb-4 max-w-prose text-slate-700">{t('image.intro')}</p>
          {campaign.editable ? (
            <div className="flex flex-col gap-4">
              <CampaignImageForm
                key={campaign.id}
                image={campaign.image}
                endpoint={`/api/campaigns/${encodeURIComponent(campaign.id)}/image`}
                accept={acceptedCampaignImageExtensions}
                maxMegabytes={env.CAMPAIGN_IMAGE_MAX_MB}
                box={campaignImageBox}
                initialState={imageAnswerOf(query)}
              />
              {campaign.image ? (
                <CampaignButton
                  action={removeCampaignImageAction}
                  id="campaign-image-remove"
                  fields={{ campaignId: campaign.id }}
                  text={t('image.remove')}
                  pendingText={t('image.removing')}
                />
              ) : null}
            </div>
          ) : campaign.image ? (
            <CampaignImage image={campaign.image} className="max-w-xl rounded-md border border-slate-200 bg-white" />
          ) : (
            <p className="text-slate-700">{t('image.none')}</p>
          )}
        </Section>

        <Section id="campaign-updates" title={t('updates.heading')}>
          <p className="mb-4 text-slate-700">{t('updates.intro')}</p>
          {campaign.editable ? <CampaignUpdateForm campaignId={campaign.id} /> : null}
          {campaign.updates.length === 0 ? (
            <p className="mt-6 text-slate-700">{t('updates.none')}</p>
          ) : (
            <ol className="mt-6 flex flex-col gap-6">
              {campaign.updates.map((update) => (
                <li key={update.id} className="rounded-lg border border-slate-200 p-4">
                  <h3 className="text-lg font-semibold text-slate-900">{update.title}</h3>
                  <p className="mb-2 text-sm text-slate-700">
                    {update.author
                      ? t('updates.by', { date: date(update.publishedAt), name: update.author })
                      : t('updates.byNobody', { date: date(update.publishedAt) })}
                  </p>
                  <Markdown minHeadingLevel={4}>{update.body}</Markdown>
                  {campaign.editable ? (
                    <div className="mt-3">
                      <CampaignButton
                        action={removeCampaignUpdateAction}
                        id={`update-remove-${update.id}`}
                        fields={{ campaignId: campaign.id, updateId: update.id }}
                        text={t('updates.remove')}
                        label={t('updates.removeLabel', { title: update.title })}
                        pendingText={t('form.saving')}
                      />
                    </div>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </Section>
      </PageContainer>
    </ClientMessages>
  );
}
