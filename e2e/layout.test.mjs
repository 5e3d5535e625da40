// The layout of the release build: one column and no horizontal scrolling on a 360 px screen;
// on a 1,200 px screen the editor and the simulator side by side, on the standalone page and in
// an editor embedded with `simulator: true`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { attemptInput, byRole, eventually, openApp, openHost } from "./support.mjs";

const NARROW = { width: 360, height: 800 };
const WIDE = { width: 1200, height: 900 };

/** Whether the page scrolls sideways. */
const scrollsSideways = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** Compares the campaign with its other completion mode and runs both to the end. */
async function compareToTheEnd(simulator) {
  await simulator.getByLabel("Compare with", { exact: true }).selectOption({ label: "The other completion mode" });
  await byRole(simulator, "textbox", "Horizon").fill("12");
  await byRole(simulator, "button", "Run to end").click();
  await byRole(simulator, "table", "A next to B").waitFor({ timeout: 20_000 });
  await eventually(() => byRole(simulator, "button", "Run").isEnabled(), true, { timeout: 20_000 });
}

/** The words in the table cells in `table` (a table, or any element) that break between two of their letters (a hyphen may end a line). */
const brokenWords = (table) =>
  table.evaluate((element) =>
    [...element.querySelectorAll("th, td")].flatMap((cell) => {
      const text = cell.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) return [];
      return [...text.data.matchAll(/[^\s-]+/g)].flatMap(({ 0: word, index }) => {
        const range = document.createRange();
        range.setStart(text, index);
        range.setEnd(text, index + word.length);
        return range.getClientRects().length > 1 ? [word] : [];
      });
    }),
  );

/** The pictures drawn one unit to a pixel for the width they have, their text at its full size. */
const DRAWN_FOR_WIDTH = "svg:is(.ce-timeline__picture, .ce-presence__picture)";

/**
 * The pictures in `scope` whose text shows smaller than `min` px: by default 9 px in the charts
 * (`svg.ce-plot`, reach by call number), the retry timeline's and the presence by hour's.
 */
const smallPictureText = (scope, min = 9, pictures = "svg:is(.ce-plot, .ce-reach-chart__picture, .ce-timeline__picture, .ce-presence__picture)") =>
  scope.locator(pictures).evaluateAll(
    (charts, min) =>
      charts
        .map((svg) => (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width) * parseFloat(getComputedStyle(svg).fontSize))
        .filter((size) => size < min - 0.01)
        .map((size) => `${size.toFixed(1)} px`),
    min,
  );

/** The texts of the pictures `selector` in `scope` that come within 4 px of another text of theirs. */
const overlappingText = (scope, selector) =>
  scope.locator(selector).evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const texts = [...svg.querySelectorAll("text")].map((text) => ({ text: text.textContent, box: text.getBoundingClientRect() }));
      const overlap = (a, b) => a.left < b.right + 4 && b.left < a.right + 4 && a.top < b.bottom && b.top < a.bottom;
      return texts.flatMap((a, i) => texts.slice(i + 1).filter((b) => overlap(a.box, b.box)).map((b) => `${a.text} / ${b.text}`));
    }),
  );

/** The boxes of the editor and of the simulator in `scope`. */
async function boxes(scope) {
  const editor = await scope.locator(".ce-editor").first().boundingBox();
  const simulator = await byRole(scope, "region", "Simulator").boundingBox();
  return { editor, simulator };
}

test("layout: at 360 px nothing scrolls sideways, with Retry Strategy open and a comparison run", async (t) => {
  const { page, problems } = await openApp(t, { viewport: NARROW });
  await byRole(page, "button", "Retry Strategy").click();
  assert.equal(await scrollsSideways(page), false, "the page as it opens");
  await byRole(page, "textbox", "Campaign name").fill(`lead_qualification_campaign_2026_december_wave_${"2".repeat(60)}`);
  assert.equal(await scrollsSideways(page), false, "with a long name of one word");
  const simulator = byRole(page, "region", "Simulator");
  await compareToTheEnd(simulator);
  assert.equal(await scrollsSideways(page), false, "after a comparison");
  assert.deepEqual(await brokenWords(byRole(simulator, "table", "A next to B")), [], "words broken between letters");
  assert.equal(await simulator.locator("svg.ce-plot").count(), 2, "the state chart and Compare's");
  assert.deepEqual(await smallPictureText(page), [], "picture text under 9 px");
  const { editor, simulator: column } = await boxes(page);
  assert.ok(column.y >= editor.y + editor.height, "one column: the simulator under the editor");
  // What a failed call was shows without scrolling the Calls table sideways.
  const calls = byRole(simulator, "region", "Calls, scrollable");
  const [box, outcome] = [await calls.boundingBox(), await byRole(calls, "columnheader", "Outcome").boundingBox()];
  assert.ok(outcome.x + outcome.width <= box.x + box.width, `the Outcome column past the Calls box: ${JSON.stringify({ box, outcome })}`);
  assert.deepEqual(problems, []);
});

test("layout: at 320 px a run of the reach model and the advisor's suggestion scroll nothing sideways", async (t) => {
  const { page, problems } = await openApp(t, { viewport: { width: 320, height: 800 } });
  const simulator = byRole(page, "region", "Simulator");
  await byRole(simulator, "radio", "Reach model").check();
  // Presence by hour's labels, in 12 px text on a picture 208 units wide, stand apart: every
  // 12 hours, as every 6 would leave 3 px between them.
  assert.deepEqual(await overlappingText(simulator, ".ce-presence__picture"), []);
  await byRole(simulator, "button", "Run to end").click();
  await byRole(simulator, "table", "Reach by call number, in figures").waitFor({ timeout: 20_000 });
  assert.equal(await scrollsSideways(page), false, "after a run of the reach model");
  assert.deepEqual(await smallPictureText(simulator), [], "chart text under 9 px");
  // Its table scrolls in a box of its own, on the screen and reached with Tab: its last columns
  // are not reached only by scrolling the picture to its last call.
  const reachTable = await byRole(simulator, "region", "Reach by call number, in figures, scrollable").evaluate((box) => ({
    box: Math.round(box.getBoundingClientRect().right),
    screen: document.documentElement.clientWidth,
    focusable: box.tabIndex === 0,
    table: box.contains(document.querySelector(".ce-reach-chart__table")),
  }));
  assert.deepEqual(reachTable, { box: reachTable.box, screen: reachTable.screen, focusable: true, table: true });
  assert.ok(reachTable.box <= reachTable.screen, JSON.stringify(reachTable));
  await byRole(page, "button", "Retry Strategy").click();
  const advisor = byRole(page, "group", "Strategy advisor");
  await byRole(advisor, "button", "Suggest a strategy").click();
  await byRole(advisor, "table", "The suggestion beside the current strategy").waitFor({ timeout: 30_000 });
  assert.equal(await scrollsSideways(page), false, "with the advisor's suggestion");
  // The retry timeline and presence by hour are drawn for their width, their text kept whole size.
  assert.equal(await page.locator(DRAWN_FOR_WIDTH).count(), 2);
  assert.deepEqual(await smallPictureText(page), [], "picture text under 9 px, Retry Strategy open");
  // Compared with it, B's long name (`B: the advisor's suggestion, 2 retries: …`) heads a column.
  await simulator.getByLabel("Compare with", { exact: true }).selectOption({ label: "The advisor's suggestion" });
  await byRole(simulator, "button", "Run to end").click();
  await byRole(simulator, "table", "A next to B").waitFor({ timeout: 20_000 });
  assert.equal(await scrollsSideways(page), false, "comparing with the suggestion");
  assert.deepEqual(problems, []);
});

test("layout: the retry timeline and presence by hour are drawn again for a window narrowed to 360 px", async (t) => {
  const { page, problems } = await openApp(t, { viewport: WIDE });
  await byRole(page, "button", "Retry Strategy").click();
  await byRole(byRole(page, "region", "Simulator"), "radio", "Reach model").check();
  const pictures = page.locator(DRAWN_FOR_WIDTH);
  assert.equal(await pictures.count(), 2);
  const viewBoxWidths = () => pictures.evaluateAll((svgs) => svgs.map((svg) => svg.viewBox.baseVal.width));
  const wide = await viewBoxWidths();
  // Their text is the charts' 12 px at every width (presence by hour's was 9 px).
  assert.deepEqual(await smallPictureText(page, 12, DRAWN_FOR_WIDTH), [], "picture text under 12 px");
  await page.setViewportSize(NARROW);
  await eventually(async () => (await viewBoxWidths()).every((width, i) => width < wide[i]), true);
  assert.deepEqual(await smallPictureText(page, 12, DRAWN_FOR_WIDTH), [], "picture text under 12 px at 360 px");
  // Drawing for the new width never resizes what is measured: no `ResizeObserver loop` error
  // event among the problems.
  await page.setViewportSize({ width: 700, height: 800 });
  await eventually(async () => (await viewBoxWidths())[0] > 360, true);
  assert.deepEqual(problems, []);
});

/** The computed font size of `locator`'s element, in px. */
const fontSize = async (locator) => parseFloat(await locator.evaluate((e) => getComputedStyle(e).fontSize));

test("layout: an attempt row keeps Remove beside its input in the editor's column, under it on a phone", async (t) => {
  const { page, problems } = await openApp(t, { viewport: WIDE });
  await byRole(page, "button", "Retry Strategy").click();
  const remove = byRole(page, "button", "Remove attempt 1");
  const beside = async () => {
    const [input, button] = [await attemptInput(page, 1).boundingBox(), await remove.boundingBox()];
    return button.y < input.y + input.height && button.x >= input.x + input.width;
  };
  assert.equal(await beside(), true, "beside its input in the editor's column at 1,200 px");
  // The row, its message line kept: label, input and that line, not a fourth line for Remove.
  const row = await page.locator(".ce-attempt").first().boundingBox();
  const rem = await fontSize(page.locator(".ce-attempt").first());
  assert.ok(row.height < 9 * rem, `an attempt row ${row.height} px tall`);
  await page.setViewportSize(NARROW);
  await eventually(beside, false);
  assert.deepEqual(problems, []);
});

test("layout: a confirmation's buttons stand apart", async (t) => {
  const { page, problems } = await openApp(t, { viewport: WIDE });
  await byRole(page, "switch", "Long-Living Campaign").check();
  await byRole(page, "button", "Start Now").click();
  const [start, cancel] = [
    await byRole(page, "button", "Start long-living campaign").boundingBox(),
    await byRole(page, "button", "Cancel").boundingBox(),
  ];
  const gap = (await fontSize(page.locator(".ce-confirm"))) / 4;
  assert.ok(cancel.x >= start.x + start.width + gap || cancel.y >= start.y + start.height + gap, "the buttons touch");
  assert.deepEqual(problems, []);
});

test("layout: a long-living campaign's two simulator settings, side by side, line up", async (t) => {
  const { page, problems } = await openApp(t, { viewport: WIDE });
  await byRole(page, "switch", "Long-Living Campaign").check();
  const simulator = byRole(page, "region", "Simulator");
  const [arrivals, horizon] = [
    await byRole(simulator, "textbox", "Arrivals per hour").boundingBox(),
    await byRole(simulator, "textbox", "Horizon").boundingBox(),
  ];
  assert.equal(Math.round(arrivals.y), Math.round(horizon.y), "Arrivals per hour and Horizon line up");
  assert.deepEqual(problems, []);
});

test("layout: at 1,200 px the editor and the simulator sit side by side", async (t) => {
  const { page, problems } = await openApp(t, { viewport: WIDE });
  await byRole(page, "button", "Retry Strategy").click();
  const { editor, simulator } = await boxes(page);
  assert.ok(simulator.x >= editor.x + editor.width, `simulator right of the editor: ${JSON.stringify({ editor, simulator })}`);
  assert.ok(simulator.y < editor.y + editor.height, "on the same rows");
  assert.equal(await scrollsSideways(page), false);
  // The simulator stays in view as the editor scrolls: its column sticks to the top.
  await page.evaluate(() => window.scrollTo(0, 600));
  const scrolled = await page.evaluate(() => window.scrollY);
  const after = await byRole(page, "region", "Simulator").boundingBox();
  const expected = Math.max(0, simulator.y - scrolled);
  assert.ok(Math.abs(after.y - expected) <= 1, `sticky: y = ${after.y}, expected ${expected} after ${scrolled} px`);
  assert.deepEqual(problems, []);
});

/** Mounts an editor (with its simulator when `simulator`) in a new element `id` (`width` wide, if given), at the end of the host page. */
const mountInColumn = (page, { id, width, simulator }) =>
  page.evaluate(
    async ({ module, id, width, simulator }) => {
      const { mountCampaignEditor } = await import(module);
      const element = Object.assign(document.createElement("div"), { id });
      if (width) element.style.width = width;
      document.body.append(element);
      // With a launch time, as the advisor and the reach model need one (a host's campaign gets
      // none proposed).
      const config = { name: id, attempts: [{ delaySeconds: 300 }], launchAt: "2026-12-07T09:00" };
      mountCampaignEditor(element, { config, simulator });
    },
    { module: "/pkg/campaign_editor.js", id, width: width ?? "", simulator },
  );

test("layout: an editor embedded with its simulator takes the same layout", async (t) => {
  const { page, problems } = await openHost(t, { viewport: WIDE });
  await mountInColumn(page, { id: "embedded-layout", simulator: true });
  const scope = page.locator("#embedded-layout");
  await byRole(scope, "region", "Simulator").waitFor();
  const { editor, simulator } = await boxes(scope);
  assert.ok(simulator.x >= editor.x + editor.width, `side by side: ${JSON.stringify({ editor, simulator })}`);
  assert.deepEqual(problems, []);
});

/** What in `group` reaches past the right edge of the editor, which hides its overflow. */
const pastTheEditor = (group) =>
  group.evaluate((element) => {
    const right = element.closest(".ce-editor").getBoundingClientRect().right;
    return [element, ...element.querySelectorAll("*")]
      .filter((e) => e.getBoundingClientRect().right > right + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent.trim().slice(0, 40)}`);
  });

for (const width of [360, 900, 1100, 1200, 1600]) {
  test(`layout: at ${width} px three call caps, each with both messages, fit the editor's column`, async (t) => {
    const { page, problems } = await openApp(t, { viewport: { width, height: 900 } });
    const caps = byRole(page, "group", "Call caps");
    await byRole(caps, "button", "Add example: 3 calls in 24 h").click();
    for (const n of [2, 3]) {
      await byRole(caps, "button", "+ Add cap").click();
      await byRole(caps, "textbox", `Cap ${n} calls`).fill("0");
      await byRole(caps, "textbox", `Cap ${n} period, in hours`).fill("9000");
    }
    await byRole(caps, "textbox", "Cap 1 calls").focus();
    await eventually(() => caps.getByText("Cap 3 period must be", { exact: false }).count(), 1);
    assert.deepEqual(await pastTheEditor(caps), []);
    assert.equal(await scrollsSideways(page), false);
    assert.deepEqual(problems, []);
  });
}

test("layout: at 1,200 px a chart's figures, shown on focus, stay inside the chart", async (t) => {
  const { page, problems } = await openApp(t, { viewport: WIDE });
  const simulator = byRole(page, "region", "Simulator");
  await byRole(simulator, "button", "Run to end").click();
  await eventually(() => simulator.getByRole("status").innerText(), /^Completed at /, { timeout: 20_000 });
  const readouts = simulator.locator("g.ce-plot__readout");
  const count = await readouts.count();
  assert.ok(count >= 2, `figures to focus: ${count}`);
  const outside = [];
  for (let i = 0; i < count; i += 1) {
    await readouts.nth(i).focus();
    const past = await readouts.nth(i).evaluate((g) => {
      const chart = g.ownerSVGElement.getBoundingClientRect();
      const text = g.nextElementSibling.getBoundingClientRect();
      return text.left < chart.left - 0.5 || text.right > chart.right + 0.5 ? g.getAttribute("aria-label") : null;
    });
    if (past) outside.push(past);
  }
  assert.deepEqual(outside, []);
  assert.deepEqual(problems, []);
});

test("layout: a chart's time focused with the pointer resting on another shows its figures alone", async (t) => {
  const { page, problems } = await openApp(t, { viewport: WIDE });
  const simulator = byRole(page, "region", "Simulator");
  await byRole(simulator, "button", "Run to end").click();
  await eventually(() => simulator.getByRole("status").innerText(), /^Completed at /, { timeout: 20_000 });
  const readouts = simulator.locator("figure.ce-chart").first().locator("g.ce-plot__readout");
  assert.ok((await readouts.count()) >= 3);
  const shown = () =>
    simulator.locator(".ce-plot__value").evaluateAll((values) =>
      values.filter((value) => getComputedStyle(value).visibility === "visible").map((value) => value.previousElementSibling.getAttribute("aria-label")),
    );
  await readouts.nth(0).hover();
  assert.equal((await shown()).length, 1, "the time under the pointer");
  await readouts.nth(2).focus();
  assert.deepEqual(await shown(), [await readouts.nth(2).getAttribute("aria-label")]);
  assert.deepEqual(problems, []);
});

test("layout: in a 20rem column of a 1,200 px screen, an embedded editor and its simulator lay out as on a phone", async (t) => {
  const { page, problems } = await openHost(t, { viewport: WIDE });
  await mountInColumn(page, { id: "with-simulator", width: "20rem", simulator: true });
  await mountInColumn(page, { id: "alone", width: "20rem", simulator: false });
  for (const id of ["with-simulator", "alone"]) {
    const scope = page.locator(`#${id}`);
    await byRole(scope, "button", "Retry Strategy").click();
    const label = await scope.locator(".ce-attempt__label").first().boundingBox();
    const input = await attemptInput(scope, 1).boundingBox();
    assert.ok(label.y + label.height <= input.y + 0.5, `${id}: the attempt's label above its input: ${JSON.stringify({ label, input })}`);
    const padding = await scope.locator(".ce-section").first().evaluate((section) => getComputedStyle(section).paddingLeft);
    assert.equal(padding, "8px", `${id}: a section's padding halved`);
  }
  const scope = page.locator("#with-simulator");
  const simulator = byRole(scope, "region", "Simulator");
  await compareToTheEnd(simulator);
  assert.deepEqual(await brokenWords(byRole(simulator, "table", "A next to B")), [], "words broken between letters");
  assert.deepEqual(await smallPictureText(simulator), [], "chart text under 9 px");
  for (const id of ["with-simulator", "alone"]) {
    const overflow = await page.locator(`#${id}`).evaluate((column) => column.scrollWidth - column.clientWidth);
    assert.equal(overflow, 0, `${id}: nothing reaches past the column`);
  }
  assert.deepEqual(problems, []);
});

test("layout: the host page example at 320 px scrolls nothing sideways", async (t) => {
  const { page, problems } = await openHost(t, { viewport: { width: 320, height: 800 } });
  await byRole(page, "button", "Retry Strategy").first().waitFor();
  assert.equal(await scrollsSideways(page), false);
  assert.deepEqual(problems, []);
});

test("layout: mounted in a box that shrinks to fit (an inline-block, a flex item with no width), an editor takes 45rem", async (t) => {
  const { page, problems } = await openHost(t, { viewport: WIDE });
  const widths = await page.evaluate(async (module) => {
    const { mountCampaignEditor } = await import(module);
    const boxes = { "inline-block": ["display: inline-block", ""], "flex item": ["", "display: flex"] };
    const widths = {};
    for (const [name, [style, parentStyle]] of Object.entries(boxes)) {
      for (const simulator of [false, true]) {
        const parent = Object.assign(document.createElement("div"), { style: parentStyle });
        const element = Object.assign(document.createElement("div"), { style });
        parent.append(element);
        document.body.append(parent);
        mountCampaignEditor(element, { config: { name }, simulator });
        widths[`${name}${simulator ? ", with the simulator" : ""}`] = element.getBoundingClientRect().width;
      }
    }
    return widths;
  }, "/pkg/campaign_editor.js");
  const rem = 16;
  for (const [box, width] of Object.entries(widths)) assert.equal(width, 45 * rem, `${box}: ${width} px`);
  assert.deepEqual(problems, []);
});

/** The texts in `scope` matching `selector` that break across lines. */
const splitTexts = (scope, selector) =>
  scope.locator(selector).evaluateAll((elements) =>
    elements
      .filter((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
      })
      .map((element) => element.textContent),
  );

test("layout: at 360 px the retry timeline's reach figures are not split across lines", async (t) => {
  const { page, problems } = await openApp(t, { viewport: NARROW });
  await byRole(page, "button", "Retry Strategy").click();
  const timeline = page.locator(".ce-timeline");
  await eventually(() => timeline.getByText("% in all").count(), 2);
  assert.equal(await timeline.locator(".ce-timeline__reach").count(), 3, "the first call's figures and two rows'");
  assert.deepEqual(await splitTexts(timeline, ".ce-timeline__reach"), []);
  assert.deepEqual(problems, []);
});

/** What in `column` reaches past its right edge or past its group's padding, outside a region that scrolls sideways. */
const pastTheColumn = (column) =>
  column.evaluate((column) => {
    const right = column.getBoundingClientRect().right;
    const inScroller = (element) => {
      for (let e = element.parentElement; e && e !== column; e = e.parentElement) {
        if (getComputedStyle(e).overflowX !== "visible") return true;
      }
      return false;
    };
    // A group's content stays inside its padding too.
    const edge = (element) => {
      const group = element.parentElement.closest("fieldset");
      if (!group || !column.contains(group)) return right;
      const style = getComputedStyle(group);
      return group.getBoundingClientRect().right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
    };
    const past = [...column.querySelectorAll("*")]
      .filter((e) => e.getBoundingClientRect().right > edge(e) + 0.5 && !inScroller(e))
      .map((e) => `${e.tagName.toLowerCase()}.${e.className.baseVal ?? e.className}`);
    return [...new Set(past)].slice(0, 3);
  });

/**
 * Sets the width of the column `id` to each of `widths` (px) in turn and lists, at each, what in
 * it reaches past it (`pastTheColumn`) and the words in its tables' cells that break between two
 * letters (`brokenWords`).
 */
async function sweepColumn(page, id, widths) {
  const column = page.locator(`#${id}`);
  const found = [];
  for (const width of widths) {
    await column.evaluate((element, width) => (element.style.width = `${width}px`), width);
    const past = await pastTheColumn(column);
    const words = await brokenWords(column);
    if (past.length || words.length) found.push(`${width} px: ${past.join(" ")} ${words.join(" ")}`);
  }
  return found;
}

const widthsFrom = (from, to, step) => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

test("layout: in columns from 17rem to 60rem, nothing reaches past an embedded editor or its groups, and Compare keeps its words whole", async (t) => {
  const { page, problems } = await openHost(t, { viewport: { width: 1600, height: 900 } });
  await mountInColumn(page, { id: "alone", width: "40rem", simulator: false });
  await mountInColumn(page, { id: "with-simulator", width: "40rem", simulator: true });
  for (const id of ["alone", "with-simulator"]) await byRole(page.locator(`#${id}`), "button", "Retry Strategy").click();
  const scope = page.locator("#with-simulator");
  const advisor = byRole(scope, "group", "Strategy advisor");
  await byRole(advisor, "button", "Suggest a strategy").click();
  await byRole(advisor, "table", "The suggestion beside the current strategy").waitFor({ timeout: 30_000 });
  const simulator = byRole(scope, "region", "Simulator");
  await byRole(simulator, "radio", "Reach model").check();
  await simulator.getByLabel("Compare with", { exact: true }).selectOption({ label: "The advisor's suggestion" });
  await byRole(simulator, "button", "Run to end").click();
  await byRole(simulator, "table", "A next to B").waitFor({ timeout: 20_000 });
  const widths = widthsFrom(272, 960, 4);
  assert.deepEqual(await sweepColumn(page, "alone", widths), [], "the editor alone");
  assert.deepEqual(await sweepColumn(page, "with-simulator", widths), [], "the editor with its simulator");
  assert.deepEqual(problems, []);
});

/** How far the focus ring (3 px, 2 px off the element: style/base.css) of the focused element is cut by a box around it that clips; `null` when it shows whole. */
const ringCut = (page) =>
  page.evaluate(() => {
    const focused = document.activeElement;
    const ring = focused.getBoundingClientRect();
    const [left, top, right, bottom] = [ring.left - 5, ring.top - 5, ring.right + 5, ring.bottom + 5];
    for (let box = focused.parentElement; box; box = box.parentElement) {
      const style = getComputedStyle(box);
      if (style.overflowX === "visible" && style.overflowY === "visible") continue;
      if (box === document.documentElement || box === document.body) break;
      const r = box.getBoundingClientRect();
      const inner = { left: r.left + box.clientLeft, top: r.top + box.clientTop };
      const cut = Math.max(inner.left - left, inner.top - top, right - (inner.left + box.clientWidth), bottom - (inner.top + box.clientHeight));
      if (cut > 0.5) return `${focused.tagName.toLowerCase()} "${focused.getAttribute("aria-label") ?? focused.textContent.trim().slice(0, 30)}" by ${cut.toFixed(1)} px in .${box.className}`;
    }
    return null;
  });

test("layout: at 1,280 px, side by side, every focus ring from Campaign name through the simulator shows whole", async (t) => {
  const { page, problems } = await openApp(t, { viewport: { width: 1280, height: 800 } });
  await compareToTheEnd(byRole(page, "region", "Simulator"));
  await byRole(page, "textbox", "Campaign name").focus();
  const cut = [];
  for (let i = 0; i < 120; i += 1) {
    const found = await ringCut(page);
    if (found) cut.push(found);
    await page.keyboard.press("Tab");
  }
  assert.deepEqual(cut, []);
  assert.deepEqual(problems, []);
});

test("layout: at 320 px a chart's time reached with Tab scrolls into its figure's view, its figures with it", async (t) => {
  const { page, problems } = await openApp(t, { viewport: { width: 320, height: 800 } });
  const simulator = byRole(page, "region", "Simulator");
  await byRole(simulator, "button", "Run to end").click();
  await eventually(() => simulator.getByRole("status").first().innerText(), /^Completed at /, { timeout: 20_000 });
  const readouts = simulator.locator("figure.ce-chart").first().locator("g.ce-plot__readout");
  const count = await readouts.count();
  assert.ok(count >= 4, `times to focus: ${count}`);
  await readouts.first().focus();
  const hidden = [];
  for (let i = 0; i < count; i += 1) {
    const out = await page.evaluate(() => {
      const focused = document.activeElement;
      const figure = focused.closest("figure").getBoundingClientRect();
      const outside = (box) => box.left < figure.left - 0.5 || box.right > figure.right + 0.5;
      const hit = focused.querySelector(".ce-plot__hit").getBoundingClientRect();
      const text = focused.nextElementSibling.getBoundingClientRect();
      return outside(hit) || outside(text) ? focused.getAttribute("aria-label") : null;
    });
    if (out) hidden.push(out);
    if (i + 1 < count) await page.keyboard.press("Tab");
  }
  assert.deepEqual(hidden, []);
  assert.deepEqual(problems, []);
});

test("layout: at 320 and 360 px no comma of the failure breakdown starts a line", async (t) => {
  for (const width of [320, 360]) {
    const { page, problems } = await openApp(t, { viewport: { width, height: 800 } });
    const simulator = byRole(page, "region", "Simulator");
    await byRole(simulator, "button", "Run to end").click();
    await eventually(() => simulator.getByRole("status").first().innerText(), /^Completed at /, { timeout: 20_000 });
    const reading = byRole(simulator, "group", "Failed recipients").locator("p").first();
    assert.ok((await reading.getByRole("button").count()) >= 2, "parts to separate");
    // Each comma sits on the line of the character before it (the part's last).
    const lone = await reading.evaluate((p) => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const chars = [];
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        [...text.data].forEach((c, at) => chars.push({ c, text, at }));
      }
      const top = ({ text, at }) => {
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 1);
        return range.getBoundingClientRect().top;
      };
      return chars.flatMap((char, n) => {
        if (char.c !== ",") return [];
        const before = chars.slice(0, n).findLast(({ c }) => c.trim() !== "");
        return Math.abs(top(char) - top(before)) > 2 ? [`after "${before.text.data.slice(Math.max(0, before.at - 20), before.at + 1)}"`] : [];
      });
    });
    assert.deepEqual(lone, [], `${width} px`);
    assert.equal(await reading.getByRole("button", { name: /,$/ }).count(), 0, "a part's name leaves its comma out");
    assert.deepEqual(problems, []);
  }
});

test("layout: every field, select and hint of the page is in the editor's font size", async (t) => {
  const { page, problems } = await openApp(t, { viewport: WIDE });
  await byRole(page, "button", "Retry Strategy").click();
  await byRole(byRole(page, "region", "Simulator"), "radio", "Reach model").check();
  const sizes = await page.evaluate(() => {
    const text = getComputedStyle(document.querySelector(".ce-field__label")).fontSize;
    const controls = [...document.querySelectorAll(".ce-app select, .ce-app input[type=text], .ce-app .ce-hint")];
    const hints = controls.filter((c) => c.matches(".ce-reach .ce-hint")).length;
    return { text, count: controls.length, hints, off: controls.filter((c) => getComputedStyle(c).fontSize !== text).map((c) => `${c.id || c.className}: ${getComputedStyle(c).fontSize}`) };
  });
  assert.ok(sizes.count >= 20 && sizes.hints >= 8 && sizes.text === "16px", JSON.stringify(sizes));
  assert.deepEqual(sizes.off, []);
  assert.deepEqual(problems, []);
});

test("layout: Compare's chart shows a run that completed early beside the other, named where it ended, clear of the other's curve", async (t) => {
  const { page, problems } = await openApp(t, { viewport: WIDE });
  const simulator = byRole(page, "region", "Simulator");
  await simulator.getByLabel("Compare with", { exact: true }).selectOption({ label: "The other completion mode" });
  await byRole(simulator, "button", "Run to end").click();
  await byRole(simulator, "table", "A next to B").waitFor({ timeout: 20_000 });
  const chart = await simulator.locator("svg:has(.ce-compare__line--a)").evaluate((svg) => {
    const points = (line) => [...svg.querySelector(line).points].map((p) => ({ x: p.x, y: p.y }));
    const [a, b] = [points(".ce-compare__line--a"), points(".ce-compare__line--b")];
    const name = [...svg.querySelectorAll("text.ce-plot__name")].find((t) => t.textContent === "A completed");
    const box = name.getBBox();
    // Where B's polyline is at `x`, in the chart's units.
    const bAt = (x) => {
      const i = b.findIndex((p) => p.x >= x);
      if (i <= 0) return i === 0 ? b[0].y : null;
      const [p, q] = [b[i - 1], b[i]];
      return p.y + ((q.y - p.y) * (x - p.x)) / (q.x - p.x || 1);
    };
    const crossed = [...Array(11).keys()]
      .map((k) => bAt(box.x + (box.width * k) / 10))
      .filter((y) => y !== null && y >= box.y && y <= box.y + box.height);
    return { aFrom: a[0].x, aTo: a.at(-1).x, bTo: b.at(-1).x, crossed };
  });
  // A (fixed) completed after 1 h 18 min of B's week: its curve goes on flat to the end.
  assert.equal(chart.aTo, chart.bTo, JSON.stringify(chart));
  assert.ok(chart.aTo - chart.aFrom > 400, JSON.stringify(chart));
  assert.deepEqual(chart.crossed, [], "B's curve passes through 'A completed'");
  assert.deepEqual(problems, []);
});

test("layout: at 1,280 × 900, side by side, Run to end brings the run's status and statistics into view, its buttons kept", async (t) => {
  const { page, problems } = await openApp(t, { viewport: { width: 1280, height: 900 } });
  const simulator = byRole(page, "region", "Simulator");
  const toEnd = byRole(simulator, "button", "Run to end");
  await toEnd.click();
  await eventually(() => simulator.getByRole("status").innerText(), /^Completed at /, { timeout: 20_000 });
  // Within the simulator's own scrolling column and within the window.
  const seen = await simulator.evaluate((panel) => {
    const box = panel.getBoundingClientRect();
    const shown = (selector) => {
      const r = panel.querySelector(selector).getBoundingClientRect();
      return r.top >= Math.max(box.top, 0) && r.bottom <= Math.min(box.bottom, innerHeight);
    };
    return {
      status: shown(".ce-simulator__status"),
      statistics: shown(".ce-stats"),
      buttons: shown(".ce-simulator__controls"),
      scrolls: panel.scrollHeight > panel.clientHeight,
    };
  });
  assert.deepEqual(seen, { status: true, statistics: true, buttons: true, scrolls: true });
  assert.deepEqual(problems, []);
});

test("layout: at 360 px a run's status never leaves a duration's unit alone on its last line", async (t) => {
  const { page, problems } = await openApp(t, { viewport: NARROW });
  await byRole(page, "button", "Retry Strategy").click();
  for (const [n, delay] of [[3, "7200"], [4, "10800"]]) {
    await byRole(page, "button", "+ Add Attempt").click();
    await attemptInput(page, n).fill(delay);
  }
  const simulator = byRole(page, "region", "Simulator");
  await byRole(simulator, "button", "Run to end").click();
  const status = simulator.getByRole("status").first();
  // Two lines at this width: the last words, `14 s`, go down together.
  await eventually(() => status.textContent(), "Completed at 6 h 19 min 14 s");
  const lineTops = await status.evaluate((element) => {
    const text = element.firstChild;
    return [...text.data.matchAll(/\S+/g)].map(({ 0: word, index }) => {
      const range = document.createRange();
      range.setStart(text, index);
      range.setEnd(text, index + word.length);
      return Math.round(range.getBoundingClientRect().top);
    });
  });
  assert.ok(new Set(lineTops).size > 1, "the status takes two lines at 360 px");
  assert.equal(lineTops.at(-1), lineTops.at(-2), `the unit on a line of its own: ${lineTops}`);
  assert.deepEqual(problems, []);
});
