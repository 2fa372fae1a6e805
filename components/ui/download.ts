/**
 * Saves text or a blob as a file through a temporary link: the one download helper (builder
 * exports, progress export, diagram SVGs). The object URL is freed after 10 s, not at once:
 * some browsers start reading it only after the click has returned.
 */
export function download(name: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
