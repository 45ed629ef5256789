// Serves a built site on 127.0.0.1 as the browser tests do (same content types, directory
// index pages, 404s, and the site's Content-Security-Policy sent as a header), for looking at
// a build by hand: node_modules/.bin/node scripts/serve.ts [dist] [port]
import path from 'node:path';
import { serveStatic } from '../test/helpers/serve.ts';

const dir = path.resolve(process.argv[2] ?? 'dist');
const server = await serveStatic(dir, { port: Number(process.argv[3] ?? 0) });
console.log(`Serving ${dir} at ${server.origin}/ (Ctrl-C to stop)`);
