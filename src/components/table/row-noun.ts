// What a table's rows are called, in its counts, labels and dialogs: one and
// many ("API key", "API keys"), and the short words of running text ("keys").
export interface RowNoun {
  one: string;
  many: string;
  /** In running text, where the table already says what they are: "keys". Else `many`. */
  short?: string;
}

/** "1 API key", "3 API keys". */
export function countOf(count: number, noun: RowNoun): string {
  return `${count} ${count === 1 ? noun.one : noun.many}`;
}

/** The count above a table: "60 API keys", or with a filter "3 of 60 API keys match" ("1 of 1 API key matches"). */
export function matchCount(matched: number, total: number, filtered: boolean, noun: RowNoun): string {
  if (!filtered) return countOf(total, noun);
  return `${matched} of ${countOf(total, noun)} ${total === 1 && matched === 1 ? "matches" : "match"}`;
}

export const shortNoun = (noun: RowNoun): string => noun.short ?? noun.many;
