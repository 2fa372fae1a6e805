/** The browser's calls to the live API (cookies carry the tokens). Errors come back as messages. */
type ApiResult<T> = { ok: true; data: T; status: number } | { ok: false; status: number; error: string; message: string };

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<ApiResult<T>> {
  try {
    const res = await fetch(`/api/live${path}`, {
      method: init.method ?? 'GET',
      headers: init.body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
    if (res.status === 204) return { ok: true, data: undefined as T, status: 204 };
    const data = (await res.json().catch(() => null)) as (T & { error?: string; message?: string }) | null;
    if (res.ok && data) return { ok: true, data, status: res.status };
    return { ok: false, status: res.status, error: data?.error ?? 'http', message: data?.message ?? `The server answered ${res.status}. Try again.` };
  } catch {
    return { ok: false, status: 0, error: 'offline', message: 'The server cannot be reached. Check the Wi-Fi; this page keeps trying.' };
  }
}
