/** The coalition's mark: a shield of overlapping circles. Decorative; the name beside it is the text. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={className}>
      <path d="M16 2 4 6.5v8.2C4 22.4 9.1 28 16 30c6.9-2 12-7.6 12-15.3V6.5L16 2Z" fill="currentColor" />
      <circle cx="12.5" cy="14" r="4.2" fill="none" stroke="#fff" strokeWidth="1.8" />
      <circle cx="19.5" cy="14" r="4.2" fill="none" stroke="#fff" strokeWidth="1.8" />
      <circle cx="16" cy="19.5" r="4.2" fill="none" stroke="#fff" strokeWidth="1.8" />
    </svg>
  );
}
