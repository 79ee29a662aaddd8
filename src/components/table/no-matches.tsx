// What a keys table shows instead of rows when none match the filters.
import { EmptyState } from "../empty-state.tsx";
import { Button } from "../ui/button.tsx";

export function NoMatches({ query, filtered, onClear }: { query: string; filtered: boolean; onClear: () => void }) {
  const text = query.trim();
  return (
    <EmptyState
      title={text && !filtered ? `No API keys match “${text}”` : "No API keys match these filters"}
      text="The text filter looks at public keys, descriptions, roles and project names; usage, role and project narrow it further."
      actions={<Button onClick={onClear}>Clear filters</Button>}
    />
  );
}
