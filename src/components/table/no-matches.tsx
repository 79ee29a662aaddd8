// What a table shows instead of rows when none match the filters.
import { EmptyState } from "../empty-state.tsx";
import { Button } from "../ui/button.tsx";

export interface NoMatchesProps {
  query: string;
  filtered: boolean;
  onClear: () => void;
  /** What the rows are, plural: "API keys". */
  noun: string;
  /** What the filters look at. */
  help: string;
}

export function NoMatches({ query, filtered, onClear, noun, help }: NoMatchesProps) {
  const text = query.trim();
  return (
    <EmptyState
      title={text && !filtered ? `No ${noun} match “${text}”` : `No ${noun} match these filters`}
      text={help}
      actions={<Button onClick={onClear}>Clear filters</Button>}
    />
  );
}
