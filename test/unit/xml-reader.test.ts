import { describe, expect, test } from 'vitest';
import { readXml } from '../../shared/import/xml-reader';
import { importFixtureText } from '../fixtures/import-fixtures';

function problem(text: string): string {
  const reading = readXml(text);
  if (reading.ok) throw new Error('expected a problem');
  return reading.message;
}

describe('the XML ARGO writes', () => {
  test('the documentation\'s service flavour example: nested groups, empty results elements, attributes as given', () => {
    const reading = readXml(importFixtureText('argo-service-flavours-daily.xml'));
    if (!reading.ok) throw new Error(reading.message);
    const site = reading.root.children[0]!;
    expect(reading.root.name).toBe('root');
    expect(Object.fromEntries(site.attributes)).toEqual({ name: 'ST01', type: 'SITE' });
    expect(site.children.map((group) => group.attributes.get('name'))).toEqual(['SF01', 'SF02']);
    expect(Object.fromEntries(site.children[0]!.children[1]!.attributes)).toEqual({
      timestamp: '2015-06-23',
      availability: '54.03509',
      reliability: '81.48148',
      unknown: '0.01042',
      uptime: '0.53472',
      downtime: '0.33333',
    });
    expect(site.children[1]!.line).toBe(7);
  });

  test('a declaration, comments, self-closing elements, single quotes, entities, CDATA and a byte order mark', () => {
    const reading = readXml("\ufeff<?xml version=\"1.0\"?>\n<!-- made by hand -->\n<root><group name='A &amp; B &#233;&#x41;'/><note><![CDATA[<raw> & text]]></note></root>\n");
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.root.children[0]!.attributes.get('name')).toBe('A & B éA');
    expect(reading.root.children[1]!.text).toBe('<raw> & text');
  });

  test('Go writes a leading space before the root when it indents with a prefix; that is read too', () => {
    expect(readXml(' <root>\n   <group name="G" type="GROUP"></group>\n </root>').ok).toBe(true);
  });
});

describe('anything else is refused with its line and column', () => {
  test.each([
    ['<root><group name="a"></root>', 'line 1, column 23: </root> closes <group> (line 1); the names must match'],
    ['<root>\n  <group name="a" name="b"/>\n</root>', 'line 2, column 19: <group> has the attribute name twice'],
    ['<root><group name=a/></root>', 'line 1, column 19: the value of name in <group> must be in quotes'],
    ['<root a="x < y"/>', 'line 1, column 12: the value of a in <root> contains <, which must be written &lt;'],
    ['<root>R&D</root>', 'line 1, column 8: an & must start a reference such as &amp; (a literal & is written &amp;)'],
    ['<root>&nbsp;</root>', 'line 1, column 7: unknown entity &nbsp; (XML knows &amp; &lt; &gt; &quot; &apos; and &#…;)'],
    ['<!DOCTYPE root [<!ENTITY x "y">]><root/>', 'line 1, column 1: the file declares a DOCTYPE, which ARGO results never do'],
    ['<root/><root/>', 'line 1, column 8: unexpected content after the end of the root element'],
    ['<root>\n<group>', 'line 2, column 8: <group> (line 2) is never closed with </group>'],
    ['\n<?xml version="1.0"?><root/>', 'line 2, column 1: the XML declaration <?xml …?> must come first in the file'],
    ['<root><!-- a -- b --></root>', 'line 1, column 7: a comment contains "--", which XML does not allow'],
    ['just text', 'line 1, column 1: expected the root element, such as <root>'],
  ])('%j', (text, message) => {
    expect(problem(text)).toBe(message);
  });
});
