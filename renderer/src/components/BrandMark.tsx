/**
 * The app's mark: a leaf that is also a compass needle (bio-economy + finding the way), on the
 * navy of the app. Drawn with presentation attributes only, so it needs no style under the CSP,
 * and without ids, so it can appear twice on a page. The favicon is the same drawing.
 */
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" className="brand-mark-ground" />
      <g transform="rotate(45 16 16)">
        <path d="M16 4C19 6.5 20.5 11.25 20.5 16H11.5C11.5 11.25 13 6.5 16 4Z" className="brand-mark-north" />
        <path
          d="M20.5 16C20.5 20.75 19 25.5 16 28C13 25.5 11.5 20.75 11.5 16Z"
          className="brand-mark-south"
        />
        <path d="M16 7V26" className="brand-mark-rib" />
      </g>
      <circle cx="16" cy="16" r="1.7" className="brand-mark-pivot" />
    </svg>
  );
}
