/**
 * Warming the engine before the first client: V8 compiles the engine's hot functions only after they
 * have run many times, and until then an analysis costs several times its steady CPU (the 600-word
 * bench article: ~45 ms a run for the first seconds against ~2 ms warm). A served process, and each of
 * its worker threads (every thread compiles its own code), analyses this invented article a few hundred
 * times at start, so the first clients are answered at full speed.
 */
import type { Kb } from '../../kb/types.ts';
import { analyzeLocal } from './local.ts';
import { renderAs } from './respond.ts';

/** An invented article with what the engine looks for: named and anonymous quotations, ages, dates, hedges. */
export const WARM_ARTICLE = `---
title: Tessa Vale and Rowan Pike are said to be 'taking a break'
date: 2025-03-04
outlet: The Evening Lantern
---
Singer Tessa Vale, 29, and footballer Rowan Pike, 31, are reportedly spending time apart after four years together, according to people close to the couple.

"They still adore each other, but the schedules have been brutal," a source close to Vale told the magazine. "Tessa wants to focus on the tour."

Pike's spokesperson, Ada Kerr, said on Tuesday that the pair "ask for privacy at this time" and declined to comment further.

An insider claimed that Pike secretly feels the romance moved too fast. "He was never ready for the wedding talk," the insider said, adding that the two may reunite in the summer.

Vale married her first husband, the producer Miles Oduya, in 2019; they divorced in 2021. She is expected to return to London in May, where fans believe she will announce new dates.

"I'm fine, honestly. I'm just tired," Vale wrote on her page on Monday.`;

/** Analyses the warm-up article `runs` times (and renders it as JSON, as most answers are). */
export const warmUp = (kb: Kb, runs: number): void => {
  for (let i = 0; i < runs; i++) {
    const r = analyzeLocal({ input: { text: WARM_ARTICLE } }, kb);
    if (r.ok) renderAs(r.value, 'json');
  }
};
