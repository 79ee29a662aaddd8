// What a table's rows are called, in its counts, labels and dialogs: one and
// many ("API key", "API keys"), and the short words of running text ("keys").
export interface RowNoun {
  one: string;
  many: string;
  /** In running text, where the page already says what they are: "key", "keys". Else the full words. */
  short?: { one: string; many: string };
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

/** The short word for `count` of them (several unless given): "keys". */
export function shortNoun(noun: RowNoun, count = 2): string {
  const words = noun.short ?? noun;
  return count === 1 ? words.one : words.many;
}
