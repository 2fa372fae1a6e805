'use client';

/** Opens the browser's print dialog (the handout's print styles do the rest). */
export function PrintButton() {
  return (
    <button type="button" className="presenter-button presenter-button-primary no-print" onClick={() => window.print()}>
      Print the handout
    </button>
  );
}
