import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../labels.js';

/** One checkbox per research field, labelled in the reader's language; `onChange` gets the new selection. */
export function FieldCheckboxes({ choices, selected, onChange }: { choices: readonly string[]; selected: readonly string[]; onChange: (fields: string[]) => void }) {
  const { t } = useTranslation();
  return (
    <ul className="checkbox-list">
      {choices.map((code) => (
        <li key={code}>
          <label>
            <input
              type="checkbox"
              checked={selected.includes(code)}
              onChange={(event) => onChange(event.target.checked ? [...selected, code] : selected.filter((item) => item !== code))}
            />{' '}
            {fieldLabel(t, code)}
          </label>
        </li>
      ))}
    </ul>
  );
}
