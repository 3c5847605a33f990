/**
 * Pictures for the block picker: one small drawing per kind of block, so editors recognise a
 * block by sight instead of twelve identical placeholders. Inline SVG (a data: URL), so the
 * admin loads nothing from elsewhere. A block without a drawing of its own gets its name on a
 * colour of its own.
 */
const INK = '#1f2a37';
const PAPER = '#ffffff';
const LINE = `stroke="${INK}" stroke-width="10" stroke-linecap="round" stroke-linejoin="round" fill="none"`;

const textLines = (x: number, y: number, widths: number[]) =>
  widths.map((w, i) => `<line x1="${x}" y1="${y + i * 34}" x2="${x + w}" y2="${y + i * 34}" ${LINE}/>`).join('');
const box = (x: number, y: number, size: number, ticked: boolean) =>
  `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="6" ${LINE}/>${ticked ? `<path d="M${x + 9} ${y + size / 2} l${size / 4} ${size / 4} l${size / 2} -${size / 2}" ${LINE}/>` : ''}`;

const DRAWINGS: Record<string, { hue: number; body: string }> = {
  goals: { hue: 28, body: `<circle cx="240" cy="135" r="90" ${LINE}/><circle cx="240" cy="135" r="55" ${LINE}/><circle cx="240" cy="135" r="18" fill="${INK}"/>` },
  selfRating: {
    hue: 200,
    body: `<line x1="110" y1="150" x2="370" y2="150" ${LINE}/>${[110, 240, 370].map((x, i) => `<circle cx="${x}" cy="150" r="26" ${i === 1 ? `fill="${INK}"` : `fill="${PAPER}" stroke="${INK}" stroke-width="10"`}/>`).join('')}<text x="240" y="95" font-family="sans-serif" font-size="40" font-weight="700" text-anchor="middle" fill="${INK}">1 · 2 · 3</text>`,
  },
  content: { hue: 215, body: textLines(110, 75, [260, 220, 250, 180, 230]) },
  quote: { hue: 280, body: `<text x="240" y="215" font-family="Georgia, serif" font-size="260" font-weight="700" text-anchor="middle" fill="${INK}">“</text>` },
  reflection: { hue: 160, body: `<rect x="95" y="60" width="290" height="150" rx="12" ${LINE}/>${textLines(125, 100, [190, 150])}<path d="M300 190 l60 -60 l20 20 l-60 60 l-28 8 z" ${LINE}/>` },
  checklist: { hue: 130, body: [0, 1, 2].map((i) => box(120, 55 + i * 58, 40, i !== 1) + textLines(185, 75 + i * 58, [170])).join('') },
  classification: {
    hue: 45,
    body: [0, 1, 2].map((r) => textLines(90, 80 + r * 55, [110]) + [0, 1, 2].map((c) => `<circle cx="${265 + c * 55}" cy="${80 + r * 55}" r="17" ${(r + c) % 3 === 0 ? `fill="${INK}"` : LINE}/>`).join('')).join(''),
  },
  techniquePicker: {
    hue: 330,
    body: [0, 1, 2].map((i) => `<rect x="${85 + i * 110}" y="70" width="90" height="130" rx="12" ${LINE}/>`).join('') + `<path d="M240 105 l12 26 l28 3 l-21 19 l6 28 l-25 -14 l-25 14 l6 -28 l-21 -19 l28 -3 z" fill="${INK}"/>`,
  },
  urgeDiary: {
    hue: 0,
    body: `<rect x="80" y="55" width="320" height="160" rx="8" ${LINE}/><line x1="80" y1="100" x2="400" y2="100" ${LINE}/><line x1="80" y1="158" x2="400" y2="158" ${LINE}/>${[160, 240, 320].map((x) => `<line x1="${x}" y1="55" x2="${x}" y2="215" ${LINE}/>`).join('')}`,
  },
  goalSetting: { hue: 95, body: `<path d="M100 210 C 170 200, 200 120, 300 110" ${LINE}/><path d="M290 80 l30 30 l-40 12" ${LINE}/><line x1="350" y1="60" x2="350" y2="210" ${LINE}/><path d="M350 65 h55 l-14 22 l14 22 h-55" fill="${INK}"/>` },
  warningSigns: { hue: 38, body: `<path d="M240 55 L375 215 H105 Z" ${LINE}/><line x1="240" y1="110" x2="240" y2="160" ${LINE}/><circle cx="240" cy="190" r="8" fill="${INK}"/>` },
  contactPrompt: { hue: 185, body: `<path d="M110 70 h260 a20 20 0 0 1 20 20 v90 a20 20 0 0 1 -20 20 h-170 l-50 40 v-40 h-40 a20 20 0 0 1 -20 -20 v-90 a20 20 0 0 1 20 -20 z" ${LINE}/>${textLines(150, 115, [180, 120])}` },
  hero: { hue: 230, body: `<rect x="80" y="50" width="320" height="170" rx="10" ${LINE}/><line x1="115" y1="100" x2="290" y2="100" stroke="${INK}" stroke-width="22" stroke-linecap="round"/>${textLines(115, 145, [200])}<rect x="115" y="170" width="110" height="30" rx="15" fill="${INK}"/>` },
  pathways: { hue: 260, body: `<rect x="80" y="65" width="145" height="140" rx="12" ${LINE}/><rect x="255" y="65" width="145" height="140" rx="12" ${LINE}/><path d="M120 170 h60 l-15 -15 M180 170 l-15 15" ${LINE}/><path d="M295 170 h60 l-15 -15 M355 170 l-15 15" ${LINE}/>${textLines(105, 100, [90])}${textLines(280, 100, [90])}` },
  helpOptions: { hue: 170, body: `<path d="M170 70 c-20 0 -40 25 -30 55 c15 45 60 90 105 105 c30 10 55 -10 55 -30 l-40 -30 l-25 20 c-25 -10 -45 -30 -55 -55 l20 -25 z" ${LINE}/><circle cx="330" cy="95" r="22" fill="${INK}"/>` },
  courseTeaser: { hue: 150, body: `<path d="M240 80 c-40 -25 -100 -25 -140 -10 v140 c40 -15 100 -15 140 10 c40 -25 100 -25 140 -10 v-140 c-40 -15 -100 -15 -140 10 z" ${LINE}/><line x1="240" y1="80" x2="240" y2="220" ${LINE}/>` },
  faq: { hue: 300, body: `<text x="240" y="205" font-family="sans-serif" font-size="190" font-weight="700" text-anchor="middle" fill="${INK}">?</text>` },
  callToAction: { hue: 15, body: `<rect x="110" y="100" width="260" height="75" rx="37" fill="${INK}"/><path d="M325 138 h-60 M305 118 l20 20 l-20 20" stroke="${PAPER}" stroke-width="10" stroke-linecap="round" stroke-linejoin="round" fill="none"/>` },
};

function hueOf(text: string): number {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) % 360;
  return hash;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The picture for a block in the picker, as a data: URL (480 × 270). */
export function blockPicture(slug: string, label: string): string {
  const drawing = DRAWINGS[slug] ?? {
    hue: hueOf(slug),
    body: `<text x="240" y="160" font-family="sans-serif" font-size="44" font-weight="700" text-anchor="middle" fill="${INK}">${escapeXml(label.slice(0, 18))}</text>`,
  };
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 270"><rect width="480" height="270" fill="hsl(${drawing.hue} 70% 90%)"/>${drawing.body}</svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
