// The report as it exports: its details, then its sections in the list's order, each with what
// its kind holds (the effort table, the performance table and charts, a table of the person's
// own, or text alone). Each part reads its own slice of the document store, so typing in one
// part re-renders it alone; the list is laid out again only when its shape changes.
import { useCallback, useDeferredValue, useMemo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { sameMonths } from '../../shared/periods';
import { sectionMoves, type SectionMoves } from '../../shared/section-edits';
import { unplacedDraftedKinds, type SectionOutline } from '../../shared/sections';
import type { DraftedKind } from '../../shared/report-schema';
import { EffortChart, PerformanceCharts } from '../charts/report-charts';
import { sectionHeadingId } from '../document/places';
import { useDocumentStore, useFocusRequest, useReport } from '../document/use-document';
import { WordExportOptions } from '../export/word-export-options';
import { DocumentHeader } from '../header/document-header';
import { EffortTable } from '../tables/effort-table';
import { PerformanceTable } from '../tables/performance-table';
import type { AskChoice } from '../ui/choice-dialog';
import { Icon } from '../ui/icons';
import type { Notices } from '../ui/notices';
import { partRegion, regionProps, useSectionParts, type NumberedSection } from '../ui/regions';
import { AddSectionDialog, type AddAnchor } from './add-section-dialog';
import { SectionEditor } from './section-editor';
import { SectionHeading, ShapingKeysHint } from './section-heading';
import { createSectionShaping, type SectionShaping } from './section-shaping';
import { TableSectionPart } from './table-section-part';
import './sections.css';

interface ReportSectionsProps {
  ask: AskChoice;
  /** Says what a step that shaped the list did. */
  notices: Notices;
  /** Shown under the title, before the details: what needs attention. */
  summary: ReactNode;
}

/** What a section's heading needs to shape the list. */
interface Shape {
  moves: SectionMoves;
  shaping: SectionShaping;
  /** Asks before a step that takes the person's own text out (a table's column). */
  ask: AskChoice;
  onAdd(anchor: AddAnchor | null): void;
}

/** `drawnWhenNear`: laid out and painted only as it comes near the view (see .drawn-when-near). */
function ReportSection({ section, shape, drawnWhenNear = true, children }: { section: NumberedSection; shape: Shape; drawnWhenNear?: boolean; children: ReactNode }): ReactElement {
  const classes = ['report-section', section.level === 2 ? 'report-subsection' : '', drawnWhenNear ? 'drawn-when-near' : ''].filter((name) => name !== '');
  return (
    <section className={classes.join(' ')} aria-labelledby={sectionHeadingId(section.id)}>
      <SectionHeading section={section} moves={shape.moves} shaping={shape.shaping} onAdd={shape.onAdd} />
      {children}
    </section>
  );
}

/** What last period foresaw, above this period's overview. */
function LastForeseen(): ReactElement | null {
  const foreseen = useReport((report) => report.previous?.foreseen ?? null);
  if (foreseen === null) return null;
  return (
    <p>
      <strong>Last period you foresaw:</strong> {foreseen.trim() === '' ? '(nothing written)' : foreseen}
    </p>
  );
}

/** The charts follow an edit a moment behind it, rendered after the keystroke's own frame (as the summary is). */
function Charts(): ReactElement {
  // Redrawn for its months and its language, not for a title typed.
  const meta = useDeferredValue(useReport((report) => report.meta, (a, b) => sameMonths(a, b) && a.language === b.language));
  const metrics = useDeferredValue(useReport((report) => report.metrics));
  return <PerformanceCharts meta={meta} metrics={metrics} />;
}

function EffortChartOfReport(): ReactElement {
  const effort = useReport((report) => report.effort);
  const language = useReport((report) => report.meta.language);
  return <EffortChart effort={effort} language={language} />;
}

/** The text field's name: the section's title, or what part of the section it is. */
function fieldLabel(section: SectionOutline): string {
  const title = section.title.trim();
  if (section.kind === 'effort') return `${title} sentence`;
  if (section.kind === 'performance' || section.kind === 'table') return `${title}: text before the table`;
  return title;
}

function SectionContent({ section, shape }: { section: NumberedSection; shape: Shape }): ReactElement {
  const hasPrevious = useReport((report) => report.previous !== null);
  const label = fieldLabel(section);
  switch (section.kind) {
    case 'effort':
      return (
        <ReportSection section={section} shape={shape}>
          <SectionEditor id={section.id} label={label} hint="The list of people and their PM follows this sentence in the export." />
          <div className="effort-layout">
            <EffortTable />
            <EffortChartOfReport />
          </div>
        </ReportSection>
      );
    case 'performance':
      // The grid is where figures are typed: its own rows and months are windowed instead.
      return (
        <ReportSection section={section} shape={shape} drawnWhenNear={false}>
          <SectionEditor id={section.id} label={label} />
          <PerformanceTable />
          <h3 className="subheading">Charts</h3>
          <Charts />
          <WordExportOptions />
        </ReportSection>
      );
    case 'table':
      return (
        <ReportSection section={section} shape={shape}>
          <div {...regionProps(partRegion({ kind: 'grid', section }).id)} className="section-table-region">
            <SectionEditor id={section.id} label={label} />
            <TableSectionPart id={section.id} title={section.title} ask={shape.ask} />
          </div>
        </ReportSection>
      );
    default:
      return (
        <ReportSection section={section} shape={shape}>
          <SectionEditor id={section.id} label={label} context={section.kind === 'overview' && hasPrevious ? <LastForeseen /> : undefined} />
        </ReportSection>
      );
  }
}

const NO_MOVES: SectionMoves = { up: false, down: false, indent: false, outdent: false };

/** The button after the last section: adds one at the end, and is where the focus goes once no section is left. */
function AddAtEnd({ onAdd }: { onAdd: () => void }): ReactElement {
  const ref = useRef<HTMLButtonElement>(null);
  useFocusRequest(
    (target) => target.kind === 'add-section',
    () => {
      ref.current?.focus({ preventScroll: true });
      ref.current?.scrollIntoView({ block: 'nearest' });
    },
  );
  return (
    <div className="section-add-end">
      <button ref={ref} type="button" className="button button-small section-add-button" onClick={onAdd}>
        <Icon name="add" /> Add a section at the end
      </button>
    </div>
  );
}

export function ReportSections({ ask, notices, summary }: ReportSectionsProps): ReactElement {
  const store = useDocumentStore();
  const parts = useSectionParts();
  const hasPerformance = parts.some((part) => part.kind === 'grid' && part.section.kind === 'performance');
  const shaping = useMemo(() => createSectionShaping({ store, ask, announce: notices.status }), [store, ask, notices]);
  const [adding, setAdding] = useState<{ anchor: AddAnchor | null; unplaced: DraftedKind[] } | null>(null);
  const onAdd = useCallback((anchor: AddAnchor | null) => setAdding({ anchor, unplaced: unplacedDraftedKinds(store.report) }), [store]);
  // What each section can do, read from the list's shape alone: worked out again only when it changes.
  const movesById = useMemo(() => {
    const outline = parts.flatMap((part) => (part.kind === 'grid' ? [part.section] : part.sections));
    const moves = sectionMoves(outline);
    return new Map(outline.map((section, index) => [section.id, moves[index]!]));
  }, [parts]);
  const shapeOf = (id: string): Shape => ({ moves: movesById.get(id) ?? NO_MOVES, shaping, ask, onAdd });
  return (
    <>
      <DocumentHeader ask={ask} />
      {summary}
      <ShapingKeysHint />
      {parts.map((part) =>
        part.kind === 'grid' ? (
          <SectionContent key={part.section.id} section={part.section} shape={shapeOf(part.section.id)} />
        ) : (
          <div key={`sections:${part.sections[0]!.id}`} className="report-sections-run" {...regionProps(partRegion(part).id)}>
            {part.sections.map((section) => (
              <SectionContent key={section.id} section={section} shape={shapeOf(section.id)} />
            ))}
          </div>
        ),
      )}
      <AddAtEnd onAdd={() => onAdd(null)} />
      {/* The export's options sit with the performance table they mostly shape; without one, after the sections. */}
      {!hasPerformance && <WordExportOptions />}
      {adding !== null && (
        <AddSectionDialog
          anchor={adding.anchor}
          unplaced={adding.unplaced}
          onClose={() => setAdding(null)}
          onAdd={(kind, title, place, level) => {
            setAdding(null);
            shaping.add(kind, title, place, level);
          }}
        />
      )}
    </>
  );
}
