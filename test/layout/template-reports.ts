// A new report from each shipped template, filled in as a person would (figures typed, people's
// effort, the template's starter text replaced, a table's rows, a note on a miss), for the
// layout tests to lay out with LibreOffice. The same figures on every run.
import type { Metric, Report } from '../../shared/report-schema';
import { readReportData } from '../../shared/report-file';
import { confirmCarried, editSection, refreshDrafts } from '../../shared/section-text';
import { setFigureNote } from '../../shared/figure-notes';
import { changeSection } from '../../shared/sections';
import { shippedTemplates } from '../../shared/templates/shipped-templates';
import { reportFromTemplate } from '../../shared/templates/template-building';
import type { LayoutDocument } from './layout-reports';

function fromTemplate(id: string, start: string): Report {
  const found = shippedTemplates().find((shipped) => shipped.id === id);
  if (found === undefined) throw new Error(`No shipped template "${id}".`);
  return reportFromTemplate(found.template, { start, name: null });
}

/** Each metric's figures month by month, by id. */
function withFigures(report: Report, figures: Record<string, (number | null)[]>): Report {
  return { ...report, metrics: report.metrics.map((metric: Metric) => ({ ...metric, values: figures[metric.id] ?? metric.values })) };
}

function withEffort(report: Report, pm: readonly number[], names?: readonly string[]): Report {
  const people = names === undefined ? report.effort.people : names.map((name, index) => ({ id: `person-${index + 1}`, name, pm: 0 }));
  return { ...report, effort: { ...report.effort, people: people.map((person, index) => ({ ...person, pm: pm[index] ?? 0 })) } };
}

function withRows(report: Report, id: string, rows: string[][]): Report {
  return changeSection(report, id, (section) => (section.kind === 'table' ? { ...section, rows, edited: true, carried: false } : section));
}

function valid(report: Report): Report {
  const read = readReportData(refreshDrafts(report));
  if (!read.ok) throw new Error(`A report from a template is not valid: ${read.message}`);
  return read.report;
}

/** "EGI OLA service report": the seed's shape for the first half of 2026, a miss in M3 with its note. */
function egiOla(): Report {
  let report = fromTemplate('egi-ola-service-report', '2026-01');
  report = withEffort(report, [4, 2, 5.5], ['Cyril Flieller', 'Cyril L’Orphelin', 'Pierre Frebault']);
  report = withFigures(report, {
    availability: [99.96, 99.81, 98.42, 99.99, 99.9, 99.95],
    reliability: [99.97, 99.88, 99.31, 99.99, 99.93, 99.96],
    'support-lu': [2.1, 3.4, 1.2, null, 4.1, 2.6],
    'support-u': [1.1, null, 0.8, 2.2, 1.4, 0.9],
    'support-vu': [0.3, 0.2, 1.6, 0.4, null, 0.5],
    'support-tp': [null, 0.1, null, null, 0.2, null],
  });
  report = setFigureNote(report, 'availability', 2, { happened: 'the database host failed on 17 March and was replaced the next day', measure: 'a standby database in the second data centre, in service by June' });
  report = setFigureNote(report, 'support-vu', 2, { happened: 'two very urgent tickets arrived during the outage', measure: 'an on-call rota for the portal team' });
  return valid(editSection(report, 'foreseen', 'The portal release 6.0 with the new downtime calendar, and the move of the database to the new cluster.'));
}

/** "Quarterly service report": the first quarter of 2026, its incidents written and changes listed. */
function quarterly(): Report {
  let report = fromTemplate('quarterly-service-report', '2026-01');
  report = withFigures(report, {
    availability: [99.82, 99.31, 99.9],
    'major-incidents': [1, 3, 0],
    'first-response-p1': [0.5, 1.5, 0.25],
    'first-response-p2': [2.5, 3.75, 1.5],
    'first-response-p3': [6, 7.5, 5],
  });
  report = setFigureNote(report, 'availability', 1, { happened: 'storage maintenance overran by four hours on 12 February', measure: 'maintenance windows booked with the storage team a week ahead' });
  report = editSection(report, 'incidents', 'Three major incidents, all in February:\n- 12 February: storage maintenance overran by four hours; the portal was read-only.\n- 19 February: certificate expiry on the message broker, one hour.\n- 26 February: a failed deployment rolled back after forty minutes.');
  report = confirmCarried(report, 'changes-delivered');
  report = withRows(report, 'changes-delivered', [
    ['CHG-201', 'Portal release 5.4: accounting views', '14 January 2026', 'New views for site managers'],
    ['CHG-204', 'Database moved to the new cluster', '2 February 2026', 'Faster searches; one hour of downtime, announced'],
    ['CHG-209', 'Single sign-on through EGI Check-in for every page', '23 March 2026', 'No more certificate login'],
  ]);
  return valid(editSection(report, 'plans', '- release 5.5 with the downtime calendar\n- a second storage controller\n- the yearly review of the OLA with EGI'));
}

/** What a coordinator writes in the project report, in English and in French. */
const PROJECT_WORDS = {
  en: {
    template: 'project-periodic-report',
    late: { happened: 'D2.1 (service catalogue) was delivered three weeks late, waiting for a partner’s input', measure: 'deliverable inputs due a month before each deadline' },
    move: { happened: 'the move to the new data centre took two days longer than planned', measure: 'moves rehearsed on the test platform first' },
    users: { happened: 'the services opened to most users only in March', measure: 'a campaign with the three user communities, and the services listed in the EOSC catalogue', again: 'the campaign begun in January' },
    sections: {
      progress: 'Every objective of the first period was reached but one: the service catalogue came three weeks late.',
      wp1: 'The kick-off in January, two consortium meetings and the first review with the project officer.',
      wp2: 'The three services went into production in March; availability stayed above target but for the data centre move.',
      wp3: 'Two webinars and the first user workshop, 85 participants in all.',
    },
    milestones: [
      ['MS1 Project kick-off', 'M1', 'Reached', 'Kick-off meeting in Amsterdam, 14 January'],
      ['MS2 Services in production', 'M6', 'Reached', 'All three services in production on 28 March'],
      ['MS3 First user workshop', 'M9', 'Ahead', 'Held early, in June, with 40 users'],
      ['MS4 Mid-term review', 'M18', 'On track', ''],
    ],
  },
  fr: {
    template: 'rapport-periodique-de-projet',
    late: { happened: 'le D2.1 (catalogue de services) a été remis avec trois semaines de retard, faute de la contribution d’un partenaire', measure: 'contributions aux livrables attendues un mois avant chaque échéance' },
    move: { happened: 'le déménagement vers le nouveau centre de données a duré deux jours de plus que prévu', measure: 'déménagements répétés d’abord sur la plateforme de test' },
    users: { happened: 'les services n’ont été ouverts à la plupart des utilisateurs qu’en mars', measure: 'une campagne auprès des trois communautés d’utilisateurs, et les services inscrits au catalogue EOSC', again: 'la campagne lancée en janvier' },
    sections: {
      progress: 'Tous les objectifs de la première période ont été atteints sauf un : le catalogue de services a été livré avec trois semaines de retard.',
      wp1: 'Le lancement en janvier, deux réunions du consortium et la première revue avec le chargé de projet.',
      wp2: 'Les trois services sont en production depuis mars ; la disponibilité est restée au-dessus de l’objectif, sauf lors du déménagement du centre de données.',
      wp3: 'Deux webinaires et le premier atelier utilisateurs, 85 participants au total.',
    },
    milestones: [
      ['MS1 Lancement du projet', 'M1', 'Atteint', 'Réunion de lancement à Amsterdam, le 14 janvier'],
      ['MS2 Mise en production des services', 'M6', 'Atteint', 'Les trois services en production le 28 mars'],
      ['MS3 Premier atelier utilisateurs', 'M9', 'En avance', 'Tenu dès juin, avec 40 utilisateurs'],
      ['MS4 Revue à mi-parcours', 'M18', 'Dans les temps', ''],
    ],
  },
} as const;

/** "Project periodic report" (or the French "Rapport périodique de projet"): the first half of 2026, partners' effort, KPIs, milestones, a deviation. */
function project(language: keyof typeof PROJECT_WORDS = 'en'): Report {
  const words = PROJECT_WORDS[language];
  let report = fromTemplate(words.template, '2026-01');
  report = withEffort(report, [14.5, 9, 7.25]);
  report = withFigures(report, {
    'deliverables-on-time': [100, 100, 50, 100, 100, 100],
    'service-availability': [99.5, 99.2, 97.4, 99.7, 99.8, 99.6],
    'active-users': [412, 455, 480, 515, 540, 583],
    'training-events': [1, 1, 1, 2, 1, 1],
  });
  report = setFigureNote(report, 'deliverables-on-time', 2, words.late);
  report = setFigureNote(report, 'service-availability', 2, words.move);
  for (const month of [0, 1, 2]) report = setFigureNote(report, 'active-users', month, { happened: month === 0 ? words.users.happened : '', measure: month === 0 ? words.users.measure : words.users.again });
  for (const [id, text] of Object.entries(words.sections)) report = editSection(report, id, text);
  report = withRows(report, 'milestones', words.milestones.map((row) => [...row]));
  return valid(report);
}

export function shippedTemplateDocuments(): LayoutDocument[] {
  return [
    { name: 'template-egi-ola', report: egiOla(), includeCharts: true, pages: { least: 2, most: 4 } },
    { name: 'template-quarterly', report: quarterly(), includeCharts: true, pages: { least: 2, most: 4 } },
    { name: 'template-project', report: project(), includeCharts: true, pages: { least: 3, most: 6 } },
    { name: 'template-project-french', report: project('fr'), includeCharts: true, pages: { least: 3, most: 6 } },
  ];
}
