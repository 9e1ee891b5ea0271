// The coalition's standard themes: reference data every install gets (the launcher adds any that are
// missing at start, like the regions and countries), and the themes the demo content is tagged with.
// Staff add more in the portal; a slug never changes once written, a label may be reworded.
export const standardThemes = [
  { slug: 'accountability', label: 'accountability' },
  { slug: 'civilian-protection', label: 'civilian protection' },
  { slug: 'climate-and-conflict', label: 'climate and conflict' },
  { slug: 'early-warning', label: 'early warning' },
  { slug: 'hate-speech', label: 'hate speech' },
  { slug: 'human-rights-documentation', label: 'human rights documentation' },
  { slug: 'media-freedom', label: 'media freedom' },
  { slug: 'peacebuilding', label: 'peacebuilding' },
  { slug: 'refugees-and-displacement', label: 'refugees and displacement' },
  { slug: 'transitional-justice', label: 'transitional justice' },
  { slug: 'women-peace-and-security', label: 'women, peace and security' },
  { slug: 'youth', label: 'youth' },
] as const;

export type StandardThemeSlug = (typeof standardThemes)[number]['slug'];
