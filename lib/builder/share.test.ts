import { describe, expect, it } from 'vitest';
import { actions, applyAction } from './design-actions';
import { MAX_JSON_BYTES, MAX_LINK_CHARS, decodeDesign, payloadFromHash, shareUrl } from './share';
import { makeDesign, makeScenario } from './ui-test-factories';

const scenario = makeScenario();
const design = applyAction(makeDesign(), actions.createService('svc-1', 'Checkout', { capabilities: ['checkout', 'pricing'] }), scenario);

async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('share links', () => {
  it('round-trips a design through a link', async () => {
    const url = await shareUrl('https://example.test/builder/shop?x=1#old', design);
    const payload = payloadFromHash(new URL(url).hash);
    expect(payload).toBeTruthy();
    const result = await decodeDesign(scenario, payload!);
    expect(result).toEqual({ success: true, data: design });
  });

  it('rejects characters a link never contains', async () => {
    const result = await decodeDesign(scenario, '<script>alert(1)</script>');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error).toMatch(/characters a share link never has.*opened unchanged/);
  });

  it('rejects an over-long link before decoding it', async () => {
    const result = await decodeDesign(scenario, 'A'.repeat(MAX_LINK_CHARS + 1));
    expect(!result.success && result.error).toMatch(/too long/);
  });

  it('stops inflating a small link that expands into a huge payload', async () => {
    const bomb = await deflate(' '.repeat(MAX_JSON_BYTES * 4));
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    const result = await decodeDesign(scenario, bomb);
    expect(!result.success && result.error).toMatch(/larger than any real design/);
  });

  it('explains a payload that is not compressed data', async () => {
    const result = await decodeDesign(scenario, 'bm90LWRlZmxhdGU');
    expect(!result.success && result.error).toMatch(/could not be decompressed|not valid JSON/);
  });

  it('rejects a design that points at capabilities the scenario does not have', async () => {
    const hostile = await deflate(JSON.stringify({ ...design, placement: { 'drop-tables': 'svc-1' } }));
    const result = await decodeDesign(scenario, hostile);
    expect(!result.success && result.error).toMatch(/"drop-tables", which is not a capability/);
  });

  it('rejects a design for another scenario', async () => {
    const result = await decodeDesign(scenario, await deflate(JSON.stringify({ ...design, scenarioId: 'bank' })));
    expect(!result.success && result.error).toMatch(/belongs to the scenario "bank"/);
  });

  it('rejects service names longer than the limit', async () => {
    const long = { ...design, services: [{ id: 'svc-1', name: 'x'.repeat(500), color: 'blue' }] };
    const result = await decodeDesign(scenario, await deflate(JSON.stringify(long)));
    expect(result.success).toBe(false);
  });

  it('finds no payload in a hash without one', () => {
    expect(payloadFromHash('#section-2')).toBeNull();
  });
});
