import { describe, expect, it } from 'vitest';
import {
  checkIdNumber,
  checkIdentifier,
  checkUscc,
  idNumberCheckCharacter,
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

describe('统一社会信用代码 structure beyond the check character (GB 32100-2015 §4; GB 11714-1997)', () => {
  // Each code below is given a correct GB 32100 check character, so only its structure can fail.
  const withCheck = (first17: string) => first17 + usccCheckCharacter(first17);

  it('accepts the structure of real codes: 91 企业, 11 机关, national registration 100000', () => {
    for (const code of ['91330100716105852F', '11370322MB2850914M', '91110000802100433B'])
      expect(checkUscc(code), code).toMatchObject({ valid: true });
    // 100000: registered at national level
    expect(checkUscc(withCheck('91100000716105852'))).toMatchObject({ valid: true });
  });

  it.each([
    [
      'an unknown registration authority (position 1) with its reason',
      'B1330100716105852',
      { reason: 'registration-authority', zh: expect.stringContaining('登记管理部门代码') },
    ],
    [
      'a category the registration authority does not have (9 工商 has 1 企业, 2 个体, 3 合作社)',
      '94330100716105852',
      { reason: 'category', en: expect.stringContaining("category code '4'") },
    ],
    [
      'an embedded organisation code whose GB 11714 check fails, naming the expected character',
      '91330100716105853',
      { reason: 'organisation-code', en: expect.stringContaining('should end in 2') },
    ],
  ])('refuses %s', (_, first17, why) => {
    expect(checkUscc(withCheck(first17))).toMatchObject({ valid: false, ...why });
  });

  it('refuses an implausible administrative division (positions 3–8): 000000, or no such province', () => {
    expect(checkUscc(withCheck('91000000716105852'))).toMatchObject({ valid: false, reason: 'division' });
    expect(checkUscc(withCheck('91990100716105852'))).toMatchObject({ valid: false, reason: 'division' });
  });
});

describe('居民身份证号码 division (GB 11643-1999 §4.2)', () => {
  it('refuses 000000 and a code of no province', () => {
    const id = (first17: string) => first17 + idNumberCheckCharacter(first17);
    expect(checkIdNumber(id('00000019491231002'), TODAY)).toMatchObject({ valid: false, reason: 'division' });
    expect(checkIdNumber(id('99010519491231002'), TODAY)).toMatchObject({ valid: false, reason: 'division' });
  });
});

describe('shenguan id check tells an ID number with a bad date from a bad USCC', () => {
  it('an ID number whose birth date is 1949-02-30 is an ID number with a bad date', () => {
    expect(checkIdentifier('110105194902300022', TODAY)).toMatchObject({
      kind: 'id-number',
      valid: false,
      reason: 'birth-date',
    });
  });
  it('an all-digit USCC with a wrong check character is a USCC, even where it could read as a date', () => {
    // 11 机关 in division 330120: positions 7–8 read "20" like a century
    const first17 = '11330120716105852';
    const wrong = first17 + (usccCheckCharacter(first17) === '0' ? '1' : '0');
    expect(checkIdentifier(wrong, TODAY)).toMatchObject({ kind: 'uscc', valid: false, reason: 'check' });
  });
});
