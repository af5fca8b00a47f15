// Run first by `npm start` and `npm test`: prints the Node.js that runs the project's scripts and
// stops unless it is the major that package.json pins. That Node comes from the `node`
// devDependency (node_modules/.bin/node, first on the PATH of npm scripts); without it, a script
// would run on whatever Node the machine has.
const { devDependencies } = require('../package.json');

const wanted = devDependencies.node.split('.')[0];
const running = process.versions.node.split('.')[0];
console.log(`Node.js ${process.version}`);
if (running !== wanted) {
  console.error(
    `The project's scripts run on Node.js ${wanted} (the "node" devDependency, ${devDependencies.node}), ` +
      `not ${process.version}: run \`npm install\` (with its install scripts) to put it in node_modules/.bin.`,
  );
  process.exit(1);
}
