'use server';

// The entry point of the import form (/manage/directory): one form in two steps. "Check the file"
// (intent=check) sends the file and answers with the dry run; "Apply" (intent=apply) sends back the
// checked file and the plan's fingerprint from hidden fields. Thin: who is asking, the dry run in
// queries.ts or the change in mutations.ts, then fresh pages.
import { revalidatePath } from 'next/cache';
import { clientAddress } from '@/lib/auth/request';
import { getViewer } from '@/lib/auth/viewer';
import { formAction, type FormState } from '@/lib/forms/action';
import type { Result } from '@/lib/forms/result';
import { refreshPublicPages } from '@/lib/site/refresh-public-pages';
import { applyDirectoryImport } from './mutations';
import { checkDirectoryImport, type DirectoryImportCheck } from './queries';
import type { DirectoryImportOutcome } from './mutations';

/** What the import form holds after either step. */
export type DirectoryImportAnswer =
  ({ step: 'check' } & DirectoryImportCheck) | ({ step: 'apply' } & DirectoryImportOutcome);

export async function importDirectoryAction(
  previous: unknown,
  formData: FormData,
): Promise<FormState<DirectoryImportAnswer>> {
  // formAction reads the text fields; the file is taken from the post itself.
  const file = formData instanceof FormData ? formData.get('file') : null;
  const step = formAction<DirectoryImportAnswer>(async (values): Promise<Result<DirectoryImportAnswer>> => {
    const viewer = await getViewer();
    if (values.intent !== 'apply') {
      const checked = await checkDirectoryImport(viewer, file);
      return checked.ok ? { ok: true, data: { step: 'check', ...checked.data } } : checked;
    }
    const applied = await applyDirectoryImport(viewer, values, { ip: await clientAddress() });
    if (!applied.ok) return applied;
    if (applied.data.created + applied.data.changed > 0) {
      refreshPublicPages();
      revalidatePath('/directory', 'layout');
    }
    return { ...applied, data: { step: 'apply', ...applied.data } };
  });
  return step(previous, formData);
}
