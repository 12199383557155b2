/**
 * A chart on screen → a standalone SVG document (and a PNG drawn from it) that carries its
 * title, filters, legend, source and method note, "data through" day and citation. Styles come
 * from Tailwind classes and CSS variables, which a file opened elsewhere does not have: every
 * element's computed paint is written onto the copy. Canvas marks (dense bars) go in as images.
 */
import type { ChartCitation } from "@/lib/citation/chart-citation";

const PAINT = ["fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray", "stroke-linejoin", "paint-order", "opacity", "font-size", "font-weight", "font-family", "text-anchor", "dominant-baseline", "visibility"] as const;

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function inlinePaint(source: Element, copy: Element) {
  const style = getComputedStyle(source);
  const declared = PAINT.map((p) => `${p}:${style.getPropertyValue(p)}`).join(";");
  copy.setAttribute("style", declared);
  copy.removeAttribute("class");
  const kids = source.children;
  for (let i = 0; i < kids.length; i++) {
    const s = kids[i];
    const c = copy.children[i];
    if (s && c) inlinePaint(s, c);
  }
}

/** Wraps text into lines of at most `chars` characters, at spaces. */
function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && (line + " " + word).length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface ChartImageInput {
  title: string;
  /** The element holding the drawn chart (its svgs and canvases). */
  chart: HTMLElement;
  legend: { label: string; color: string }[];
  citation: ChartCitation;
  dark: boolean;
}

/** The standalone SVG text and its size in CSS pixels. */
export function chartSvg({ title, chart, legend, citation, dark }: ChartImageInput): { svg: string; width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const width = Math.max(320, Math.round(box.width));
  const pad = 16;
  const fg = dark ? "#f1f5f9" : "#0f172a";
  const muted = dark ? "#94a3b8" : "#475569";
  const bg = dark ? "#0f172a" : "#ffffff";
  const chars = Math.floor((width - 2 * pad) / 6.4);
  const parts: string[] = [];
  let y = pad + 16;
  parts.push(`<text x="${pad}" y="${y}" font-size="16" font-weight="600" fill="${fg}">${escapeXml(title)}</text>`);
  for (const line of wrap(citation.filters, chars)) {
    y += 16;
    parts.push(`<text x="${pad}" y="${y}" font-size="12" fill="${muted}">${escapeXml(line)}</text>`);
  }
  if (legend.length) {
    y += 20;
    let x = pad;
    for (const item of legend) {
      const w = 16 + item.label.length * 6.4 + 14;
      if (x + w > width - pad) {
        x = pad;
        y += 16;
      }
      parts.push(`<rect x="${x}" y="${y - 10}" width="11" height="11" rx="2" fill="${escapeXml(item.color)}"/><text x="${x + 16}" y="${y}" font-size="12" fill="${fg}">${escapeXml(item.label)}</text>`);
      x += w;
    }
  }
  y += 12;
  // Every drawn layer at its place inside the chart's box.
  for (const el of Array.from(chart.querySelectorAll<SVGSVGElement | HTMLCanvasElement>("svg:not([aria-hidden='true']), canvas"))) {
    if (el.closest("[role='dialog']")) continue;
    const r = el.getBoundingClientRect();
    const dx = Math.round(r.left - box.left);
    const dy = Math.round(r.top - box.top) + y;
    if (el instanceof HTMLCanvasElement) {
      parts.push(`<image x="${dx}" y="${dy}" width="${r.width}" height="${r.height}" href="${el.toDataURL("image/png")}"/>`);
    } else {
      const copy = el.cloneNode(true) as SVGSVGElement;
      inlinePaint(el, copy);
      copy.setAttribute("x", String(dx));
      copy.setAttribute("y", String(dy));
      copy.setAttribute("width", String(r.width));
      copy.setAttribute("height", String(r.height));
      copy.removeAttribute("style");
      parts.push(new XMLSerializer().serializeToString(copy));
    }
  }
  y += Math.round(box.height) + 20;
  const notes = [citation.dataThrough, citation.source, citation.method, citation.citation].filter((n): n is string => !!n);
  for (const [i, note] of notes.entries()) {
    for (const line of wrap(note, chars + 8)) {
      parts.push(`<text x="${pad}" y="${y}" font-size="11" fill="${i === 0 ? fg : muted}">${escapeXml(line)}</text>`);
      y += 14;
    }
    y += 2;
  }
  const height = y + pad;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Inter, ui-sans-serif, system-ui, sans-serif"><rect width="100%" height="100%" fill="${bg}"/>${parts.join("")}</svg>`;
  return { svg, width, height };
}

/** Draws the SVG at twice its size (sharp on high-density screens and in print) into a PNG. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = width * 2;
  canvas.height = height * 2;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("this browser cannot draw a PNG");
  ctx.scale(2, 2);
  ctx.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("could not encode the PNG"))), "image/png"));
}

export function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "Injured by place" + filters → "factboard-injured-by-place-2023-01-01-to-2023-12-31". */
export function imageFilename(title: string, search: string): string {
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const params = new URLSearchParams(search);
  const extra = ["country", "from", "to"].flatMap((k) => (params.get(k) ? [`${k === "country" ? "" : `${k}-`}${params.get(k)}`] : []));
  return slug(["factboard", title, ...extra].join(" ")).slice(0, 120);
}
