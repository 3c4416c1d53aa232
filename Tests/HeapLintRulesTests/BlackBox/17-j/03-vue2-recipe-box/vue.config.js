const { defineConfig } = require('@vue/cli-service');

module.exports = defineConfig({
  transpileDependencies: true,
  pages: {
    index: {
      entry: 'src/main.js',
      title: 'Recipe Box',
      heapAppId: process.env.HEAP_APP_ID,
    },
  },
});
