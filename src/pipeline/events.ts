/**
 * Dated milestones. Each rule of seeds/events.json is a pattern on a sentence; a hit becomes one
 * event per region the sentence names (略阳县、留坝县、佛坪县 each passed the evaluation), dated
 * by the rule's own year group ("到2025年") or else the nearest date before the hit in the
 * sentence. Undated hits are dropped: an event without a date cannot sit on a timeline, and a
 * date after the hit usually belongs to the next statement. The quote runs from the start of
 * the clause holding the date to the end of the hit, so it carries the region names
 * ("留坝县在2022年…获全国冠军"). A repeat of an event (same region, rule and year) is not a new
 * event; its span is returned so the coverage report can point at the event it repeats.
 * The publication of each document is an event too.
 */
import type { DatasetEvent, Region } from '../lib/domain/schema.ts';
import { EventSchema } from '../lib/domain/schema.ts';
import type { EventRule } from './catalogue.ts';
import type { DateMention } from './dates.ts';
import { sectionAt, type PreparedDocument } from './document.ts';
import { namedRegions, type RegionIndex } from './regions.ts';
import { clauseAround, sentences, trimSpan, type Span } from './text.ts';

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);
}

function event(
  doc: PreparedDocument,
  fields: Omit<DatasetEvent, 'source' | 'quote'>,
): DatasetEvent {
  return EventSchema.parse({
    ...fields,
    source: doc.entry.id,
    quote: doc.text.slice(fields.start, fields.end),
  });
}

/** The publication event, anchored at the text the date is read from. */
function publication(doc: PreparedDocument): DatasetEvent[] {
  const { entry } = doc;
  if (entry.published === null || entry.publishedQuote === null) return [];
  const start = doc.text.indexOf(entry.publishedQuote);
  return [
    event(doc, {
      id: `${entry.id}-publication` as DatasetEvent['id'],
      region: entry.defaultRegion as DatasetEvent['region'],
      date: entry.published,
      kind: 'publication',
      title: { zh: `发布:${entry.title.zh}`, en: `Published: ${entry.title.en}` },
      start,
      end: start + entry.publishedQuote.length,
    }),
  ];
}

/** Events of a document, and the spans that only repeat one of them. */
export interface EventsResult {
  events: DatasetEvent[];
  repeats: (Span & { id: string })[];
}

export function extractEvents(
  doc: PreparedDocument,
  rules: EventRule[],
  regions: RegionIndex,
  dates: DateMention[],
): EventsResult {
  const out = publication(doc);
  const repeats: EventsResult['repeats'] = [];
  const seen = new Map<string, string>();
  const compiled = rules.map((rule) => ({ rule, re: new RegExp(rule.pattern, 'u') }));
  for (const sentence of sentences(doc.work, doc.body.start, doc.body.end)) {
    const text = doc.work.slice(sentence.start, sentence.end);
    for (const { rule, re } of compiled) {
      const m = re.exec(text);
      if (!m) continue;
      const hit = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      const inSentence = dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
      const own = m.groups?.year;
      const dated =
        own !== undefined
          ? { start: hit.start, end: hit.end, date: own }
          : inSentence.filter((d) => d.end <= hit.start).pop();
      if (!dated) continue;
      const from = clauseAround(doc.work, Math.min(dated.start, hit.start)).start;
      const span = trimSpan(doc.text, { start: from, end: Math.max(dated.end, hit.end) });
      const context = sectionAt(doc, hit.start).region;
      const named = namedRegions(regions, doc.work, span, context);
      for (const code of named.length > 0 ? named : [context]) {
        const key = `${code}|${rule.id}|${dated.date.slice(0, 4)}`;
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          repeats.push({ ...span, id: earlier });
          continue;
        }
        const id = `${doc.entry.id}-${rule.id}-${code}-${span.start}`;
        seen.set(key, id);
        const region = regions.byCode.get(code) as Region;
        const values = {
          ...m.groups,
          region: region.name.zh,
          regionEn: region.name.en,
          year: dated.date.slice(0, 4),
        };
        out.push(
          event(doc, {
            id: id as DatasetEvent['id'],
            region: region.code,
            date: dated.date,
            kind: rule.kind,
            title: { zh: fill(rule.title.zh, values), en: fill(rule.title.en, values) },
            start: span.start,
            end: span.end,
          }),
        );
      }
    }
  }
  return { events: out, repeats };
}
