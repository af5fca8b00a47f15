import loadHighsModule, { type Highs, type InitOptions } from 'highs';

export type { Highs } from 'highs';

/** A compiled `highs.wasm` (`WebAssembly.Module`; that type is not in this project's libs). */
export type HighsWasmModule = NonNullable<InitOptions['wasmModule']>;

/**
 * Loads HiGHS (WebAssembly) from its `highs.wasm`: a file path, or a module already compiled (to
 * load it again without compiling). The path is given, not found: in a bundle the loader's own
 * directory is the bundle's, not node_modules/highs/build. Loading is asynchronous; every solve
 * after it blocks its thread, and the instance's memory only grows, so the caller keeps one
 * instance per worker and drops the worker to give the memory back.
 */
export function loadHighs(wasm: string | HighsWasmModule): Promise<Highs> {
  return loadHighsModule(
    typeof wasm === 'string' ? { locateFile: () => wasm } : { wasmModule: wasm },
  );
}
