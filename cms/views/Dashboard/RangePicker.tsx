'use client';
import { useId, useState } from 'react';
import { type DateRange, PRESET_LABELS, type PresetId, presetRange } from './rangePresets';

export interface RangePickerProps {
  today: string;
  value: DateRange;
  onChange(range: DateRange): void;
}

/** Presets (last 30 days, this year, last year) and a custom from–to range. */
export function RangePicker({ today, value, onChange }: RangePickerProps) {
  const id = useId();
  const [draft, setDraft] = useState<DateRange>(value);
  const valid = Boolean(draft.from && draft.to && draft.from <= draft.to);
  return (
    <div className="sin-dash__card sin-dash__range">
      <fieldset className="sin-dash__presets">
        <legend>Periode</legend>
        {(Object.keys(PRESET_LABELS) as PresetId[]).map((preset) => {
          const range = presetRange(preset, today);
          const pressed = range.from === value.from && range.to === value.to;
          return (
            <button
              key={preset}
              type="button"
              className="btn btn--style-secondary btn--size-small"
              aria-pressed={pressed}
              onClick={() => {
                setDraft(range);
                onChange(range);
              }}
            >
              {PRESET_LABELS[preset]}
            </button>
          );
        })}
      </fieldset>
      <form
        className="sin-dash__custom"
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) onChange(draft);
        }}
      >
        <label htmlFor={`${id}-from`}>Van</label>
        <input id={`${id}-from`} type="date" value={draft.from} max={draft.to || undefined} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        <label htmlFor={`${id}-to`}>Tot en met</label>
        <input id={`${id}-to`} type="date" value={draft.to} min={draft.from || undefined} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        <button type="submit" className="btn btn--style-primary btn--size-small" disabled={!valid}>
          Toon
        </button>
      </form>
    </div>
  );
}
