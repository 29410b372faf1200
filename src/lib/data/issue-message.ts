/**
 * Says what is wrong with a value a schema refused, for the message the page shows about a broken
 * file. zod/mini carries no locale, so without this every issue would read "Invalid input"; a whole
 * zod locale would cost the first view more than these few lines that cover what our schemas check.
 */
import type { core } from 'zod/mini';

const MAX_SHOWN = 40;

/** The kind of a value as a reader of the file would name it. */
function kindOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && !Number.isFinite(input)) return String(input);
  return typeof input;
}

/** A short rendering of the refused value: strings quoted and cut, numbers as written, else its kind. */
function shown(input: unknown): string {
  if (typeof input === 'string') {
    const quoted = JSON.stringify(input);
    return quoted.length > MAX_SHOWN ? `${quoted.slice(0, MAX_SHOWN - 2)}…"` : quoted;
  }
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  return kindOf(input);
}

/** A literal or enum option as it would be written in the file. */
function option(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** What a length bound counts, in the singular and the plural. */
const UNITS: Record<string, [one: string, many: string]> = {
  string: ['character', 'characters'],
  array: ['item', 'items'],
};

/** "string with at least 1 character", "number more than 0": what a bound allows, of what. */
function bounded(
  issue: { origin: string; inclusive?: boolean; exact?: boolean },
  limit: number | bigint,
  words: [inclusive: string, exclusive: string],
): string {
  const relation = issue.exact ? 'exactly' : issue.inclusive ? words[0] : words[1];
  const unit = UNITS[issue.origin];
  return unit
    ? `${issue.origin} with ${relation} ${String(limit)} ${unit[Number(limit) === 1 ? 0 : 1]}`
    : `${issue.origin} ${relation} ${String(limit)}`;
}

/**
 * A zod error map: the message of one issue in English, naming what was expected and what the file
 * holds instead. An issue that carries its own message (the contract's cross-checks) keeps it.
 */
export const issueMessage: core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, received ${kindOf(issue.input)}`;
    case 'invalid_value':
      return `expected ${issue.values.map(option).join(' | ')}, received ${shown(issue.input)}`;
    case 'too_small':
      return `expected ${bounded(issue, issue.minimum, ['at least', 'more than'])}, received ${shown(issue.input)}`;
    case 'too_big':
      return `expected ${bounded(issue, issue.maximum, ['at most', 'less than'])}, received ${shown(issue.input)}`;
    case 'invalid_format':
      return `expected ${issue.format === 'regex' ? `a string matching ${issue.pattern}` : issue.format}, received ${shown(issue.input)}`;
    default:
      return `${issue.code.replaceAll('_', ' ')}, received ${shown(issue.input)}`;
  }
};
