// A static file server on 127.0.0.1 with the right content types for .wasm and .js: used by
// `make example` (scripts/serve.mjs), the end-to-end tests and the browser benchmark. Node only,
// no test tool: serving a build must not need what testing needs.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";

const CONTENT_TYPES = {
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
};

/** Serves the files of the folder `root` on `port` (else a free one) of 127.0.0.1; resolves to { url, close }. */
export async function serveDirectory(root, port = 0) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, "http://localhost");
    const file = resolve(root, "." + decodeURIComponent(pathname));
    const path = pathname.endsWith("/") ? join(file, "index.html") : file;
    if (!path.startsWith(resolve(root) + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      const type = CONTENT_TYPES[extname(path)] ?? "application/octet-stream";
      response.writeHead(200, { "content-type": type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((listening) => server.listen(port, "127.0.0.1", listening));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    // Every connection goes with the server: one a browser still holds open would otherwise keep
    // close() waiting (the end-to-end tests close the server before the browser).
    close: () =>
      new Promise((closed) => {
        server.close(closed);
        server.closeAllConnections();
      }),
  };
}
