// The recommendation engine: the small module (rightsize.wasm, built for size) with the
// rulebook and the assumptions, which the calculator and the stage checks compute with on
// the main thread. Loaded once per page, on first use, however many elements ask for it.
import { compile, startModule } from './load-module.js';
import { warmNumberFormats } from '../shared/format.js';
import createCalculatorModule from '../../wasm/rightsize.mjs';
import calculatorWasm from '../../wasm/rightsize.wasm?url';

let engine;

// {rules, recommend(input)}: recommend returns {ok: true, result} or {ok: false, errors}.
export function loadRecommender() {
  if (!engine) warmNumberFormats(); // while the .wasm downloads
  engine ??= startModule(createCalculatorModule, compile(calculatorWasm)).then(({ mod, rules }) => ({
    rules,
    recommend: mod.recommend,
  }));
  return engine;
}
