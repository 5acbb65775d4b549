import { describe, expect, it } from 'vitest';
import {
  checkIdNumber,
  checkIdentifier,
  checkUscc,
  detectIdentifierKind,
  usccCheckCharacter,
} from '../../core/identifiers/index.ts';

const TODAY = '2026-11-22';

describe('统一社会信用代码 GB 32100-2015', () => {
  // Codes of well-known companies as published on their licences: the algorithm must agree with the real world.
  it.each(['914403001922038216', '91330100716105852F', '9144030071526726XG', '91110000802100433B'])(
    'accepts real code %s',
    (code) => {
      expect(checkUscc(code)).toMatchObject({ valid: true });
    },
  );

  it('names the expected check character when it fails', () => {
    expect(checkUscc('914403001922038217')).toMatchObject({
      valid: false,
      reason: 'check',
      en: 'check character should be 6, got 7',
    });
  });

  it('rejects letters outside the 31-symbol alphabet (I, O, S, V, Z)', () => {
    expect(checkUscc('91440300192203821O')).toMatchObject({ valid: false, reason: 'charset' });
    expect(checkUscc('9144030019220382I6')).toMatchObject({ valid: false, reason: 'charset' });
  });

  it('rejects a wrong length', () => {
    expect(checkUscc('91440300192203821')).toMatchObject({ valid: false, reason: 'length' });
  });

  it('computes a check character that makes the code valid', () => {
    const first17 = '11370322MB2850914';
    expect(checkUscc(first17 + usccCheckCharacter(first17)).valid).toBe(true);
  });

  it('accepts lower case and stray spaces', () => {
    expect(checkUscc(' 9144030071526726xg ').valid).toBe(true);
  });
});

describe('居民身份证号码 GB 11643-1999', () => {
  it.each(['11010519491231002X', '440524188001010014'])('accepts the standard example %s', (code) => {
    expect(checkIdNumber(code, TODAY)).toMatchObject({ valid: true });
  });

  it('rejects a wrong check digit', () => {
    expect(checkIdNumber('110105194912310021', TODAY)).toMatchObject({ valid: false, reason: 'check' });
  });

  it('rejects an impossible or future birth date', () => {
    expect(checkIdNumber('110105194902300022', TODAY)).toMatchObject({ valid: false, reason: 'birth-date' });
    expect(checkIdNumber('110105203001010021', TODAY)).toMatchObject({ valid: false, reason: 'birth-date' });
  });

  it('rejects letters other than a final X', () => {
    expect(checkIdNumber('1101051949123100A2', TODAY)).toMatchObject({ valid: false, reason: 'charset' });
  });
});

describe('kind detection', () => {
  it('tells ID numbers from credit codes', () => {
    expect(detectIdentifierKind('11010519491231002X')).toBe('id-number');
    expect(detectIdentifierKind('914403001922038216')).toBe('uscc');
    expect(detectIdentifierKind('9144030071526726XG')).toBe('uscc');
    expect(checkIdentifier('11010519491231002X', TODAY)).toMatchObject({ kind: 'id-number', valid: true });
  });
});

describe('kind detection of mistyped codes', () => {
  it('reports a mistyped all-digit USCC as a USCC and a mistyped ID as an ID', () => {
    expect(checkIdentifier('914403001922038217', TODAY)).toMatchObject({ kind: 'uscc', valid: false, reason: 'check' });
    expect(checkIdentifier('110105194912310021', TODAY)).toMatchObject({
      kind: 'id-number',
      valid: false,
      reason: 'check',
    });
  });
});
