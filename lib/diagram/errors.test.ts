import { describe, expect, it } from 'vitest';
import { describeMermaidError } from './errors';

describe('describeMermaidError', () => {
  it('takes the line from a Jison parser hash', () => {
    const err = Object.assign(new Error("Parse error on line 4:\n...B-- C[\n-----^\nExpecting 'LINK'"), { hash: { loc: { first_line: 3 } } });
    expect(describeMermaidError(err, 'a\nb\nc')).toEqual({ line: 3, message: err.message });
  });

  it('reads the line from the message when there is no hash', () => {
    expect(describeMermaidError(new Error('Lexer error on line 2, column 5: unexpected character'))).toMatchObject({ line: 2 });
  });

  it('caps the line to the source length', () => {
    expect(describeMermaidError(new Error('Parse error on line 9'), 'one\ntwo')).toMatchObject({ line: 2 });
  });

  it('has no line when the error does not say one', () => {
    expect(describeMermaidError(new Error('No diagram type detected matching given configuration for text: x'))).toEqual({
      message: 'No diagram type detected matching given configuration for text: x',
    });
    expect(describeMermaidError('')).toEqual({ message: 'The diagram could not be drawn.' });
  });
});
