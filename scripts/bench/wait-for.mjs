// Waits until a server answers 200 at url, polling every half second; throws after ms.
// Self-contained on purpose: run.mjs also ships its source to a child process (`waitFor.toString()`).
export async function waitFor(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The server at ${url} did not start`);
}
