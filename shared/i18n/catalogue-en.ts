// The document's words in English, in ICU MessageFormat: every label, heading, caption, chart text
// and drafted sentence the app writes into a report. Its keys are the catalogue's keys: French
// and German must give every one (catalogue-fr.ts, catalogue-de.ts), or the type check fails.
// English is word for word what the app wrote before there were catalogues.
// Figures come in already written in the report's locale (99.76, 99,76); counts come in as
// numbers, for the plural rules. Quoting: an apostrophe before { } or # starts a quotation in
// ICU, so a message never puts one there.

export const en = {
  // The report's parts as the seed names them, and the titles of new sections.
  'title.effort': 'Effort',
  'title.overview': 'General overview of activity in the period',
  'title.performance': 'Performance against service targets',
  'title.issues': 'Issues arising in the period',
  'title.measures': 'Measures planned',
  'title.foreseen': 'Foreseen activities and changes',
  'title.text': 'New section',
  'title.table': 'New table',
  'table.column': 'Column {number}',
  // The one row of a table of the person's own that has none yet, under its headings.
  'table.noEntries': 'No entries.',
  'report.title': 'Activity report',
  'person.unnamed': 'Unnamed',

  // What a drafted part says when it has nothing else to show.
  'empty.effort': 'No effort is reported for the period.',
  'empty.overview': 'Nothing to report for the period.',
  'empty.performance': 'No service targets are followed in this report.',
  'empty.issues': 'No issues arose in the period.',
  'empty.measures': 'No measures are planned.',
  'empty.foreseen': 'No activities or changes are foreseen.',

  // Effort.
  'effort.sentence':
    '{organisationForm, select, none {The global effort} other {The global effort for {organisation}}} is {pm} PM for {months, plural, one {the last month} other {the last # months}}{hasPlanned, select, yes { against {planned} PM planned} other {}}{people, plural, =0 {.} one { and is distributed over # person:} other { and is distributed over # persons:}}',
  'effort.person': '{name}: {pm} PM',

  // Overview, and its trend against the previous period.
  'overview.noProblems': 'No problems encountered during the period.',
  'overview.missed': 'Service targets were missed in {where}.',
  'overview.outsideOne': '{figure}; it is not checked against its target until it is corrected.',
  'overview.outsideMany':
    '{count, plural, one {# figure is} other {# figures are}} outside what {count, plural, one {its unit} other {their units}} can hold{listed, select, yes { ({figures})} other {}}; they are not checked against their targets until they are corrected.',
  'overview.monthWithMetrics': '{month} ({metrics})',
  'overview.monthsOfPeriod': '{missed} of the {months, plural, one {# month} other {# months}}',
  'overview.metricInMonths': '{metric} in {months, plural, one {# month} other {# months}}',
  'overview.monthsByMetric': '{months} ({metrics})',
  'overview.monthsByManyMetrics': '{months}, by {missed} of the {metrics} metrics',
  'overview.described':
    '{parts, select, both {The issues and the measures planned are} issues {The issues are} other {The measures planned are}} described {numbered, select, yes {in {count, plural, one {section} other {sections}} {references}} other {under {references}}}.',
  'trend.first': '{metric} averaged {now}, against {before} in the previous period{others}.',
  'trend.next': '; {metric} {now}, against {before}',
  'trend.counts': 'Of the {metrics} metrics with an average in both periods, {counts}.',
  'trend.lead': '{count} averaged {change, select, better {better than} worse {worse than} other {the same as}} in the previous period',
  'trend.more': '{count} {change, select, better {better} worse {worse} other {the same}}',

  // Performance: the summary lines before the table.
  'performance.noValues': '{metric}: no values in the period',
  'performance.noTarget': '{metric}: no target{hasAverage, select, yes {, period average {average}} other {}}',
  'performance.targetMet': '{metric}: target met in {met} of {months, plural, one {# month} other {# months}}{hasAverage, select, yes {, period average {average}} other {}}',
  'performance.outside': '; {months}, not checked',
  'performance.outsideMonth': "{month}'s {figure} is {predicate}",
  'performance.othersMet': '{listed, select, none {All {count} metrics} other {{count, plural, one {The other metric} other {The other {count} metrics}}}}: target met in every month with a value',
  'performance.tableIntro': 'The following table shows performance against targets:',

  // Issues and measures.
  'draft.nothing': 'N.A',
  'miss.line': '{month}: {metric} {value}{hasTarget, select, yes { against a target of {target}} other {}}',
  'miss.ofMetric': '{metric}{hasTarget, select, yes { against a target of {target}} other {}}: {figures}',
  'miss.figureInMonth': '{value} in {month}',
  'miss.withNote': '{miss}: {note}',
  'miss.noteOfMonth': '{month}: {note}.',
  'miss.lineWithNotes': '{line}. {notes}',
  'note.otherFigure': '{month}: {metric}{hasValue, select, yes { {value}} other {, no value}}: {note}',
  'measure.line': '{month} {metric}: {measure}',
  'measure.ofMetric': '{metric} ({months}): {measure}',
  'measure.prompt': '[describe the measure planned]',

  // What an export should not carry unnoticed (the command line's warnings about the document).
  'prompts.line':
    "{numbered, select, yes {Section {number}, {title},} other {{title}}} {kind, select, carried {still holds last period's {table, select, yes {rows} other {text}}, not yet reviewed} starter {still holds the template's starter text, not yet reviewed} empty {has a table with no entries} other {still has {count, plural, one {a prompt} other {# prompts}} to complete}}",
  'prompts.shownAsWritten': 'the document shows {count, plural, one {it} other {them}} as written',
  'prompts.shownEmpty': 'the document shows its headings over “No entries.”',

  // The period and its months.
  'period.months': '{months, plural, one {# month} other {# months}}',
  'month.average': '{month} average',

  // Figures, targets and notes, as the table, the charts and the footnotes say them.
  'figure.noValue': 'no value',
  'target.none': 'no target',
  'target.phrase': 'target {target}',
  'target.phraseWorded': 'target {wording} as agreed, not checked',
  'evaluation.noTargetSet': 'no target set',
  'evaluation.outsideUnit': 'outside what {hasUnit, select, yes {{unit}} other {its unit}} can hold, not checked against its target until it is corrected',
  'unit.beyond': '{side, select, above {more} other {less}} than {bound}',
  'unit.negative': 'negative',
  'unit.figureIs': '{figure} is {predicate}',
  // The command line's warnings about a figure or a target its unit cannot hold (validate, export, import).
  'unit.keptWarning': '{figure}; it is kept, and not checked against its target until it is corrected',
  'unit.importedWarning': '{figure}; it is imported as given, and not checked against its target until it is corrected',
  'unit.targetWarning': '{metric} target: {message}; no figure can be checked against it until it is corrected',
  'evaluation.met': 'meets the {target} target',
  'evaluation.missed': '{direction, select, higher {below} other {above}} the {target} target',
  'footnote.figure': '{metric} {month}, {figure}:{happened}{measure}',
  'footnote.measure': 'Measure planned: {measure}',

  // The document around the sections.
  'details.organisation': 'Organisation',
  'details.service': 'Service',
  'details.agreement': 'Agreement',
  'details.period': 'Period',
  'details.author': 'Author',
  'footer.page': 'Page {page} of {pages}',
  'caption.table': 'Table',
  'caption.figure': 'Figure',

  // The performance table.
  'table.parameter': 'Service level parameter',
  'table.target': 'Target',
  'table.average': 'Period average',
  'table.previous': 'Previous period',
  'table.captionPart': '{caption}, {months}{withAverage, select, yes { and the period average} other {}}',
  'table.noteUnit': '{names}{hasUnit, select, yes { in {unit}} other {}}, {direction, select, higher {higher is better} other {lower is better}}',
  'table.noteNamesMore': '{names} and {count} others',
  'table.noteMissed': 'Shaded bold values marked {marker} missed their target.',
  'table.noteNoneMissed': 'No monthly value missed its target.',
  'table.noteMissing': '{dash} marks a month with no value.',
  'table.noteOutside': 'Values marked {marker} are outside what their unit can hold and are not checked against their target.',
  'table.noteFootnotes': 'A small number after a value refers to its note at the foot of the page.',
  'table.noteAverage': 'The period average is the mean of the months with a value.',
  'table.notePrevious': 'Previous period is the average of the period before{hasName, select, yes { ({name})} other {}}.',

  // Charts: titles, legends, axes, captions and alt text.
  'chart.missed': 'Missed target',
  'chart.target': '{hasKey, select, yes {Target {key}} other {Target}} {level}',
  'chart.notChecked': '{wording} (not checked)',
  'chart.effortTitle': 'Effort by person (total {pm} PM)',
  'chart.personMonths': 'Person-months',
  'chart.pm': 'PM',
  'chart.intro': '{metric} by month against the {target} target',
  'chart.introUntargeted': '{metric} by month, {target}',
  'chart.groupIntro': '{group} by month for {keys}{targets, select, all { against their targets} none {, no targets} other {}}',
  'chart.keyWithTarget': '{key} ({target})',
  'chart.noValues': 'no values yet',
  'chart.valuesShown': 'values shown',
  'chart.metEveryMonth': 'met in every month with a value',
  'chart.missedIn': 'missed in {months}',
  'chart.missedBy': 'missed by {misses}',
  'chart.keyMissedIn': '{key} in {months}',
  'chart.noValueIn': '{verdict}; no value in {months}',
  'chart.metEveryMonthChecked': 'met in every month checked',
  'chart.notCheckedIn': '{verdict}; {months} not checked, outside what the unit can hold',
  'chart.noTargetToCheck': 'no target to check against',
  'chart.described': '{intro}: {verdict}',
  'chart.series': '{name} ({target}): {months}',
  'chart.seriesTarget': 'target: {target}',
  'chart.seriesTargetWorded': 'target: {wording} as agreed, not checked',
  'chart.monthFigure': '{month} {value}',
  'chart.effortPerson': '{name} {pm} PM',
  'chart.effortDescribed': 'Effort by person: {people}; total {pm} PM',
  'chart.effortNobody': 'nobody yet',
  'chart.effortCaption': 'Effort by person, in person-months (PM)',

  // Past a hundred charts, the document shows the ones that matter and says so.
  'charts.leftOut': "The figures make {charted} charts, more than a document can usefully hold: shown below are {which}. Every figure is in the tables above.",
  'charts.leftOutWarning': "This report's figures make {charted} charts; the Word document shows {shown} of them ({which}) and says so. Every figure is in its tables.",
  'charts.shownMissed': "{missed, plural, one {the one that shows a missed target} other {the {missedCount} that show a missed target}}",
  'charts.shownFirstOfMissed': "the first {shown} of the {missedCount} that show a missed target, in table order",
  'charts.shownFirst': "the first {shown} in table order",
  'charts.shownMissedAndFirst': "{missed, plural, one {the one that shows a missed target} other {the {missedCount} that show a missed target}} and the first {others} of the others, in table order",

  // A service's history: the paragraph for the overview, and the annex.
  'history.record': '{metric} has met its target in {met} of {checked, plural, one {# month} other {# months}} since {since}.',
  'history.recordOthers': 'The other {count} metrics met their targets in {met} of {checked, plural, one {# month} other {# months}} checked.',
  'history.run':
    '{metric} {direction, select, higher {below} other {above}} target in {months} consecutive months, {span}{periods, plural, =1 {} =2 {, across two periods} =3 {, across three periods} =4 {, across four periods} =5 {, across five periods} =6 {, across six periods} =7 {, across seven periods} =8 {, across eight periods} =9 {, across nine periods} =10 {, across ten periods} other {, across # periods}}',
  'history.title': '{hasService, select, yes {History of {service}} other {History of the service}}',
  'history.periods': 'Periods',
  'history.span': '{first} to {last}',
  'history.readHeading': 'Reports read',
  'history.missingReports': 'No report for {periods}: a gap in every series.',
  'history.leftOut': 'Left out:',
  'history.performanceHeading': 'Performance over the years',
  'history.formerly': '{name} (formerly {names})',
  'history.tableCaption': '{metric}, period by period: the target as it was, the average, the months that met it and the worst month.',
  'history.period': 'Period',
  'history.target': 'Target',
  'history.average': 'Average',
  'history.monthsMet': 'Months met',
  'history.worstMonth': 'Worst month',
  'history.metOf': '{met} of {months}',
  'history.runsHeading': 'Consecutive misses',
  'history.noRuns': 'No metric missed its target two months in a row.',
  'history.effortHeading': 'Effort',
  'history.effortCaption': 'Effort period by period, in person-months (PM): the total against the planned PM, and each person’s share.',
  'history.totalPm': 'Total PM',
  'history.plannedPm': 'Planned PM',
  'history.peoplePm': 'People (PM)',
  'history.notesHeading': 'Issues and measures',
  'history.noNotes': 'No figure of these periods has a note.',
  'history.noMeasure': 'No measure noted.',
  'history.measure': 'Measure: {measure}',
  'history.nothingWritten': 'Nothing written on what happened',
  'history.note': '{period}, {month} ({figure}): {happened} {measure}',
  'history.chartCaption': '{metric}, month by month, {first} – {last}, with the target of each period.',
  'history.chartTarget': 'Target, as it was in each period',
  'history.chartSpan': '{metric} month by month from {first} to {last}',
  'history.chartNoneChecked': 'no month checked against a target',
  'history.chartMet': 'target met in {met} of {checked} months checked',
  'history.chartMissed': 'missed in {months}',
  'history.chartNoReport': 'no report for {periods}',

  // Punctuation that differs between languages: French sets a narrow no-break space before : and ;.
  'punctuation.colon': '{before}: {after}',
  'punctuation.semicolon': '{before}; {after}',
  'punctuation.quoted': '“{text}”',
} as const;

/** A message of the document's catalogue. */
export type MessageKey = keyof typeof en;
/** Every message in a language: French and German are typed by it, so a missing one fails the type check. */
export type Catalogue = Readonly<Record<MessageKey, string>>;
