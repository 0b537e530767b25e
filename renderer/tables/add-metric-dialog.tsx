// Adding a metric: one of the usual OLA presets, or a metric of the person's own.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactElement } from 'react';
import type { Direction, Metric } from '../../shared/report-schema';
import { customMetric, METRIC_PRESETS, presetMetrics } from '../../shared/report-building';
import { parseNumberEntry } from '../../shared/numbers';
import { nameInMessage } from '../../shared/message-names';
import { useReport } from '../document/use-document';

interface AddMetricDialogProps {
  onAdd: (metrics: Metric[], label: string) => void;
  onClose: () => void;
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

export function AddMetricDialog({ onAdd, onClose }: AddMetricDialogProps): ReactElement {
  const ref = useRef<HTMLDialogElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const targetRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const metrics = useReport((report) => report.metrics);
  const months = useReport((report) => report.meta.period.months);
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [direction, setDirection] = useState<Direction>('higher-is-better');
  const [targetText, setTargetText] = useState('');
  const [errors, setErrors] = useState<{ name?: string; target?: string }>({});

  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const hasMetricNamed = (candidate: string) => metrics.some((metric) => sameName(metric.name, candidate));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: { name?: string; target?: string } = {};
    if (name.trim() === '') next.name = 'Name: a metric needs a name';
    else if (hasMetricNamed(name)) next.name = `Name: a metric called '${nameInMessage(name.trim())}' is already in the table`;
    const target = parseNumberEntry(targetText);
    if (!target.ok) next.target = `Target: ${target.message}`;
    setErrors(next);
    if (next.name !== undefined || next.target !== undefined || !target.ok) {
      (next.name !== undefined ? nameRef : targetRef).current?.focus();
      return;
    }
    const metric = customMetric(months, { name: name.trim(), unit: unit.trim(), direction, target: target.value });
    onAdd([metric], `Add metric ${metric.name}`);
  }

  return (
    <dialog
      ref={ref}
      className="choice-dialog rd-add-metric"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`} className="choice-dialog-title">
        Add a metric
      </h2>
      <section aria-labelledby={`${id}-presets`}>
        <h3 id={`${id}-presets`} className="rd-dialog-subtitle">
          Usual OLA metrics
        </h3>
        <ul className="rd-preset-list">
          {METRIC_PRESETS.map((preset) => {
            const metrics = presetMetrics(preset.id, months);
            const missing = metrics.filter((metric) => !hasMetricNamed(metric.name));
            const present = missing.length === 0;
            // A group with some of its rows (the seed has lu and vu) can be completed.
            const partly = !present && missing.length < metrics.length;
            return (
              <li key={preset.id}>
                <button
                  type="button"
                  className="button"
                  disabled={present}
                  aria-describedby={`${id}-${preset.id}`}
                  // The whole preset: addMetrics keeps the rows there and places the others among them.
                  onClick={() => onAdd(metrics, partly ? `Add ${missing.map((metric) => metric.name).join(', ')}` : `Add metric ${preset.label}`)}
                >
                  {partly ? `Add the missing ${missing.map((metric) => metric.key ?? metric.name).join(', ')}` : `Add ${preset.label}`}
                </button>
                <span id={`${id}-${preset.id}`} className="field-hint">
                  {present ? 'Already in the table. ' : ''}
                  {partly ? `${metrics.length - missing.length} of ${metrics.length} already in the table. ` : ''}
                  {preset.description}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-custom`} className="rd-custom-metric">
        <h3 id={`${id}-custom`} className="rd-dialog-subtitle">
          Your own metric
        </h3>
        <div className="rd-custom-fields">
          <div className="field">
            <label htmlFor={`${id}-name`}>Name</label>
            <input
              ref={nameRef}
              id={`${id}-name`}
              type="text"
              value={name}
              onChange={(event) => setName(event.target.value)}
              aria-invalid={errors.name === undefined ? undefined : true}
              aria-describedby={errors.name === undefined ? undefined : `${id}-name-error`}
            />
            {errors.name !== undefined && (
              <p id={`${id}-name-error`} className="field-problem">
                {errors.name}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-unit`}>Unit</label>
            <input id={`${id}-unit`} type="text" value={unit} placeholder="%, working days, tickets" onChange={(event) => setUnit(event.target.value)} />
          </div>
          <fieldset className="rd-direction-choice">
            <legend>Better when the figure is</legend>
            {(['higher-is-better', 'lower-is-better'] as const).map((choice) => (
              <label key={choice}>
                <input type="radio" name={`${id}-direction`} value={choice} checked={direction === choice} onChange={() => setDirection(choice)} />{' '}
                {choice === 'higher-is-better' ? 'Higher (≥ target)' : 'Lower (≤ target)'}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-target`}>Target</label>
            <input
              ref={targetRef}
              id={`${id}-target`}
              type="text"
              inputMode="decimal"
              className="input-number"
              value={targetText}
              onChange={(event) => setTargetText(event.target.value)}
              aria-invalid={errors.target === undefined ? undefined : true}
              aria-describedby={`${id}-target-hint${errors.target === undefined ? '' : ` ${id}-target-error`}`}
            />
            <p id={`${id}-target-hint`} className="field-hint">
              Leave empty for no target. 99,5 and 99.5 both work.
            </p>
            {errors.target !== undefined && (
              <p id={`${id}-target-error`} className="field-problem">
                {errors.target}
              </p>
            )}
          </div>
        </div>
        <div className="choice-dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            Add metric
          </button>
        </div>
      </form>
    </dialog>
  );
}
