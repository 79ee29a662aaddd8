// What a keys table shows instead of rows when none match the filter.
import { EmptyState } from "../empty-state.tsx";
import { Button } from "../ui/button.tsx";

export function NoMatches({ query, onClear }: { query: string; onClear: () => void }) {
  return (
    <EmptyState
      title={`No API keys match “${query.trim()}”`}
      text="The filter looks at public keys, descriptions, roles and project names."
      actions={<Button onClick={onClear}>Clear filter</Button>}
    />
  );
}
