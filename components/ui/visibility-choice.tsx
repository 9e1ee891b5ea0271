// Who sees something (everyone, or signed-in members only), as a row of radio buttons: the same
// choice on the organisation profile, for each field, and on /join, for the public address.
import type { ComponentProps } from 'react';
import { Choice, ChoiceGroup } from '@/components/ui/form-fields';
import { visibilities } from '@/lib/forms/fields';
import type { Visibility } from '@/lib/generated/prisma/enums';

export function VisibilityChoice({
  id,
  legend,
  error,
  labelOf,
  choiceOf,
}: {
  id: string;
  legend: string;
  error?: string | null;
  /** The words for each choice, from the form's own catalogue. */
  labelOf: (visibility: Visibility) => string;
  /** The form's `choice(name, visibility)` for the field that holds it. */
  choiceOf: (visibility: Visibility) => Omit<ComponentProps<typeof Choice>, 'label' | 'type'>;
}) {
  return (
    <ChoiceGroup id={id} legend={legend} error={error} className="flex-row flex-wrap gap-x-6">
      {visibilities.map((visibility) => (
        <Choice key={visibility} type="radio" label={labelOf(visibility)} {...choiceOf(visibility)} />
      ))}
    </ChoiceGroup>
  );
}
