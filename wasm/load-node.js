// Loads the built module in node (tests, and the site build that prerenders results).
// The module is built for the web, and node's global fetch cannot read a file path,
// so node hands it the .wasm bytes (wasmBinary) instead.
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const moduleDir = process.env.RIGHTSIZE_WASM_DIR ?? path.join(repoRoot, 'build/wasm/module');

export async function readJson(relative) {
  return JSON.parse(await readFile(path.join(repoRoot, relative), 'utf8'));
}

export async function loadModule() {
  const { default: createRightsize } = await import(pathToFileURL(path.join(moduleDir, 'rightsize.mjs')).href);
  const wasmBinary = await readFile(path.join(moduleDir, 'rightsize.wasm'));
  return createRightsize({ wasmBinary });
}

// A module with content/rules.json loaded, as the page does it.
export async function loadWithRules() {
  const mod = await loadModule();
  const loaded = mod.set_rules(await readJson('content/rules.json'));
  if (!loaded.ok) throw new Error(`content/rules.json rejected: ${JSON.stringify(loaded.errors)}`);
  return mod;
}
