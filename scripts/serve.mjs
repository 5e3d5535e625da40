// Serves a folder on 127.0.0.1 until interrupted, with the right content types for .wasm and
// .js: `node scripts/serve.mjs <folder> <port> [page to announce]` (used by `make example`).
import { resolve } from "node:path";
import { serveDirectory } from "./static-server.mjs";

const [folder = ".", port = "8080", page = ""] = process.argv.slice(2);
const { url } = await serveDirectory(resolve(folder), Number(port));
console.log(`Serving ${resolve(folder)}: open ${url}${page}  (Ctrl-C stops)`);
