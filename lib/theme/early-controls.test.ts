import { describe, expect, it } from 'vitest';
import { EARLY_CONTROLS_SCRIPT, EARLY_SEARCH_ID } from './early-controls';
import { DARK_CLASS, THEME_KEY } from './theme';

describe('EARLY_CONTROLS_SCRIPT', () => {
  it('is one valid script that cannot close its own <script> tag', () => {
    expect(() => new Function(EARLY_CONTROLS_SCRIPT)).not.toThrow();
    expect(EARLY_CONTROLS_SCRIPT).not.toMatch(/<\/script/i);
  });

  it('switches the theme with the theme module’s key and class, and names its search box', () => {
    expect(EARLY_CONTROLS_SCRIPT).toContain(`localStorage.setItem('${THEME_KEY}'`);
    expect(EARLY_CONTROLS_SCRIPT).toContain(`classList.toggle('${DARK_CLASS}'`);
    expect(EARLY_CONTROLS_SCRIPT).toContain(`'${EARLY_SEARCH_ID}'`);
  });
});
