/** A labelled progress bar (role=progressbar); the visible text says the same as aria-valuetext. */
export function ProgressBar({
  value,
  max,
  label,
  valueText,
}: {
  value: number;
  max: number;
  label: string;
  valueText: string;
}) {
  const clamped = Math.max(0, Math.min(value, max));
  const percent = max > 0 ? (clamped / max) * 100 : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={clamped}
      aria-valuetext={valueText}
      className="h-3 w-full overflow-hidden rounded-full bg-slate-200 ring-1 ring-slate-300 ring-inset print:border print:border-black"
    >
      {/* A drawing, not a style attribute: the Content-Security-Policy allows no inline styles. */}
      <svg aria-hidden="true" className="block h-full w-full" viewBox="0 0 100 1" preserveAspectRatio="none">
        <rect width={percent} height="1" className="fill-brand-700 print:fill-black" />
      </svg>
    </div>
  );
}
