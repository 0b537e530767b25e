// The commands a person reaches for every time, as real buttons with their shortcuts.
import type { ReactElement } from 'react';
import { selectDocumentName, selectIsUntouchedBlank, selectRedoLabel, selectUndoLabel, selectUnsaved } from '../document/selectors';
import { useDocument, useDocumentStore } from '../document/use-document';
import { RecentFilesMenu } from '../files/recent-files-menu';
import type { FileCommands } from '../files/file-commands';
import type { PeriodCommands } from '../files/period-commands';
import { Icon, type IconName } from '../ui/icons';
import { regionProps } from '../ui/regions';
import type { Notices } from '../ui/notices';
import { ToolLabel } from '../ui/tool-label';

interface ToolbarProps {
  commands: FileCommands;
  periods: PeriodCommands;
  notices: Notices;
  onStartScreen: () => void;
  onImportFigures: () => void;
  onHistory: () => void;
}

interface ToolButtonProps {
  icon: IconName;
  label: string;
  /** Shown instead of the label in a narrow window; the label stays the accessible name. */
  shortLabel?: string;
  /** Icon alone, for commands everyone knows by their icon (undo, redo). */
  iconOnly?: boolean;
  shortcut?: string;
  keys?: string;
  title?: string;
  primary?: boolean;
  disabled?: boolean;
  onClick: () => void;
}

function ToolButton({ icon, label, shortLabel, iconOnly, shortcut, keys, title, primary, disabled, onClick }: ToolButtonProps): ReactElement {
  const classes = ['button', primary === true ? 'button-primary' : '', iconOnly === true ? 'button-icon' : ''].filter(Boolean).join(' ');
  return (
    <button
      type="button"
      className={classes}
      title={title ?? (shortcut === undefined ? label : `${label} (${shortcut})`)}
      aria-label={shortLabel === undefined ? undefined : label}
      aria-keyshortcuts={keys}
      disabled={disabled}
      onClick={onClick}
    >
      <Icon name={icon} />
      {iconOnly === true ? <span className="visually-hidden">{label}</span> : shortLabel === undefined ? label : <ToolLabel label={label} shortLabel={shortLabel} />}
    </button>
  );
}

export function Toolbar({ commands, periods, notices, onStartScreen, onImportFigures, onHistory }: ToolbarProps): ReactElement {
  const store = useDocumentStore();
  const documentName = useDocument(selectDocumentName);
  const dirty = useDocument(selectUnsaved);
  const undoLabel = useDocument(selectUndoLabel);
  const redoLabel = useDocument(selectRedoLabel);
  const blank = useDocument(selectIsUntouchedBlank);
  return (
    <header className="toolbar" {...regionProps('toolbar')}>
      <div className="toolbar-brand">
        <span className="brand-name">Report Desk</span>
        <span className="doc-name" title={documentName}>
          <span className="doc-file">{documentName}</span>
          {/* Outside the ellipsis: a long file name must not hide that the work is unsaved. */}
          {dirty && (
            <span className="doc-dirty">
              {/* "unsaved" is what fits beside a file name; a screen reader hears it whole. */}
              <span aria-hidden="true">• </span>unsaved<span className="visually-hidden"> changes</span>
            </span>
          )}
        </span>
      </div>
      <div className="toolbar-groups">
        <div className="toolbar-group" role="group" aria-label="File">
          <ToolButton icon="home" label="Start Screen" iconOnly title="Start screen: recent reports, and the next period from last period’s" onClick={onStartScreen} />
          <ToolButton icon="new" label="New" shortcut="Ctrl+N" keys="Control+N" onClick={() => void commands.newReport()} />
          <ToolButton icon="open" label="Open" shortcut="Ctrl+O" keys="Control+O" onClick={() => void commands.open()} />
          <RecentFilesMenu onOpen={(path) => void commands.openPath(path)} notices={notices} />
          <ToolButton icon="save" label="Save" shortcut="Ctrl+S" keys="Control+S" onClick={() => void commands.save(false)} />
          <ToolButton icon="save" label="Save As" shortcut="Ctrl+Shift+S" keys="Control+Shift+S" onClick={() => void commands.save(true)} />
        </div>
        <div className="toolbar-group" role="group" aria-label="Edit">
          <ToolButton
            icon="undo"
            label="Undo"
            iconOnly
            keys="Control+Z"
            title={undoLabel === null ? 'Nothing to undo' : `Undo: ${undoLabel} (Ctrl+Z)`}
            disabled={undoLabel === null}
            onClick={store.undo}
          />
          <ToolButton
            icon="redo"
            label="Redo"
            iconOnly
            keys="Control+Shift+Z Control+Y"
            title={redoLabel === null ? 'Nothing to redo' : `Redo: ${redoLabel} (Ctrl+Shift+Z)`}
            disabled={redoLabel === null}
            onClick={store.redo}
          />
        </div>
        <div className="toolbar-group" role="group" aria-label="Report">
          <ToolButton icon="import" label="Import figures…" shortLabel="Import" title="Import figures from ARGO results, a spreadsheet or a ticket export" onClick={onImportFigures} />
          <ToolButton
            icon="next"
            label="Start Next Period"
            shortLabel="Next Period"
            title={blank ? 'Start Next Period follows a report: open last period’s first' : 'Start next period: a new report with the same people and metrics'}
            disabled={blank}
            onClick={() => void periods.nextPeriod()}
          />
          <ToolButton
            icon="compare"
            label="Compare with…"
            shortLabel="Compare"
            title="Compare with an earlier period’s report: its averages and PM beside this period’s"
            onClick={() => void periods.compareWith()}
          />
          <ToolButton icon="history" label="Service history…" shortLabel="History" title="The service’s history: every past report read together, its figures over the years" onClick={onHistory} />
          <ToolButton icon="export" label="Export to Word" shortcut="Ctrl+E" keys="Control+E" primary onClick={() => void commands.exportWord()} />
        </div>
      </div>
    </header>
  );
}
