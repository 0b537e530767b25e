// The templates the start screen lists, read each time it shows and again after one is kept or
// removed.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { TemplateList } from '../../shared/api';
import { api } from '../api';
import type { Notices } from '../ui/notices';

export function useTemplateList(shown: boolean, notices: Notices): { templates: TemplateList | null; templatesChanged: () => void } {
  const [templates, setTemplates] = useState<TemplateList | null>(null);
  const [reading, setReading] = useState(0);
  const latestNotices = useRef(notices);
  useLayoutEffect(() => {
    latestNotices.current = notices;
  });
  useEffect(() => {
    if (!shown) return;
    let current = true;
    api()
      .listTemplates()
      .then((listed) => {
        if (current) setTemplates(listed);
      })
      .catch((error: unknown) => {
        if (!current) return;
        setTemplates({ kind: 'templates', shipped: [], own: [], language: null });
        latestNotices.current.error(`Could not read the templates: ${error instanceof Error ? error.message : String(error)}`);
      });
    return () => {
      current = false;
    };
  }, [shown, reading]);
  const templatesChanged = useCallback(() => setReading((count) => count + 1), []);
  return { templates, templatesChanged };
}
