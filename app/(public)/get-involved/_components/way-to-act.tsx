import type { ReactNode } from 'react';

/** One way to act: what it is, and the link that starts it. */
export function WayToAct({
  id,
  title,
  text,
  note,
  children,
}: {
  id: string;
  title: string;
  text: string;
  note?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id={`${id}-heading`} className="text-xl font-semibold text-slate-900">
        {title}
      </h2>
      <p className="mt-2 text-slate-700">{text}</p>
      {note ? <p className="mt-2 text-sm text-slate-700">{note}</p> : null}
      <div className="mt-auto pt-5">{children}</div>
    </section>
  );
}
