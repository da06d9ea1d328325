"use client";

/**
 * A text field that suggests existing records as you type (the ARIA 1.2
 * combobox pattern): typing, a click or the down arrow shows them, arrow keys
 * move through them, Enter picks one, Escape closes them. Typing after a pick
 * starts a new entry again.
 */
import { useId, useState, type KeyboardEvent } from "react";
import { controlClass, Field, type FieldProps } from "./field.tsx";

export interface ComboOption {
  id: string;
  label: string;
  detail?: string;
}

interface ComboboxProps extends FieldProps {
  value: string;
  onTextChange: (text: string) => void;
  options: readonly ComboOption[];
  onPick: (option: ComboOption) => void;
  /** Shown under the field: what a pick or a new name will do. */
  status?: string;
  placeholder?: string;
  autoFocus?: boolean;
}

export function Combobox({ value, onTextChange, options, onPick, status, placeholder, autoFocus, ...field }: ComboboxProps) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const shown = open && options.length > 0;

  const pick = (option: ComboOption) => {
    onPick(option);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (options.length === 0 ? -1 : (current + step + options.length) % options.length));
    } else if (event.key === "Enter" && shown && active >= 0 && options[active]) {
      event.preventDefault();
      pick(options[active]);
    } else if (event.key === "Escape" && shown) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <Field {...field}>
      {(control) => (
        <div className="relative">
          <input
            {...control}
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={shown}
            aria-controls={listId}
            aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
            value={value}
            placeholder={placeholder}
            autoFocus={autoFocus}
            onChange={(event) => {
              onTextChange(event.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onClick={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
            className={controlClass}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={`${field.label} suggestions`}
            hidden={!shown}
            className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg"
          >
            {options.map((option, index) => (
              <li
                key={option.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                // Keep the focus in the field: a click picks without blurring first.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(option)}
                className="cursor-pointer px-3 py-2 text-sm text-slate-900 aria-selected:bg-indigo-100 hover:bg-slate-100"
              >
                <span className="font-medium">{option.label}</span>
                {option.detail && <span className="block text-slate-600">{option.detail}</span>}
              </li>
            ))}
          </ul>
          {status && <p className="mt-1 text-sm text-slate-700">{status}</p>}
        </div>
      )}
    </Field>
  );
}
