// How a profile field is shown on the organisation's page, by its kind (lib/directory/profile-fields.ts).
// A field its organisation keeps for members reaches this component already emptied, with `hidden` set.
import { useTranslations } from 'next-intl';
import { TagList } from '@/components/ui/tag-list';
import { textLinkClasses } from '@/components/ui/text-link';
import type { OrganizationProfile } from '@/lib/directory/queries';
import { kindOf, type ProfileFieldName } from '@/lib/directory/profile-fields';
import { hrefWith } from '@/lib/site/search-params';
import { displayUrl, safeHttpUrl } from '@/lib/site/text';

/** Whether the page has something to show for the field: a value, or the note that it is for members. */
export function showsProfileField(organization: OrganizationProfile, field: ProfileFieldName): boolean {
  const value = organization[field];
  return organization.hiddenFields.includes(field) || (Array.isArray(value) ? value.length > 0 : Boolean(value));
}

/** The field's value, or a "members only" note, or null when there is nothing to show. */
export function ProfileFieldValue({
  organization,
  field,
}: {
  organization: OrganizationProfile;
  field: ProfileFieldName;
}) {
  const t = useTranslations();
  if (organization.hiddenFields.includes(field)) {
    return <p className="text-slate-700">{t(`organizationProfile.fields.${field}.hidden`)}</p>;
  }
  const value = organization[field];
  switch (kindOf(field)) {
    case 'text': {
      const paragraphs =
        typeof value === 'string' ? value.split(/\n\s*\n/).filter((paragraph) => paragraph.trim()) : [];
      if (paragraphs.length === 0) return null;
      return (
        <div className="max-w-prose space-y-4 text-lg leading-relaxed text-slate-800">
          {paragraphs.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      );
    }
    case 'url': {
      const website = typeof value === 'string' ? safeHttpUrl(value) : null;
      return website ? (
        <a href={website} className={`${textLinkClasses} break-all`} rel="noopener noreferrer">
          {displayUrl(website)}
        </a>
      ) : null;
    }
    case 'email':
      return typeof value === 'string' && value ? (
        <a href={`mailto:${value}`} className={`${textLinkClasses} break-all`}>
          {value}
        </a>
      ) : null;
    case 'themes':
      return organization.themes.length > 0 ? (
        <TagList
          tags={organization.themes.map((theme) => ({
            label: theme.label,
            href: hrefWith('/directory', { theme: theme.slug }),
          }))}
        />
      ) : null;
    case 'countries':
      return organization.countries.length > 0
        ? organization.countries.map((country) => country.name).join(t('common.listSeparator'))
        : null;
  }
}
