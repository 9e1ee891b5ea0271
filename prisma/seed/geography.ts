// The coalition's five regions, and every country from the world-countries package (ISO 3166-1
// alpha-2 codes, English names) placed in one of them. The package's UN geoscheme regions are mapped
// to the coalition's, with the Middle East and North Africa drawn as the World Bank draws it.
import worldCountries from 'world-countries';
import type { RegionSlug } from './content/types';

export interface RegionDefinition {
  slug: RegionSlug;
  name: string;
  description: string;
}

export const regions: RegionDefinition[] = [
  {
    slug: 'africa',
    name: 'Africa',
    description:
      'Members across sub-Saharan Africa monitor early signs of violence, support community mediation and press for accountability through regional bodies.',
  },
  {
    slug: 'americas',
    name: 'Americas',
    description:
      'From the Andes to the Caribbean, members document abuses, protect human rights defenders and work with inter-American institutions.',
  },
  {
    slug: 'asia-pacific',
    name: 'Asia-Pacific',
    description:
      'Members in South, Southeast, East and Central Asia and the Pacific counter hate speech, support displaced people and build local early warning.',
  },
  {
    slug: 'europe',
    name: 'Europe',
    description:
      'Members in Europe work on atrocity prevention policy, universal jurisdiction and support for partners in conflict-affected regions.',
  },
  {
    slug: 'middle-east-north-africa',
    name: 'Middle East and North Africa',
    description:
      'Members across the Middle East and North Africa document violations, support refugees and keep civic space open under pressure.',
  },
];

// Western Asian countries that the coalition counts in Europe (as the World Bank does).
const westernAsiaInEurope = new Set(['AM', 'AZ', 'CY', 'GE', 'TR']);
// Outside Western Asia and Northern Africa but in the Middle East and North Africa.
const otherMiddleEast = new Set(['IR']);
// Sudan works with the African Union's bodies, so the coalition counts it in Africa.
const northernAfricaInAfrica = new Set(['SD']);

export function regionOfCountry(code: string, unRegion: string, unSubregion: string): RegionSlug | null {
  if (otherMiddleEast.has(code)) return 'middle-east-north-africa';
  switch (unRegion) {
    case 'Africa':
      return unSubregion === 'Northern Africa' && !northernAfricaInAfrica.has(code)
        ? 'middle-east-north-africa'
        : 'africa';
    case 'Americas':
      return 'americas';
    case 'Europe':
      return 'europe';
    case 'Oceania':
      return 'asia-pacific';
    case 'Asia':
      if (unSubregion !== 'Western Asia') return 'asia-pacific';
      return westernAsiaInEurope.has(code) ? 'europe' : 'middle-east-north-africa';
    default:
      return null; // Antarctica and the sub-Antarctic islands belong to no region of the coalition.
  }
}

export interface CountryDefinition {
  code: string;
  name: string;
  region: RegionSlug;
}

export const countries: CountryDefinition[] = worldCountries
  .map((country) => ({
    code: country.cca2,
    name: country.name.common,
    region: regionOfCountry(country.cca2, country.region, country.subregion),
  }))
  .filter((country): country is CountryDefinition => country.region !== null)
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));
