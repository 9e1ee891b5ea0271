// Which message catalogues reach the browser. Server components translate on the server and send
// only text; client components (forms, the menu) need their catalogue in the page. Sending the whole
// catalogue made it a third of every page, so the root layout sends the shared namespaces only, and
// a page that renders a client component wraps it here, naming the namespaces that component reads.
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import type messages from '@/lib/i18n/messages/en';

type Namespace = keyof typeof messages;

/** Read by client components on every page: the header's menu and the shared form and error messages. */
export const sharedClientNamespaces = ['nav', 'errors'] as const satisfies readonly Namespace[];

async function pickMessages(namespaces: readonly Namespace[]) {
  const all = await getMessages();
  return Object.fromEntries([...sharedClientNamespaces, ...namespaces].map((namespace) => [namespace, all[namespace]]));
}

/** Gives the client components inside the shared namespaces and `namespaces`. */
export async function ClientMessages({
  namespaces = [],
  children,
}: {
  namespaces?: readonly Namespace[];
  children: ReactNode;
}) {
  return <NextIntlClientProvider messages={await pickMessages(namespaces)}>{children}</NextIntlClientProvider>;
}
