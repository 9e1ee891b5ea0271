// Recovery codes as a list, in a monospaced font, easy to copy or print.
export function RecoveryCodeList({ codes }: { codes: string[] }) {
  return (
    <ol className="grid max-w-md grid-cols-1 gap-x-8 gap-y-1 rounded-md border border-slate-300 bg-slate-50 p-4 font-mono text-base text-slate-900 sm:grid-cols-2">
      {codes.map((code) => (
        <li key={code}>{code}</li>
      ))}
    </ol>
  );
}
