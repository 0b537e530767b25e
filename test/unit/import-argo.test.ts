// ARGO results as its documentation shows them (test/fixtures/import/README.md says where each
// example comes from), read, listed and planned into a report.
import { describe, expect, test } from 'vitest';
import { planImport, proposeChoices, readImportSource, selectableEntries, type ImportChoices } from '../../shared/import';
import { argoFixture, importFixtureText, metricId, report2015 } from '../fixtures/import-fixtures';

const TODAY = '2025-07-31';

function entriesOf(name: string) {
  return argoFixture(name).entries.map((entry) => ({ id: entry.id, type: entry.type, granularity: entry.granularity, results: entry.results.length }));
}

function choose(name: string, entry: string | null): { plan: ReturnType<typeof planImport>; choices: ImportChoices } {
  const report = report2015();
  const source = argoFixture(name);
  const choices = { ...proposeChoices(source, report), entry };
  return { plan: planImport(report, source, choices, TODAY), choices };
}

describe('what an ARGO file holds', () => {
  test('the v3 monthly example: a group of endpoint groups and its two endpoint groups, each with results', () => {
    expect(entriesOf('argo-v3-group-monthly.json')).toEqual([
      { id: 'GROUP_A', type: 'GROUP', granularity: 'monthly', results: 1 },
      { id: 'GROUP_A / ST01', type: 'SITES', granularity: 'monthly', results: 1 },
      { id: 'GROUP_A / ST02', type: 'SITES', granularity: 'monthly', results: 1 },
    ]);
    const [group] = argoFixture('argo-v3-group-monthly.json').entries;
    expect(group!.results[0]).toEqual({ date: '2015-06', availability: '71.75110088070457', reliability: '65.61389111289031', unknown: null, uptime: null, downtime: null });
  });

  test('the XML examples: a group of endpoint groups, an endpoint group inside its group, service flavours inside their site', () => {
    expect(entriesOf('argo-group-of-endpoint-groups-daily.xml')).toEqual([{ id: 'GROUP_A', type: 'GROUP', granularity: 'daily', results: 2 }]);
    expect(entriesOf('argo-endpoint-group-daily.xml')).toEqual([
      { id: 'GROUP_A', type: 'GROUP', granularity: 'none', results: 0 },
      { id: 'GROUP_A / ST01', type: 'SITE', granularity: 'daily', results: 2 },
    ]);
    expect(entriesOf('argo-service-flavours-daily.xml')).toEqual([
      { id: 'ST01', type: 'SITE', granularity: 'none', results: 0 },
      { id: 'ST01 / SF01', type: 'service', granularity: 'daily', results: 2 },
      { id: 'ST01 / SF02', type: 'service', granularity: 'daily', results: 2 },
    ]);
    const sf01 = argoFixture('argo-service-flavours-daily.xml').entries[1]!;
    expect(sf01.results[1]).toEqual({ date: '2015-06-23', availability: '54.03509', reliability: '81.48148', unknown: '0.01042', uptime: '0.53472', downtime: '0.33333' });
  });

  test('endpoints under their service flavour, with "timestamp" for the date, and an endpoint with its info', () => {
    expect(entriesOf('argo-endpoints-daily.json').map((entry) => `${entry.id} (${entry.type})`)).toEqual([
      'ST01 (SITE)',
      'ST01 / service_a (service)',
      'ST01 / service_a / e01 (endpoint)',
      'ST01 / service_a / e02 (endpoint)',
    ]);
    expect(selectableEntries(argoFixture('argo-endpoint-with-info-daily.json')).map((entry) => entry.id)).toEqual(['ST01 / service_a / e01']);
  });

  test('an endpoint by resource id sits under its endpoint group and service, with the resource id it was asked by', () => {
    const [endpoint] = argoFixture('argo-v3-id-monthly.json').entries;
    expect(endpoint).toMatchObject({ id: 'Infra-01 / service.queue / host01.example', type: 'endpoint', details: 'resource id simple-queue', granularity: 'monthly' });
  });

  test('the resource-id examples exactly as the documentation prints them are not JSON, and the message says where', () => {
    for (const [name, line] of [['argo-v3-id-monthly-as-documented.json', 21], ['argo-v3-id-daily-as-documented.json', 29]] as const) {
      const reading = readImportSource(name, importFixtureText(name));
      expect(reading.ok).toBe(false);
      if (!reading.ok) expect(reading.message).toMatch(new RegExp(`^"${name}" is not valid JSON \\(line ${line}, column 3: .+\\)\\.$`));
    }
  });

  test('the flat endpoint list the documentation shows holds status timelines, and is refused for what it is', () => {
    const reading = readImportSource('flat.json', importFixtureText('argo-flat-endpoints-statuses.json'));
    expect(reading).toEqual({ ok: false, message: '"flat.json" holds endpoint status timelines (OK, WARNING, CRITICAL), not availability and reliability figures; export A/R results instead.' });
  });

  test('an error answer from ARGO, in JSON or XML, is named as one', () => {
    const json = readImportSource('a.json', '{"status": {"message": "Wrong Granularity", "code": "400"}, "errors": [{"message": "Wrong Granularity", "code": "400", "details": "weekly is not accepted as granularity parameter"}]}');
    expect(json).toEqual({ ok: false, message: '"a.json" is an error answer from ARGO, not results: "Wrong Granularity" (400): weekly is not accepted as granularity parameter.' });
    const xml = readImportSource('a.xml', '<root><message>Unauthorized</message><code>401</code></root>');
    expect(xml).toEqual({ ok: false, message: '"a.xml" is an error answer from ARGO, not results: "Unauthorized" (401).' });
  });

  test('JSON or XML that is not ARGO results says so', () => {
    expect(readImportSource('a.json', '[1, 2]')).toMatchObject({ ok: false, message: expect.stringMatching(/is not ARGO availability and reliability results: it holds a JSON list/) });
    expect(readImportSource('a.json', '{"data": []}')).toMatchObject({ ok: false, message: expect.stringMatching(/has no "results" list/) });
    expect(readImportSource('a.xml', '<html><body/></html>')).toMatchObject({ ok: false, message: expect.stringMatching(/its <html> holds no <group> elements/) });
    expect(readImportSource('a.xml', '<root><group type="SITE"/></root>')).toMatchObject({ ok: false, message: expect.stringMatching(/the <group> on line 1 has no name attribute/) });
  });
});

describe('monthly results into the report', () => {
  test('a group of endpoint groups (JSON): its June figures go to Availability and Reliability M3, at the precision given', () => {
    const { plan } = choose('argo-v3-group-monthly.json', 'GROUP_A');
    expect(plan.nothing).toBeNull();
    expect(plan.changes.map((change) => [change.metric, change.monthLabel, change.after, change.afterText, change.given])).toEqual([
      ['Availability', 'Jun 2015', 71.75110088070457, '71.75', '71.75110088070457'],
      ['Reliability', 'Jun 2015', 65.61389111289031, '65.61', '65.61389111289031'],
    ]);
    expect(plan.changes[0]).toMatchObject({ month: 2, sourceMonth: '2015-06', where: 'GROUP_A, 2015-06', kind: 'fills', beforeText: '—' });
  });

  test('an endpoint group (XML, by its name alone): "99.99999900000002" is kept as given and never reads 100', () => {
    const { plan } = choose('argo-group-monthly.xml', 'ST02');
    expect(plan.description).toBe('ARGO results (XML), monthly, for GROUP_A / ST02 (SITES)');
    for (const change of plan.changes) {
      expect(change.after).toBe(99.99999900000002);
      expect(change.given).toBe('99.99999900000002');
      expect(change.afterText).toBe('99.999999');
      expect(change.afterText).not.toMatch(/^100/);
    }
    expect(plan.changes).toHaveLength(2);
  });

  test('an endpoint by resource id is the only entry, so it is chosen without asking', () => {
    const report = report2015();
    const source = argoFixture('argo-v3-id-monthly.json');
    const choices = proposeChoices(source, report);
    expect(choices.entry).toBe('Infra-01 / service.queue / host01.example');
    expect(choices.mapping).toEqual({ availability: metricId(report, 'Availability'), reliability: metricId(report, 'Reliability') });
    const plan = planImport(report, source, choices, TODAY);
    expect(plan.changes.map((change) => `${change.metric} ${change.monthLabel} ${change.afterText}`)).toEqual(['Availability Jun 2015 99.999999', 'Reliability Jun 2015 99.999999']);
  });

  test('endpoints under a service (JSON with "timestamp"): e02 by the end of its path', () => {
    const { plan } = choose('argo-endpoints-monthly.json', 'service_a/e02');
    expect(plan.changes.map((change) => `${change.metric} ${change.afterText} ${change.where}`)).toEqual([
      'Availability 96.88 ST01 / service_a / e02, 2015-06',
      'Reliability 96.88 ST01 / service_a / e02, 2015-06',
    ]);
  });

  test('a file with several entries and none chosen asks which, naming them', () => {
    const { plan } = choose('argo-v3-group-monthly.json', null);
    expect(plan.changes).toEqual([]);
    expect(plan.nothing).toBe('Choose which of the 3 groups and endpoints in "argo-v3-group-monthly.json" to import: GROUP_A; GROUP_A / ST01; GROUP_A / ST02.');
  });

  test('an unknown group, and a group with no results of its own, are named', () => {
    expect(choose('argo-v3-group-monthly.json', 'ST03').plan.nothing).toBe('"argo-v3-group-monthly.json" has no group or endpoint "ST03" (it holds GROUP_A; GROUP_A / ST01; GROUP_A / ST02).');
    expect(choose('argo-endpoints-monthly.json', 'service_a').plan.nothing).toBe('ST01 / service_a has no results of its own in "argo-endpoints-monthly.json", only e01, e02 within it; choose one of them.');
  });

  test('months outside the period are listed and left out; the months inside are imported', () => {
    const { plan } = choose('argo-endpoint-group-six-months.xml', null);
    expect(plan.outside).toEqual([
      { month: '2015-02', label: 'February 2015', series: ['availability', 'reliability'] },
      { month: '2015-03', label: 'March 2015', series: ['availability', 'reliability'] },
    ]);
    expect(plan.changes.filter((change) => change.metric === 'Availability').map((change) => `${change.monthLabel} ${change.afterText}`)).toEqual([
      'Apr 2015 99.999999',
      'May 2015 97.20',
      'Jun 2015 100.00',
      'Jul 2015 99.91',
    ]);
  });

  test('a figure that is not a number, or not a percentage, is left out with where it was', () => {
    const text = '{"results": [{"name": "ST01", "type": "SITES", "results": [{"date": "2015-04", "availability": "NaN", "reliability": "99.5"}, {"date": "2015-05", "availability": "-1", "reliability": "99.5"}]}]}';
    const reading = readImportSource('odd.json', text);
    if (!reading.ok) throw new Error(reading.message);
    const report = report2015();
    const plan = planImport(report, reading.source, proposeChoices(reading.source, report), TODAY);
    expect(plan.problems).toEqual([
      'ST01, 2015-04: the availability "NaN" is not a number; left out.',
      'ST01, 2015-05: the availability -1 is not a percentage between 0 and 100; left out.',
    ]);
    expect(plan.changes.map((change) => `${change.metric} ${change.monthLabel}`)).toEqual(['Reliability Apr 2015', 'Reliability May 2015']);
  });
});

describe('a month given twice', () => {
  test('is imported from neither result, and said to be', () => {
    const result = (date: string, availability: string) => ({ date, availability, reliability: availability });
    const text = JSON.stringify({ results: [{ name: 'ST01', type: 'SITES', results: [result('2015-04', '99.1'), result('2015-05', '99.2'), result('2015-05', '98.7')] }] });
    const reading = readImportSource('joined.json', text);
    if (!reading.ok) throw new Error(reading.message);
    const report = report2015();
    const plan = planImport(report, reading.source, proposeChoices(reading.source, report), TODAY);
    expect(plan.problems).toEqual(['ST01 has 2 results for May 2015; none of them is imported.']);
    expect(plan.changes.map((change) => `${change.metric} ${change.monthLabel}`)).toEqual(['Availability Apr 2015', 'Reliability Apr 2015']);
  });
});

describe('daily results are refused, asking for monthly granularity', () => {
  test.each([
    ['argo-v3-group-daily.json', null, ''],
    ['argo-group-of-endpoint-groups-daily.xml', null, ' for GROUP_A'],
    ['argo-endpoint-group-daily.xml', null, ' for GROUP_A / ST01'],
    ['argo-service-flavours-daily.xml', 'SF01', ''],
    ['argo-endpoints-daily.json', 'e01', ''],
    ['argo-v3-id-daily.json', null, ' for Infra-01 / service.queue / host01.example'],
  ])('%s', (name, entry, which) => {
    const { plan } = choose(name, entry);
    expect(plan.changes).toEqual([]);
    expect(plan.nothing).toBe(
      `"${name}" holds daily results${which} (2015-06-22 to 2015-06-23). Report Desk imports ARGO's monthly figures: ` +
        `a month's availability is not the mean of its days when unknown time differs from day to day. Ask ARGO for the same results with granularity=monthly.`,
    );
  });

  test('a file mixing months and days is refused too', () => {
    const reading = readImportSource('mixed.json', '{"results": [{"name": "ST01", "type": "SITES", "results": [{"date": "2015-06", "availability": "99", "reliability": "99"}, {"date": "2015-06-02", "availability": "99", "reliability": "99"}]}]}');
    if (!reading.ok) throw new Error(reading.message);
    const report = report2015();
    expect(planImport(report, reading.source, proposeChoices(reading.source, report), TODAY).nothing).toBe('ST01 in "mixed.json" mixes monthly and daily results; ask ARGO again with granularity=monthly.');
  });
});
