// Fails fast, in one sentence, when a script runs on a Node older than the project's pinned one.
// Plain .mjs on purpose: it must run (and explain) even on the Node 20 that cannot run our .ts scripts.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This project needs Node 22.12 or newer; this is Node ${process.versions.node} (${process.execPath}).\n` +
      'Run it through npm (`npm run …`), which uses the Node 24 that `npm install` puts in node_modules/.bin.\n' +
      'If node_modules/.bin/node is missing, install was run with --ignore-scripts: run `npm install` again without it.',
  );
  process.exit(1);
}
