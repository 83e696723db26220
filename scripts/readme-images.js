// The README's pictures of the two journeys, put together from the browser tests' screenshots
// (test/e2e/screenshots, written by `npm run test:e2e`): each step side by side with a caption.
// Run after the browser tests: `node scripts/readme-images.js`.
const fs = require("fs");
const path = require("path");
const { launch, SHOTS } = require("../test/e2e/harness");

const OUT = path.join(__dirname, "..", "docs", "images");

const PICTURES = [
  {
    file: "journey-first.png",
    steps: [
      ["journey-first-en-350-1-data", "1. Data: select the list, Use selection"],
      ["journey-first-en-350-2-results", "2. Results, headline first"],
      ["journey-first-en-350-3-kam", "3. Write: one card per action, one-line outcome"],
    ],
  },
  {
    file: "journey-monthly.png",
    steps: [
      ["journey-monthly-de-350-1-last-run", "1. Letzter Lauf: Kennzahlen, Aktualisieren"],
      ["journey-monthly-de-350-2-changes", "2. Was sich geändert hat"],
    ],
  },
];

function page(steps) {
  const figures = steps
    .map(([shot, caption]) => {
      const png = fs.readFileSync(path.join(SHOTS, `${shot}.png`)).toString("base64");
      return `<figure><img src="data:image/png;base64,${png}"><figcaption>${caption}</figcaption></figure>`;
    })
    .join("");
  return `<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; padding: 16px; background: #e8e8e8; font: 14px system-ui, sans-serif; }
    main { display: inline-flex; gap: 16px; align-items: flex-start; }
    figure { margin: 0; }
    img { display: block; border: 1px solid #c8c8c8; background: #fff; }
    figcaption { margin-top: 6px; color: #333; }
  </style><main>${figures}</main>`;
}

async function main() {
  const { context } = await launch();
  try {
    for (const picture of PICTURES) {
      const tab = await context.newPage();
      await tab.setViewportSize({ width: 1400, height: 900 });
      await tab.setContent(page(picture.steps));
      const main = await tab.$("main");
      const box = await main.boundingBox();
      await tab.screenshot({
        path: path.join(OUT, picture.file),
        clip: { x: 0, y: 0, width: box.x + box.width + 16, height: box.y + box.height + 16 },
      });
      await tab.close();
      console.log(`docs/images/${picture.file}`);
    }
  } finally {
    await context.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
