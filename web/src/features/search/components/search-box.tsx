import { useId, type FormEvent } from 'react';

type Props = {
  /** Accessible name of the search region. */
  label: string;
  /** Visible label of the text field. */
  fieldLabel: string;
  submitLabel: string;
  value: string;
  onSearch: (q: string) => void;
};

/** A text search that applies on submit (Enter or the button), so each search is one request. */
export function SearchBox({ label, fieldLabel, submitLabel, value, onSearch }: Props) {
  const id = useId();
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(String(new FormData(event.currentTarget).get('q') ?? '').trim());
  }
  return (
    <form role="search" aria-label={label} className="filters" onSubmit={handleSubmit}>
      <div className="filter-search">
        <label htmlFor={`${id}-q`}>{fieldLabel}</label>
        <div className="input-with-button">
          {/* Keyed by the applied value so that Back shows the text that applies. */}
          <input key={value} id={`${id}-q`} name="q" type="search" defaultValue={value} maxLength={200} />
          <button type="submit" className="button-primary">
            {submitLabel}
          </button>
        </div>
      </div>
    </form>
  );
}
