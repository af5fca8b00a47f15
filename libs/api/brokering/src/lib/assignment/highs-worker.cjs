'use strict';
/**
 * The worker thread that runs HiGHS for `HighsWorkerPool` (assignment-solver-pool.ts). Plain
 * CommonJS and not bundled: the API's build copies this file beside its bundle
 * (apps/api/webpack.config.js) and `highs` stays in node_modules. HiGHS loads once per thread;
 * each message { id, model (ModelData), options } is solved in turn (one at a time: the solve is
 * synchronous) and answered { id, status, columnValues, wasmBytes } or { id, error, wasmBytes }.
 * The memory HiGHS takes is never given back, so the pool reads `wasmBytes` and drops the thread.
 */
const { parentPort } = require('node:worker_threads');
const loadHighs = require('highs');

// a failure to load rejects unhandled, which ends the thread with an error the pool reports
const loading = loadHighs({ locateFile: () => require.resolve('highs/runtime') });
loading.then(() => parentPort.postMessage({ ready: true }));

parentPort.on('message', async (message) => {
  const highs = await loading;
  const id = message && message.id;
  try {
    const { status, columnValues } = highs.withModel(message.model, (model) => {
      model.options.set(message.options);
      model.run();
      const code = model.getModelStatus();
      return code === highs.constants.modelStatus.optimal
        ? { status: 'optimal', columnValues: model.getSolution().colValue }
        : { status: statusName(highs, code), columnValues: new Float64Array(0) };
    });
    // the values are a copy out of the wasm memory: moved to the caller, not copied again
    parentPort.postMessage({ id, status, columnValues, wasmBytes: highs.memoryBytes }, [
      columnValues.buffer,
    ]);
  } catch (error) {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    parentPort.postMessage({ id, error: text, wasmBytes: highs.memoryBytes });
  }
});

function statusName(highs, code) {
  const names = Object.entries(highs.constants.modelStatus);
  const found = names.find(([, value]) => value === code);
  return found ? found[0] : `code ${code}`;
}
