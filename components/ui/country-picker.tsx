// Countries chosen by region: one folding panel per region, open where something is already chosen,
// each saying how many of its countries are ticked. Used by every form that tags countries (an
// organisation's profile, a publication). Works without JavaScript: <details> and checkboxes.
import type { ComponentProps } from 'react';
import { Choice, ChoiceGroup } from '@/components/ui/form-fields';
import type { RegionWithCountries } from '@/lib/regions/queries';

export function CountryPicker({
  id,
  legend,
  hint,
  error,
  regions,
  chosen,
  stored,
  regionSummary,
  regionLegend,
  choiceOf,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string | null;
  regions: RegionWithCountries[];
  /** The codes ticked now (watched), for the counts. */
  chosen: string[];
  /** The codes stored, whose regions start open. */
  stored: string[];
  /** "Africa (2 chosen)", from the form's catalogue. */
  regionSummary: (region: string, count: number) => string;
  /** "Countries in Africa". */
  regionLegend: (region: string) => string;
  /** The form's `choice(name, code)` for the field that holds the codes. */
  choiceOf: (code: string) => Omit<ComponentProps<typeof Choice>, 'label' | 'type'>;
}) {
  return (
    <ChoiceGroup id={id} legend={legend} hint={hint} error={error}>
      {regions.map((region) => {
        const count = region.countries.filter((country) => chosen.includes(country.code)).length;
        return (
          <details
            key={region.slug}
            open={region.countries.some((country) => stored.includes(country.code))}
            className="rounded-md border border-slate-300 bg-white"
          >
            <summary className="min-h-11 cursor-pointer px-4 py-2.5 font-semibold text-slate-900">
              {regionSummary(region.name, count)}
            </summary>
            <fieldset className="border-t border-slate-200 px-4 py-3">
              <legend className="sr-only">{regionLegend(region.name)}</legend>
              <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
                {region.countries.map((country) => (
                  <li key={country.code}>
                    <Choice label={country.name} {...choiceOf(country.code)} />
                  </li>
                ))}
              </ul>
            </fieldset>
          </details>
        );
      })}
    </ChoiceGroup>
  );
}
