// "Open Recent": the list main keeps, read fresh each time it opens; files that went missing
// are named once and left off.
import { useEffect, useId, useRef, useState, type ReactElement } from 'react';
import type { RecentFile } from '../../shared/api';
import { api } from '../api';
import { Icon } from '../ui/icons';
import type { Notices } from '../ui/notices';
import { ToolLabel } from '../ui/tool-label';

interface RecentFilesMenuProps {
  onOpen: (path: string) => void;
  notices: Notices;
}

export function RecentFilesMenu({ onOpen, notices }: RecentFilesMenuProps): ReactElement {
  const [files, setFiles] = useState<RecentFile[] | null>(null);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const open = files !== null;

  async function toggle(): Promise<void> {
    if (open) {
      setFiles(null);
      return;
    }
    try {
      const recent = await api().recentFiles();
      setFiles(recent.files);
      if (recent.removed.length > 0) {
        const names = recent.removed.join(', ');
        notices.status(
          recent.removed.length === 1 ? `${names} is no longer there; it was taken off the recent list.` : `These files are no longer there and were taken off the recent list: ${names}`,
        );
      }
    } catch (error) {
      notices.error(`Could not read the recent files: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: MouseEvent): void => {
      if (rootRef.current !== null && !rootRef.current.contains(event.target as Node)) setFiles(null);
    };
    const closeOnEscape = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') setFiles(null);
    };
    window.addEventListener('mousedown', closeOutside);
    window.addEventListener('keydown', closeOnEscape);
    return () => {
      window.removeEventListener('mousedown', closeOutside);
      window.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);

  return (
    <div className="recent" ref={rootRef}>
      <button type="button" className="button" aria-label="Open Recent" aria-expanded={open} aria-controls={panelId} onClick={() => void toggle()}>
        <Icon name="recent" /> <ToolLabel label="Open Recent" shortLabel="Recent" />
      </button>
      {open && (
        <div className="recent-panel" id={panelId}>
          {files.length === 0 ? (
            <p className="recent-empty">No recent reports yet.</p>
          ) : (
            <ul className="recent-list" aria-label="Recent reports">
              {files.map((file) => (
                <li key={file.path}>
                  <button
                    type="button"
                    className="recent-item"
                    title={file.path}
                    onClick={() => {
                      setFiles(null);
                      onOpen(file.path);
                    }}
                  >
                    <span className="recent-name">{file.name}</span>
                    <span className="recent-path">{file.path}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
