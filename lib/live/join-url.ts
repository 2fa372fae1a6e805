/** A network interface as `os.networkInterfaces()` lists it. */
type Interface = { address: string; family: string | number; internal: boolean };

const LOOPBACK = /^(localhost|127(?:\.\d+){3}|\[::1\]|::1)$/i;

/**
 * The address learners type or scan: the configured public URL when there is one; otherwise
 * the address the instructor's browser used, except that `localhost` (which a phone cannot
 * reach) becomes this machine's address on the local network, e.g. `http://192.168.1.20:3000/join?code=K7QX2M`.
 */
export function joinUrl(code: string, opts: { publicUrl?: string; host: string | null; proto?: string; interfaces: Record<string, Interface[] | undefined> }): string {
  const path = `/join?code=${code}`;
  if (opts.publicUrl) return `${trimTrailingSlashes(opts.publicUrl)}${path}`;
  const host = opts.host ?? 'localhost';
  const [, name = host, port] = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host) ?? [];
  let shown = name;
  if (LOOPBACK.test(name)) shown = lanAddress(opts.interfaces) ?? name;
  const proto = opts.proto === 'https' ? 'https' : 'http';
  return `${proto}://${shown}${port ? `:${port}` : ''}${path}`;
}

/** The first private IPv4 address that is not loopback, preferring 192.168/10/172.16–31. */
export function lanAddress(interfaces: Record<string, Interface[] | undefined>): string | null {
  const all = Object.values(interfaces).flatMap((list) => list ?? []);
  const v4 = all.filter((i) => !i.internal && (i.family === 'IPv4' || i.family === 4));
  const isPrivate = (a: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(a);
  return (v4.find((i) => isPrivate(i.address)) ?? v4[0])?.address ?? null;
}

/** `https://x.org///` → `https://x.org`, in one pass (a `/\/+$/` pattern is quadratic on a long run of slashes). */
function trimTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}
