import { TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';

/** How long typing may pause before the search runs. */
export const SEARCH_DEBOUNCE_MS = 300;

interface SearchBoxProps {
  readonly label: string;
  readonly placeholder: string;
  /** The search in the address. */
  readonly value: string;
  /** Called after a pause in typing (or at once on Enter), with the text trimmed. */
  readonly onSearch: (search: string, options: { replace: boolean }) => void;
  readonly error?: string;
}

/**
 * Free text, debounced: the address follows the typing (replacing its history entry, so Back
 * does not step through every letter), and the box follows the address (Back, a shared link).
 */
export function SearchBox({ label, placeholder, value, onSearch, error }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const committed = useRef(value.trim());

  // the address changed by other means: show its search
  useEffect(() => {
    if (value.trim() !== committed.current) {
      committed.current = value.trim();
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    const search = text.trim();
    if (search === committed.current) return;
    const timer = setTimeout(() => {
      committed.current = search;
      onSearch(search, { replace: true });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, onSearch]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const search = text.trim();
    if (search === committed.current) return;
    committed.current = search;
    onSearch(search, { replace: false });
  }

  return (
    <form role="search" onSubmit={submit}>
      <TextInput
        type="search"
        label={label}
        placeholder={placeholder}
        value={text}
        maxLength={200}
        onChange={(event) => setText(event.currentTarget.value)}
        error={error}
        autoComplete="off"
      />
    </form>
  );
}
