import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/** What a file may say about itself, in front matter or a sidecar `<name>.meta.json`. */
const metadata = z
  .object({
    title: z.string().optional(),
    publisher: z.string().optional(),
    url: z.string().optional(),
    published: z.string().optional(),
    publishedAt: z.string().optional(),
    language: z.string().optional(),
  })
  .strict();

export interface DispatchFile {
  file: string;
  text: string;
  title?: string;
  publisher?: string;
  url?: string;
  publishedAt?: string;
  language?: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

function parseFrontMatter(block: string, file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [i, line] of block.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    const m = /^([A-Za-z]+)\s*:\s*(.*)$/.exec(line);
    if (!m) throw new Error(`${file}: front matter line ${i + 2} is not "key: value": ${JSON.stringify(line)}`);
    out[m[1]!] = m[2]!.trim().replace(/^"(.*)"$/, "$1");
  }
  return out;
}

/**
 * Reads a dispatch file: its text, and its title, publisher, URL and date from front matter
 * (`---` lines at the top) or from a sidecar `<name>.meta.json`. Throws with the file's name.
 */
export function readDispatchFile(file: string): DispatchFile {
  const raw = fs.readFileSync(file, "utf8");
  const front = FRONT_MATTER.exec(raw);
  const sidecar = file.replace(/\.(txt|md)$/i, ".meta.json");
  let meta: Record<string, string> = {};
  if (front) meta = parseFrontMatter(front[1] ?? "", file);
  else if (sidecar !== file && fs.existsSync(sidecar)) {
    try {
      meta = JSON.parse(fs.readFileSync(sidecar, "utf8")) as Record<string, string>;
    } catch {
      throw new Error(`${file}: its sidecar ${path.basename(sidecar)} is not valid JSON`);
    }
  }
  const checked = metadata.safeParse(meta);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = issue?.code === "unrecognized_keys" ? issue.keys.join(", ") : String(issue?.path[0] ?? "");
    throw new Error(`${file}: unknown or malformed metadata "${field}" (allowed: title, publisher, url, published, language)`);
  }
  const m = checked.data;
  return {
    file,
    text: front ? raw.slice(front[0].length) : raw,
    title: m.title,
    publisher: m.publisher,
    url: m.url,
    publishedAt: m.publishedAt ?? m.published,
    language: m.language,
  };
}

/** Text files named on the command line, and those inside named folders (recursively). */
export function listDispatchFiles(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (p: string) => {
    if (fs.statSync(p).isDirectory()) {
      for (const entry of fs.readdirSync(p).sort()) walk(path.join(p, entry));
    } else if (/\.(txt|md)$/i.test(p)) files.push(p);
  };
  for (const p of paths) {
    if (!fs.existsSync(p)) missing.push(p);
    else walk(p);
  }
  return { files, missing };
}
