import { describe, expect, it } from 'vitest';
import { actions, applyAction } from './design-actions';
import { EXPORT_FORMAT, exportJson, exportMermaid, exportSvg, importJson } from './export';
import { makeCapability, makeDesign, makeScenario } from './ui-test-factories';

const scenario = makeScenario();
const design = [
  actions.createService('svc-1', 'Checkout & "Pay"', { capabilities: ['checkout', 'payments'] }),
  actions.createService('svc-2', 'Pricing', { capabilities: ['pricing'] }),
  actions.setMode('checkout-pricing', 'async'),
].reduce((d, a) => applyAction(d, a, scenario), makeDesign());

describe('JSON export and import', () => {
  it('round-trips a design', () => {
    expect(importJson(scenario, exportJson(design))).toEqual({ success: true, data: design });
  });

  it('explains a file that is not JSON and keeps the current design', () => {
    const result = importJson(scenario, '{ nope');
    expect(!result.success && result.error).toBe('This file could not be imported: it is not valid JSON. Your current design is unchanged.');
  });

  it('explains a JSON file that is not a design export', () => {
    expect(!importJson(scenario, '{"hello":1}').success).toBe(true);
    const result = importJson(scenario, '[]');
    expect(!result.success && result.error).toMatch(/not a design exported from this builder/);
  });

  it('names the field that is wrong', () => {
    const bad = JSON.stringify({ format: EXPORT_FORMAT, version: 1, scenario: 'shop', design: { ...design, services: [{ id: 'svc-1', name: 'A', color: 'neon' }] } });
    const result = importJson(scenario, bad);
    expect(!result.success && result.error).toMatch(/The colour of service 1 must be one of/);
  });

  it('refuses a file from a newer format', () => {
    const result = importJson(scenario, JSON.stringify({ format: EXPORT_FORMAT, version: 99, design }));
    expect(!result.success && result.error).toMatch(/version 99/);
  });
});

describe('Mermaid export', () => {
  it('draws services as subgraphs and async calls as dashed arrows', () => {
    const source = exportMermaid(scenario, design);
    expect(source).toContain('subgraph svc_svc_1["Checkout & #quot;Pay#quot;"]');
    expect(source).toContain('cap_checkout -.->|async| cap_pricing');
    expect(source).toContain('cap_checkout -->|sync| cap_payments');
    expect(source).toContain('cap_catalog["Catalog (unplaced)"]');
  });

  it('keeps learner text from breaking out of a label', () => {
    const evil = makeScenario({ capabilities: [makeCapability('catalog', { name: 'A"]; click x call alert(1) ["' })] });
    const source = exportMermaid(evil, makeDesign());
    expect(source).not.toMatch(/"\]; click/);
  });
});

describe('SVG export', () => {
  it('escapes names and draws each placed capability once', () => {
    const svg = exportSvg(scenario, design);
    expect(svg).toContain('Checkout &amp; &quot;Pay&quot;');
    expect(svg.match(/<rect [^>]*rx="8"/g)).toHaveLength(3);
    expect(svg).toContain('stroke-dasharray');
  });

  it.each([0, -5, 0.5, '1'])('refuses a file whose format version is %s', (version) => {
    const result = importJson(scenario, JSON.stringify({ format: EXPORT_FORMAT, version, scenario: 'shop', design: makeDesign() }));
    expect(!result.success && result.error).toMatch(/format version .* is not one this builder ever wrote/);
  });
});
