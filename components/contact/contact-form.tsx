'use client';

// The contact form of /contact: name, e-mail address, a subject from the list and the message.
// Checked in the browser with the server's schema, sent to a server action, and working without
// JavaScript. Once sent, the form makes way for the thank-you.
import { useTranslations } from 'next-intl';
import { SelectInputField, TextAreaField } from '@/components/ui/form-fields';
import { SubmitButton, useActionForm } from '@/components/ui/form';
import { TextField } from '@/components/ui/text-field';
import { sendContactMessageAction } from '@/lib/contact/actions';
import { contactMessageMaxLength, contactMessageSchema, contactNameMaxLength } from '@/lib/contact/schemas';

export function ContactForm({ subjects }: { subjects: { value: string; label: string }[] }) {
  const t = useTranslations('contact.form');
  const { formProps, field, summary, pending, state } = useActionForm({
    action: sendContactMessageAction,
    schema: contactMessageSchema,
    defaultValues: { name: '', email: '', subject: '', message: '' },
    namespace: 'contact',
    id: 'contact',
    // Visitors get /contact from the page cache: see useActionForm.
    permalink: '/contact',
  });
  if (state?.ok) return <div>{summary}</div>;
  return (
    <form {...formProps} aria-labelledby="write-heading" className="flex flex-col gap-5">
      {summary}
      <TextField label={t('name')} autoComplete="name" maxLength={contactNameMaxLength} {...field('name')} />
      <TextField type="email" autoComplete="email" label={t('email')} hint={t('emailHint')} {...field('email')} />
      <SelectInputField
        label={t('subject')}
        placeholder={t('subjectPlaceholder')}
        options={subjects}
        {...field('subject')}
      />
      <TextAreaField
        label={t('message')}
        hint={t('messageHint')}
        rows={8}
        maxLength={contactMessageMaxLength}
        {...field('message')}
      />
      <SubmitButton pending={pending} label={t('submit')} pendingLabel={t('sending')} />
    </form>
  );
}
