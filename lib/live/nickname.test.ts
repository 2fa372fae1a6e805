import { describe, expect, it } from 'vitest';
import { chooseNickname, cleanNickname, generatedNickname, uniqueNickname } from './nickname';

const fixed = () => 0;

describe('cleanNickname', () => {
  it('normalises to NFC', () => {
    expect(cleanNickname('Jose\u0301')).toBe('José');
    expect(cleanNickname('Jose\u0301')).toHaveLength(4);
  });

  it('strips control, zero-width and bidirectional characters', () => {
    expect(cleanNickname('An\u0000a\u200b\u202eevil\u2066')).toBe('Anaevil');
    expect(cleanNickname('line\nbreak\ttab')).toBe('line break tab');
  });

  it('keeps at most 24 characters, counting emoji as one', () => {
    expect(cleanNickname('x'.repeat(40))).toHaveLength(24);
    expect(Array.from(cleanNickname('🦊'.repeat(30)))).toHaveLength(24);
  });

  it('returns an empty string when only invisible characters were typed', () => {
    expect(cleanNickname(' \u200b\u202e ')).toBe('');
  });

  it('leaves markup as plain characters (it is rendered as text)', () => {
    expect(cleanNickname('<b>Bo</b>')).toBe('<b>Bo</b>');
  });
});

describe('chooseNickname', () => {
  it('keeps a clean nickname', () => {
    expect(chooseNickname('  Ana  ')).toEqual({ nickname: 'Ana', generated: false });
  });

  it('generates one when none is given', () => {
    expect(chooseNickname(undefined, fixed)).toEqual({ nickname: 'Calm Otter 10', generated: true, reason: 'empty' });
  });

  it('replaces an abusive nickname, also in capitals with repeated letters', () => {
    expect(chooseNickname('fuck', fixed)).toMatchObject({ generated: true, reason: 'abusive' });
    expect(chooseNickname('FUUUCK', fixed)).toMatchObject({ generated: true, reason: 'abusive' });
    expect(chooseNickname('Scunthorpe United', fixed)).toMatchObject({ generated: false });
  });
});

describe('generatedNickname', () => {
  it('is an adjective, an animal and a number', () => {
    expect(generatedNickname()).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+ \d{2}$/);
  });
});

describe('uniqueNickname', () => {
  it('numbers a nickname already taken, ignoring case', () => {
    expect(uniqueNickname('Ana', [])).toBe('Ana');
    expect(uniqueNickname('Ana', ['ana'])).toBe('Ana 2');
    expect(uniqueNickname('Ana', ['Ana', 'Ana 2'])).toBe('Ana 3');
  });

  it('stays within 24 characters when numbering', () => {
    const long = 'y'.repeat(24);
    expect(uniqueNickname(long, [long])).toHaveLength(24);
    expect(uniqueNickname(long, [long])).toMatch(/ 2$/);
  });
});
