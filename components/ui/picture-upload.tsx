'use client';

// What the picture forms share (an organisation's logo, a campaign's image): their files go to a
// route handler that streams them into the store (lib/storage/pictures.ts). With JavaScript the form
// sends through fetch, asking for JSON, and a file over the limit is refused before it is sent;
// without, it is a plain multipart post that leads back to the page with the outcome. `sendPicture`
// is the form's action for useActionForm; `PictureFileInput` its labelled file field.
import { useRouter } from 'next/navigation';
import { FieldError, FieldHint } from '@/components/ui/form-fields';
import type { FormState } from '@/lib/forms/action';

/** What the route handlers answer a request that asks for JSON (lib/storage/picture-responses.ts). */
interface PictureAnswer {
  ok?: boolean;
  message?: string;
  error?: string;
  fieldErrors?: Record<string, string[] | undefined>;
}

export interface PictureUpload {
  /** Where the form posts. */
  endpoint: string;
  /** The form field the file is sent in. */
  field: string;
  /** The file input's id (cleared once the picture is kept). */
  inputId: string;
  /** The limit in MB, checked here before sending and again by the server. */
  maxMegabytes: number;
  /** Whether the form may be sent without a file (it then changes the other fields alone). */
  fileOptional?: boolean;
  /** The success message when the answer names none. */
  changedMessage: string;
}

const fileRefusal = (field: string, reason: 'fileMissing' | 'fileTooLarge'): FormState => ({
  ok: false,
  status: reason === 'fileTooLarge' ? 413 : 400,
  message: 'invalidInput',
  fieldErrors: { [field]: [reason] },
});

/** The action of a picture form, for useActionForm: sends the form and reads the route's answer. */
export function useSendPicture({
  endpoint,
  field,
  inputId,
  maxMegabytes,
  fileOptional,
  changedMessage,
}: PictureUpload) {
  const router = useRouter();
  return async function sendPicture(_previous: unknown, formData: FormData): Promise<FormState> {
    const file = formData.get(field);
    const chosen = file instanceof File && file.size > 0;
    if (!chosen && !fileOptional) return fileRefusal(field, 'fileMissing');
    if (chosen && file.size > maxMegabytes * 1024 * 1024) return fileRefusal(field, 'fileTooLarge');
    const response = await fetch(endpoint, { method: 'POST', headers: { accept: 'application/json' }, body: formData });
    const answer = (await response.json().catch(() => ({}))) as PictureAnswer;
    if (response.ok && answer.ok) {
      const input = document.getElementById(inputId);
      if (input instanceof HTMLInputElement) input.value = '';
      // The page again, with the new picture's address.
      router.refresh();
      return { ok: true, message: answer.message ?? changedMessage };
    }
    if (response.status === 413) return fileRefusal(field, 'fileTooLarge');
    return { ok: false, status: 400, message: answer.error ?? 'unexpected', fieldErrors: answer.fieldErrors };
  };
}

/** A picture form's file field: its label, a hint, the error beside it. */
export function PictureFileInput({
  id,
  name,
  label,
  hint,
  error,
  required,
  accept,
}: {
  id: string;
  name: string;
  label: string;
  hint: string;
  error: string | null | undefined;
  required: boolean;
  /** The file picker's hint: the extensions of the types kept (the server decides by content). */
  accept: string;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">
        {label}
      </label>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <input
        id={id}
        name={name}
        type="file"
        required={required}
        accept={accept}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(' ')}
        className="min-h-11 text-slate-900 file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-500 file:bg-white file:px-3 file:font-medium"
      />
      <FieldError id={errorId} message={error} />
    </div>
  );
}
