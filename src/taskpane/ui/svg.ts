/** A chart thumbnail (src/sheets/thumbnail.ts) as an inline SVG, built node by node: no markup parsing. */
import type { Thumbnail } from "../../sheets/thumbnail";

const SVG_NS = "http://www.w3.org/2000/svg";

let thumbnailCount = 0;

export function thumbnailSvg(thumbnail: Thumbnail, label: string): SVGSVGElement {
  const id = `thumbnail-${++thumbnailCount}`;
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("viewBox", `0 0 ${thumbnail.width} ${thumbnail.height}`);
  svg.setAttribute("width", String(thumbnail.width));
  svg.setAttribute("height", String(thumbnail.height));
  svg.setAttribute("class", "thumbnail");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-labelledby", `${id}-title ${id}-desc`);
  const title = document.createElementNS(SVG_NS, "title");
  title.id = `${id}-title`;
  title.textContent = label;
  const description = document.createElementNS(SVG_NS, "desc");
  description.id = `${id}-desc`;
  description.textContent = thumbnail.description;
  svg.append(title, description);
  for (const node of thumbnail.nodes) {
    const shape = document.createElementNS(SVG_NS, node.tag);
    for (const [name, value] of Object.entries(node.attrs)) shape.setAttribute(name, value);
    svg.append(shape);
  }
  return svg;
}
