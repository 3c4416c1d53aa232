module.exports = {
  name: "Quarry Docs",
  url: process.env.URL || "https://docs.quarry.dev",
  version: process.env.DOCS_VERSION || "3.4",
  appUrl: "https://app.quarry.dev",
  heapAppId: process.env.HEAP_APP_ID || "2847591034",
  algolia: { appId: "QX8R1ZB0E4", apiKey: "9f3c1b0e2a7d4c5e8b6a1f2d3c4b5a69", indexName: "quarry-docs" },
};
