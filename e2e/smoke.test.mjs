// The release build starts in a real browser: `make test-e2e`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { REPO, openApp, openPage } from "./support.mjs";

test("the standalone page starts without errors and shows the editor", async (t) => {
  const { page, problems } = await openApp(t);

  await page.getByRole("heading", { level: 1, name: "Campaign editor" }).waitFor();
  await page.getByText("Lead qualification", { exact: true }).waitFor();
  await page.waitForLoadState("networkidle");

  assert.equal(await page.title(), "Campaign editor");
  assert.deepEqual(problems, []);
});

test("the standalone page also works served under a path, not only at a site's root", async (t) => {
  const { page, problems } = await openPage(t, { root: REPO, path: "dist/index.html" });

  await page.getByText("Lead qualification", { exact: true }).waitFor();
  await page.waitForLoadState("networkidle");

  assert.deepEqual(problems, []);
});
