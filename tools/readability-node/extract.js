#!/usr/bin/env node
// Mozilla Readability as an extraction peer for `newsbrief eval extract`.
//
//   node extract.js [--passes N] [--text-content] [--url URL] [PAGE.html[.gz] ...]
//
// With files, each page's id is its file name without .html/.html.gz and its URL is --url. With no
// files, pages are read from stdin as JSON lines {"id", "html", "url"?}. For every page one JSON line
// {"id", "text", "ms"} is written to stdout (plus "error" when jsdom or Readability threw; the text is
// then empty). "ms" is the time to parse the page with jsdom, run Readability, flatten its
// article to text and close the window. With --passes N every page is processed N times and only the last pass is
// written, so N=2 reports warm (JIT-compiled) times.
//
// The text has one line per block element (p, li, h1..h6, div, td, ...), the way the benchmark's
// ground truth separates paragraphs; --text-content writes Readability's own textContent instead,
// which glues words together where the markup has no whitespace between blocks.
//
// jsdom runs no scripts (runScripts is off by default) and loads no resources (no `resources`
// option); its console messages (mostly CSS it could not parse) are counted, not printed.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const BLOCKS = new Set(
  ("address article aside blockquote body br caption dd details dialog div dl dt fieldset figcaption " +
    "figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody " +
    "td tfoot th thead tr ul")
    .split(" ")
    .map((name) => name.toUpperCase()),
);

function parseArgs(argv) {
  const options = { passes: 1, textContent: false, url: "https://example.com/", files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--passes") {
      options.passes = Number.parseInt(argv[++i], 10);
      if (!(options.passes >= 1)) throw new Error("--passes needs a number >= 1");
    } else if (arg === "--text-content") {
      options.textContent = true;
    } else if (arg === "--url") {
      options.url = argv[++i];
    } else if (arg.startsWith("--")) {
      throw new Error(`unknown option ${arg}`);
    } else {
      options.files.push(arg);
    }
  }
  return options;
}

function readPages(options) {
  if (options.files.length > 0) {
    return options.files.map((file) => {
      const bytes = fs.readFileSync(file);
      const html = (file.endsWith(".gz") ? zlib.gunzipSync(bytes) : bytes).toString("utf8");
      return { id: path.basename(file).replace(/\.html?(\.gz)?$/, ""), html, url: options.url };
    });
  }
  return fs
    .readFileSync(0, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const page = JSON.parse(line);
      return { id: String(page.id), html: String(page.html), url: page.url || options.url };
    });
}

// Text of a DOM subtree with a line break around every block element; spaces collapsed except in <pre>.
function blockText(root) {
  const lines = [];
  let line = "";
  const breakLine = () => {
    const text = line.trim();
    if (text !== "") lines.push(text);
    line = "";
  };
  const walk = (node, pre) => {
    if (node.nodeType === 3) {
      line += pre ? node.data : node.data.replace(/\s+/g, " ");
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCKS.has(node.tagName);
    const inPre = pre || node.tagName === "PRE";
    if (block) breakLine();
    for (let child = node.firstChild; child !== null; child = child.nextSibling) walk(child, inPre);
    if (block) breakLine();
  };
  walk(root, false);
  breakLine();
  return lines.join("\n");
}

function extract(page, options, console) {
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole: console });
  try {
    const article = new Readability(dom.window.document, { serializer: (el) => el }).parse();
    if (article === null) return "";
    return options.textContent ? article.textContent || "" : blockText(article.content);
  } finally {
    dom.window.close();
  }
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const pages = readPages(options);
  let consoleMessages = 0;
  const console = new VirtualConsole();
  console.on("jsdomError", () => consoleMessages++);
  for (let pass = 1; pass <= options.passes; pass++) {
    for (const page of pages) {
      const start = process.hrtime.bigint();
      let text = "";
      let error;
      try {
        text = extract(page, options, console);
      } catch (e) {
        error = String((e && e.message) || e);
      }
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (pass === options.passes) {
        const out = error === undefined ? { id: page.id, text, ms } : { id: page.id, text, ms, error };
        fs.writeSync(1, JSON.stringify(out) + "\n");
        if (error !== undefined) process.stderr.write(`readability: ${page.id}: ${error}\n`);
      }
    }
  }
  const version = (name) =>
    JSON.parse(fs.readFileSync(path.join(__dirname, "node_modules", name, "package.json"), "utf8")).version;
  process.stderr.write(
    `readability: node ${process.version}, @mozilla/readability ${version("@mozilla/readability")}, ` +
      `jsdom ${version("jsdom")}: ${pages.length} pages, ${options.passes} pass(es), ` +
      `${consoleMessages} jsdom console messages\n`,
  );
}

main();
