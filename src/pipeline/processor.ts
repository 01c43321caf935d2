/**
 * The processor: runs a preset's stages in order over an article, each stage seeing the findings of
 * the ones before, and assembles the report. Like unified, a processor is data (its stage list); unlike
 * a bare list, it is checked when built: every need is given by an earlier stage, no slot has two
 * writers, every option override names a real stage and field. A report holds exactly the sections
 * its stages give: a preset that computes no score has no `score`, rather than a made-up 5.
 */
import { emptyList, packed } from '../core/arrays.ts';
import { type HearsayError, hearsayError } from '../errors.ts';
import type { Kb } from '../kb/types.ts';
import { type Report, REPORT_SECTIONS, SCHEMA_VERSION } from '../report/schema.ts';
import { err, ok, type Result } from '../result.ts';
import type { Article, Doc, Findings } from './doc.ts';
import { emptyFindings } from './empty.ts';
import { defaultOptions, INPUTS, type Slot, type Stage } from './stage.ts';

/** How to build a processor: option overrides per stage name, and strict checking. */
export interface ProcessorConfig {
  /** Overrides of stage options, keyed by stage name: `{ captions: { maxLength: 300 } }`. */
  readonly options?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /**
   * Check while running that each stage reads only the slots it needs (or rewrites) and returns
   * exactly what it declares. Slower (a proxy per stage): for tests, not production.
   */
  readonly strict?: boolean;
}

/** A checked processor: its stages with their resolved options, the slots it gives, and its runners. */
export interface Processor {
  readonly stages: readonly Stage[];
  /** Every slot some stage gives: the report holds exactly the sections among them. */
  readonly gives: ReadonlySet<Slot>;
  /** The options each stage runs with (defaults merged with overrides), by stage name. */
  readonly options: ReadonlyMap<string, object>;
  /**
   * Runs the stages and returns the report. `deadline` (a `performance.now()` time) is checked between
   * stages: past it, HS_TIME_BUDGET is thrown.
   */
  readonly run: (article: Article, kb: Kb, deadline?: number) => Report;
  /** Runs the stages and returns the whole document, internal slots included (tests, tools). */
  readonly runDoc: (article: Article, kb: Kb, deadline?: number) => Doc;
}

/** Checks a preset's contract: the first problem as a registry error, or null when it can run. */
export function checkPreset(stages: readonly Stage[]): HearsayError | null {
  const writer = new Map<Slot, string>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) return hearsayError('HS_STAGE_DUPLICATE', stage.name);
    names.add(stage.name);
    for (const need of [...stage.needs, ...stage.rewrites]) {
      if (!writer.has(need))
        return hearsayError('HS_STAGE_MISSING_NEED', `stage ${stage.name} needs ${need}`);
    }
    for (const slot of stage.gives) {
      const other = writer.get(slot);
      if (other !== undefined)
        return hearsayError('HS_STAGE_TWO_WRITERS', `stages ${other} and ${stage.name} both give ${slot}`);
      writer.set(slot, stage.name);
    }
  }
  return null;
}

function resolveOptions(
  stages: readonly Stage[],
  overrides: ProcessorConfig['options'] = {},
): Result<Map<string, object>, HearsayError> {
  const byName = new Map(stages.map((s) => [s.name, s]));
  for (const name of Object.keys(overrides)) {
    if (!byName.has(name)) return err(hearsayError('HS_STAGE_BAD_OPTIONS', `no stage ${name} in the preset`));
  }
  const out = new Map<string, object>();
  for (const stage of stages) {
    const parsed = stage.options.safeParse(overrides[stage.name] ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `.${issue.path.join('.')}` : '';
      const keys = issue && 'keys' in issue ? ` ${(issue.keys as string[]).join(', ')}` : '';
      return err(
        hearsayError('HS_STAGE_BAD_OPTIONS', `${stage.name}${where}: ${issue?.message ?? 'invalid'}${keys}`),
      );
    }
    out.set(stage.name, parsed.data);
  }
  return ok(out);
}

/** Builds a processor, or says with a registry error why the preset cannot run. */
export function tryCreateProcessor(
  stages: readonly Stage[],
  config: ProcessorConfig = {},
): Result<Processor, HearsayError> {
  const problem = checkPreset(stages);
  if (problem) return err(problem);
  const options = resolveOptions(stages, config.options);
  if (!options.ok) return options;
  const resolved = options.value;
  const gives = new Set<Slot>(stages.flatMap((s) => [...s.gives]));
  const strict = config.strict === true;
  // each stage beside its resolved options, once: the loop per article looks nothing up
  const steps = stages.map((s): Step => [s, resolved.get(s.name)!]);
  const runDoc = (article: Article, kb: Kb, deadline = Number.POSITIVE_INFINITY): Doc =>
    runWith(steps, article, kb, strict, deadline);
  return ok({
    stages,
    gives,
    options: resolved,
    runDoc,
    run: (article, kb, deadline) => toReport(runDoc(article, kb, deadline), gives),
  });
}

/** Builds a processor; throws the registry error (`HS_STAGE_*`) when the preset cannot run. */
export function createProcessor(stages: readonly Stage[], config: ProcessorConfig = {}): Processor {
  const r = tryCreateProcessor(stages, config);
  if (!r.ok) throw r.error;
  return r.value;
}

/** A fresh document holding only the article: every slot at its empty value. */
export function newDoc(article: Article, kb: Kb): Doc {
  // One object of a fixed shape, every field present from the start: stages only read it and
  // return what they add, so the processor writes their findings in place (one copy per article;
  // spreading a new copy per stage cost more than most stages).
  return {
    id: article.id,
    text: article.text,
    bodyStart: article.bodyStart,
    meta: article.meta,
    captionHints: article.captionHints ?? emptyList(),
    kb,
    ...emptyFindings(),
  };
}

/** A stage and the options it runs with. */
type Step = readonly [Stage, object];

function runWith(
  steps: readonly Step[],
  article: Article,
  kb: Kb,
  strict: boolean,
  deadline = Number.POSITIVE_INFINITY,
): Doc {
  const doc = newDoc(article, kb);
  const fields = doc as unknown as Record<string, unknown>;
  const bounded = deadline !== Number.POSITIVE_INFINITY;
  for (const [stage, o] of steps) {
    const added = (strict ? runStrict(stage, doc, o) : stage.run(doc, o)) as Record<string, unknown>;
    // every section array in one elements kind (core/arrays.ts): the stages after this one then see
    // one map per section, not three or four that each cost a recompilation of their hot loops
    for (const key in added) {
      const v = added[key];
      fields[key] = Array.isArray(v) ? packed(v) : v;
    }
    // the time budget (issue 16): a stage is never interrupted, but no further stage starts past it;
    // without a budget the clock is not read at all (13 reads per article add up in a batch)
    if (bounded && performance.now() > deadline)
      throw hearsayError('HS_TIME_BUDGET', `${article.id ?? 'the article'} (stopped after ${stage.name})`);
  }
  return doc;
}

const INPUT_KEYS: ReadonlySet<string> = new Set(INPUTS);

/** Runs one stage behind a proxy that refuses reads of undeclared slots, then checks what it returned. */
function runStrict(stage: Stage, doc: Doc, options: object): Partial<Findings> {
  const readable = new Set<string>([...INPUT_KEYS, ...stage.needs, ...stage.rewrites]);
  const guarded = new Proxy(doc, {
    get(target, key, receiver) {
      if (typeof key === 'string' && key in target && !readable.has(key))
        throw hearsayError('HS_STAGE_UNDECLARED', `stage ${stage.name} reads ${key}`);
      return Reflect.get(target, key, receiver);
    },
  });
  const added = stage.run(guarded, options);
  const allowed = new Set<string>([...stage.gives, ...stage.rewrites]);
  for (const key of Object.keys(added)) {
    if (!allowed.has(key)) throw hearsayError('HS_STAGE_UNDECLARED', `stage ${stage.name} writes ${key}`);
  }
  for (const key of stage.gives) {
    if (!(key in added))
      throw hearsayError('HS_STAGE_UNDECLARED', `stage ${stage.name} gives ${key} but did not return it`);
  }
  return added;
}

/**
 * Runs stages in order with their default options, unchecked: the low-level loop, for tests that run
 * part of a preset. Prefer `createProcessor`, which checks the contract.
 */
export function runStages(stages: readonly Stage[], article: Article, kb: Kb): Doc {
  return runWith(
    stages.map((s): Step => [s, defaultOptions(s)]),
    article,
    kb,
    false,
  );
}

/**
 * The document the stage `name` of a preset sees: every stage before it run, through a checked
 * processor. With `runStage`, how tests exercise one stage with its own options.
 */
export function docBefore(stages: readonly Stage[], name: string, article: Article, kb: Kb): Doc {
  const at = stages.findIndex((s) => s.name === name);
  if (at < 0) throw hearsayError('HS_STAGE_BAD_OPTIONS', `no stage ${name} in the preset`);
  return createProcessor(stages.slice(0, at)).runDoc(article, kb);
}

/** Runs one stage on a document with its default options, overridden by `overrides`: its findings. */
export function runStage<O extends object>(
  stage: Stage<O>,
  doc: Doc,
  overrides: Partial<O> = {},
): Partial<Findings> {
  return stage.run(doc, stage.options.parse(overrides));
}

/**
 * Builds the report a document holds: the article and the sections some stage gave (the public view:
 * no tokens, no internal mentions). `gives` defaults to every section.
 */
export function toReport(doc: Doc, gives: ReadonlySet<Slot> = ALL_SECTIONS): Report {
  const out: Record<string, unknown> = {
    schemaVersion: SCHEMA_VERSION,
    id: doc.id,
    text: doc.text,
    meta: doc.meta,
  };
  for (const key of REPORT_SECTIONS) {
    if (!gives.has(key)) continue;
    // the document is not used after this, so its sections are handed over, not copied
    out[key] = doc[key];
  }
  return out as Report;
}

const ALL_SECTIONS: ReadonlySet<Slot> = new Set(REPORT_SECTIONS);
