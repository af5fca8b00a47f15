'use strict';
// For assignment-solver-pool.spec.ts only: the real worker, whose thread dies (an uncaught error)
// when it is sent a model without columns. Listening first, it throws before the worker solves.
const { parentPort } = require('node:worker_threads');

parentPort.on('message', (message) => {
  if (message.model.numCols === 0) throw new Error('the worker crashed on purpose');
});
require('./highs-worker.cjs');
