'use client';

// The import of the directory in two steps, one form: choose a file and check it (the dry run:
// what it would add, change field by field, and refuse by line), then apply exactly that. The
// checked file and the plan's fingerprint travel in hidden fields, so it works without JavaScript.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { buttonClasses } from '@/components/ui/button-link';
import { FieldError, FieldHint } from '@/components/ui/form-fields';
import { useActionForm, type useFormMessages } from '@/components/ui/form';
import { FormAlert } from '@/components/ui/form-alert';
import { importDirectoryAction } from '@/lib/directory-csv/actions';
import type { DirectoryImportPlan } from '@/lib/directory-csv/plan';
import { PlanTable, planCellClasses } from './plan-table';

type Messages = ReturnType<typeof useFormMessages>;

export function DirectoryImportForm({ maxKilobytes, maxRows }: { maxKilobytes: number; maxRows: number }) {
  const t = useTranslations('directoryCsv');
  const { formProps, summary, pending, state, messages } = useActionForm({
    action: importDirectoryAction,
    defaultValues: {},
    namespace: 'directoryCsv',
    id: 'directory-import',
  });
  // The last answer stays on screen while the next post is on its way: the Apply button that sends
  // it must still be in the form when the form's data is read.
  const [shown, setShown] = useState(state);
  // A file over the limit is refused here, before it is sent: over Next's 1 MB limit on a server
  // action's body it would be refused before the server's own check could say why.
  const [fileTooLarge, setFileTooLarge] = useState(false);
  if (state && state !== shown) setShown(state);
  const checked = shown?.ok && shown.data.step === 'check' ? shown.data : null;
  const plan = checked?.plan;
  const canApply = plan && plan.refusals.length === 0 && plan.creates.length + plan.changes.length > 0;
  return (
    <form
      {...formProps}
      onSubmit={(event) => {
        if (fileTooLarge) {
          event.preventDefault();
          event.currentTarget.querySelector<HTMLInputElement>('#directory-import-file')?.focus();
          return;
        }
        formProps.onSubmit(event);
      }}
      aria-label={t('import.heading')}
      className="flex flex-col gap-5"
    >
      {summary}
      {checked && plan ? (
        <>
          <ImportPlan plan={plan} messages={messages} />
          <input type="hidden" name="content" value={checked.content} />
          <input type="hidden" name="planHash" value={plan.hash} />
          <div className="flex flex-wrap items-center gap-4">
            {canApply ? (
              <button type="submit" name="intent" value="apply" disabled={pending} className={buttonClasses()}>
                {pending ? t('import.applying') : t('import.apply')}
              </button>
            ) : null}
            {/* Back to the empty form: a fresh page, without JavaScript too. */}
            <a href="/manage/directory" className={buttonClasses('secondary')}>
              {t('import.again')}
            </a>
          </div>
        </>
      ) : (
        <>
          <div className="flex flex-col gap-1">
            <label htmlFor="directory-import-file" className="text-sm font-semibold text-slate-800">
              {t('import.file')}
            </label>
            <FieldHint id="directory-import-file-hint">
              {t('import.fileHint', { max: maxKilobytes, rows: maxRows })}
            </FieldHint>
            <input
              id="directory-import-file"
              type="file"
              name="file"
              accept=".csv,text/csv"
              aria-describedby="directory-import-file-hint directory-import-file-error"
              aria-invalid={fileTooLarge || undefined}
              aria-errormessage={fileTooLarge ? 'directory-import-file-error' : undefined}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                setFileTooLarge(file !== undefined && file.size > maxKilobytes * 1024);
              }}
              className="min-h-11 w-full max-w-xl rounded-md border border-slate-500 bg-white px-3 py-2 text-slate-900"
            />
            <FieldError id="directory-import-file-error" message={fileTooLarge ? t('errors.fileTooLarge') : null} />
          </div>
          <div>
            <button type="submit" name="intent" value="check" disabled={pending} className={buttonClasses()}>
              {pending ? t('import.checking') : t('import.check')}
            </button>
          </div>
        </>
      )}
    </form>
  );
}

/** The dry run: counts, then the refused rows, the organisations to add and those to change. */
function ImportPlan({ plan, messages }: { plan: DirectoryImportPlan; messages: Messages }) {
  const t = useTranslations('directoryCsv');
  const column = (name: string) => (t.has(`columns.${name}` as never) ? t(`columns.${name}` as never) : name);
  const shown = (value: string) => value || t('plan.empty');
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h3 id="import-plan-heading" className="text-xl font-semibold text-slate-900">
          {t('plan.heading')}
        </h3>
        <p className="mt-2 text-slate-700">
          {t('plan.summary', {
            creates: plan.creates.length,
            changes: plan.changes.length,
            unchanged: plan.unchanged,
            refusals: plan.refusals.length,
          })}
        </p>
        {plan.refusals.length > 0 ? (
          <div className="mt-3">
            <FormAlert>{t('plan.refusedNote')}</FormAlert>
          </div>
        ) : plan.creates.length + plan.changes.length === 0 ? (
          <p className="mt-2 text-slate-700">{t('plan.nothing')}</p>
        ) : (
          <p className="mt-2 text-slate-700">{t('plan.ready')}</p>
        )}
      </div>

      {plan.refusals.length > 0 ? (
        <section aria-labelledby="import-refused-heading">
          <h4 id="import-refused-heading" className="text-lg font-semibold text-slate-900">
            {t('plan.refusedHeading')}
          </h4>
          <PlanTable headings={[t('plan.line'), t('plan.slug'), t('plan.reason')]}>
            {plan.refusals.map((row) => (
              <tr key={row.line}>
                <td className={planCellClasses}>{row.line}</td>
                <td className={`${planCellClasses} break-all`}>{row.slug}</td>
                <td className={planCellClasses}>
                  <ul className="flex flex-col gap-1">
                    {row.errors.map((error) => {
                      const reason = `${column(error.column)}: ${messages.field(error.key) ?? ''}`;
                      const value =
                        error.key === 'slugRepeated' ? t('plan.repeated', { value: error.value ?? '' }) : error.value;
                      return (
                        <li key={`${error.column}-${error.key}`}>
                          {value ? t('plan.reasonWithValue', { reason, value }) : reason}
                        </li>
                      );
                    })}
                  </ul>
                </td>
              </tr>
            ))}
          </PlanTable>
        </section>
      ) : null}

      {plan.creates.length > 0 ? (
        <section aria-labelledby="import-creates-heading">
          <h4 id="import-creates-heading" className="text-lg font-semibold text-slate-900">
            {t('plan.createsHeading')}
          </h4>
          <PlanTable headings={[t('plan.line'), t('plan.slug'), t('plan.name')]}>
            {plan.creates.map((row) => (
              <tr key={row.line}>
                <td className={planCellClasses}>{row.line}</td>
                <td className={`${planCellClasses} break-all`}>{row.slug}</td>
                <td className={planCellClasses}>{row.name}</td>
              </tr>
            ))}
          </PlanTable>
        </section>
      ) : null}

      {plan.changes.length > 0 ? (
        <section aria-labelledby="import-changes-heading">
          <h4 id="import-changes-heading" className="text-lg font-semibold text-slate-900">
            {t('plan.changesHeading')}
          </h4>
          {plan.changes.map((row) => (
            <PlanTable
              key={row.line}
              className="mt-5"
              caption={t('plan.changeCaption', { line: row.line, slug: row.slug, name: row.name })}
              headings={[t('plan.column'), t('plan.before'), t('plan.after')]}
            >
              {row.changes.map((change) => (
                <tr key={change.column}>
                  <th scope="row" className={`${planCellClasses} font-medium`}>
                    {column(change.column)}
                  </th>
                  <td className={`${planCellClasses} break-words whitespace-pre-wrap`}>{shown(change.before)}</td>
                  <td className={`${planCellClasses} break-words whitespace-pre-wrap`}>{shown(change.after)}</td>
                </tr>
              ))}
            </PlanTable>
          ))}
        </section>
      ) : null}

      {plan.membersDiffer.length > 0 ? (
        <section aria-labelledby="import-members-heading">
          <h4 id="import-members-heading" className="text-lg font-semibold text-slate-900">
            {t('plan.membersHeading')}
          </h4>
          <p className="mt-2 text-slate-700">{t('plan.membersNote')}</p>
          <ul className="mt-2 list-disc pl-6 text-slate-700">
            {plan.membersDiffer.map((row) => (
              <li key={row.line}>{t('plan.lineSlug', { line: row.line, slug: row.slug })}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
