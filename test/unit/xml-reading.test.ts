import { describe, expect, test } from 'vitest';
import { childElements, lineOf, ownText, readXml } from '../../shared/xml-reading';
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
    const site = childElements(reading.root)[0]!;
    expect(reading.root.nodeName).toBe('root');
    expect([site.getAttribute('name'), site.getAttribute('type')]).toEqual(['ST01', 'SITE']);
    const flavours = childElements(site, 'group');
    expect(flavours.map((group) => group.getAttribute('name'))).toEqual(['SF01', 'SF02']);
    const result = childElements(flavours[0]!, 'results')[1]!;
    expect(['timestamp', 'availability', 'reliability', 'unknown', 'uptime', 'downtime'].map((name) => result.getAttribute(name))).toEqual(['2015-06-23', '54.03509', '81.48148', '0.01042', '0.53472', '0.33333']);
    expect(result.getAttribute('missing')).toBeNull();
    expect(lineOf(flavours[1]!)).toBe(7);
  });

  test('a declaration, comments, self-closing elements, single quotes, entities, CDATA and a byte order mark', () => {
    const reading = readXml("\ufeff<?xml version=\"1.0\"?>\n<!-- made by hand -->\n<root><group name='A &amp; B &#233;&#x41;'/><note><![CDATA[<raw> & text]]></note></root>\n");
    if (!reading.ok) throw new Error(reading.message);
    const [group, note] = childElements(reading.root);
    expect(group!.getAttribute('name')).toBe('A & B éA');
    expect(ownText(note!)).toBe('<raw> & text');
  });

  test('Go writes a leading space before the root when it indents with a prefix; that is read too', () => {
    expect(readXml(' <root>\n   <group name="G" type="GROUP"></group>\n </root>').ok).toBe(true);
  });

  test('namespaces are read as XML means them: a Word part\'s elements by their namespace, whatever the prefix', () => {
    const reading = readXml('<x:styles xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:style x:styleId="Titre1"/></x:styles>');
    if (!reading.ok) throw new Error(reading.message);
    const [style] = childElements(reading.root, 'style', 'http://schemas.openxmlformats.org/wordprocessingml/2006/main');
    expect(style!.getAttributeNS('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'styleId')).toBe('Titre1');
  });
});

describe('anything else is refused with its line and column', () => {
  test.each([
    ['<root><group name="a"></root>', /^line 1, column \d+: .*"group" != "root"/],
    ['<root>\n  <group name="a" name="b"/>\n</root>', /^line 2, column \d+: Attribute name redefined/],
    ['<root><group name=a/></root>', /^line 1, column \d+: attribute "a" missed quot/],
    ['<root a="x < y"/>', /^line 1, column \d+: Unescaped '<' not allowed in attributes values/],
    ['<root>R&D</root>', /^line 1, column \d+: EntityRef: expecting ;/],
    ['<root>&nbsp;</root>', /^line 1, column \d+: entity not found:&nbsp;/],
    ['<root/><root/>', /^line 1, column \d+: .*Only one element/],
    ['<root>\n<group>', /^line 2, column \d+: .*group/],
    ['\n<?xml version="1.0"?><root/>', /^line 2, column \d+: .*xml declaration/],
    ['<root><!-- a -- b --></root>', /^line 1, column \d+: comment is not well-formed/],
    ['just text', /^line 1, column \d+: .*root element/],
  ])('%j', (text, message) => {
    expect(problem(text)).toMatch(message);
  });

  test('a DOCTYPE is refused, so no entity is expanded (a billion laughs) or fetched from outside the file', () => {
    expect(problem('<!DOCTYPE root [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><root>&b;</root>')).toMatch(/^line 1, column \d+: /);
    expect(problem('<!DOCTYPE root [<!ENTITY secret SYSTEM "file:///etc/passwd">]><root>&secret;</root>')).toMatch(/^line 1, column \d+: /);
    expect(problem('<!DOCTYPE root><root/>')).toBe('line 1, column 1: the file declares a DOCTYPE, which is refused (its entities could expand or reach outside the file)');
  });
});
