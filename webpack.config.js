// Builds the add-in's pages into dist/: task pane, its analysis worker, commands, the worksheet
// functions (script, page and their en/de metadata), help, the playground (pane next to a simulated workbook) and the fake host bundle for browser tests.
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** Certificates from office-addin-dev-certs when present; else webpack-dev-server makes its own. */
function httpsServer() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const file = (name) => path.join(dir, name);
  if (fs.existsSync(file("localhost.crt")) && fs.existsSync(file("localhost.key"))) {
    return {
      type: "https",
      options: {
        cert: fs.readFileSync(file("localhost.crt")),
        key: fs.readFileSync(file("localhost.key")),
        ca: fs.existsSync(file("ca.crt")) ? fs.readFileSync(file("ca.crt")) : undefined,
      },
    };
  }
  return "https";
}

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  return {
    mode: dev ? "development" : "production",
    // No source maps in production: the add-in ships only what it runs. In development plain
    // source maps, not the eval-based kinds: the add-in never runs eval, not even while debugging.
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      "analysis.worker": "./src/taskpane/worker/analysis.worker.ts",
      commands: "./src/commands/commands.ts",
      // Runs in Excel's JS-only custom functions runtime: no DOM, one classic script.
      functions: "./src/functions/functions.ts",
      playground: "./src/playground/index.tsx",
      fakehost: "./src/playground/fakehost.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
      // Every Office host has globalThis; this drops webpack's `new Function("return this")` fallback.
      environment: { globalThis: true },
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; ES modules let webpack tree-shake Fluent UI
              // and split the inline-analysis fallback into its own chunk.
              transpileOnly: true,
              compilerOptions: { module: "esnext", sourceMap: dev },
            },
          },
        },
        // The playground bundles examples/invoices.csv as text.
        { test: /\.csv$/, type: "asset/source" },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
      }),
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./src/playground/playground.html",
        chunks: ["playground"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "src/help/help.html", to: "help.html" },
          // Hand-written metadata: the German file is the manifest's de-* override of the English.
          { from: "src/functions/functions.json", to: "functions.json" },
          { from: "src/functions/functions.de.json", to: "functions.de.json" },
        ],
      }),
    ],
    // scripts/bundle-size.js reports gzip sizes against the pane's own budget.
    performance: { hints: false },
    // The dev server rebuilds often: one line per build is enough there.
    stats: dev ? "minimal" : "normal",
    devServer: {
      port: PORT,
      host: "localhost",
      server: httpsServer(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};
