import { describe, expect, it } from 'vitest';
import { parseXml } from '../../core/adapters/sources/xml-source.ts';
import { thrownHubError } from '../support/hub-errors.ts';

describe('hardened XML parse (one pass)', () => {
  it('gives elements as text, children as objects and repeated names as arrays, without namespace prefixes', () => {
    const doc = parseXml(
      '<?xml version="1.0"?>\n<m:Msg xmlns:m="urn:x"><m:Head> 01 </m:Head>' +
        '<R><a>0123</a><b/></R><R><a>x &amp; y &#x4E2D;&#25991;</a></R></m:Msg>',
    );
    expect(doc).toEqual({ Msg: { Head: '01', R: [{ a: '0123', b: '' }, { a: 'x & y 中文' }] } });
  });

  it('refuses entity declarations and undeclared entities, even without a DOCTYPE', () => {
    expect(thrownHubError(() => parseXml('<!ENTITY x "y"><a/>')).en).toContain(
      'DTD and entity declarations are not accepted',
    );
    expect(thrownHubError(() => parseXml('<a>&lol;</a>')).en).toContain('undeclared entity &lol;');
  });

  it('names the line of a document that is not well formed', () => {
    const mismatched = thrownHubError(() => parseXml('<a>\n<b>\n</c></a>'));
    expect(mismatched.code).toBe('XML_REJECTED');
    expect(mismatched.details[0]).toMatchObject({ line: 3 });
    expect(thrownHubError(() => parseXml('<a>\n<b></b>')).en).toContain('<a> not closed');
    expect(thrownHubError(() => parseXml('<a/><b/>')).en).toContain('more than one root element');
    expect(thrownHubError(() => parseXml('<a><!-- x</a>')).en).toContain('comment not closed');
  });

  it('reads CDATA as text, skips comments and attributes (a > inside a quoted value included), bounds depth', () => {
    const doc = parseXml(
      '<a note="x > y" k=\'1\'><!-- c --><b><![CDATA[<not a tag> & raw]]></b><c>1<!-- d -->2</c><e x="/"></e></a>',
    );
    expect(doc).toEqual({ a: { b: '<not a tag> & raw', c: '12', e: '' } });
    const deep = `${'<x>'.repeat(40)}${'</x>'.repeat(40)}`;
    expect(thrownHubError(() => parseXml(deep)).en).toContain('nested deeper than 32');
  });

  it('keeps a tag named after a prototype property away from the prototype', () => {
    const doc = parseXml('<a><__proto__><polluted>yes</polluted></__proto__></a>') as { a: Record<string, unknown> };
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(doc.a.____proto__).toEqual({ polluted: 'yes' });
  });
});
