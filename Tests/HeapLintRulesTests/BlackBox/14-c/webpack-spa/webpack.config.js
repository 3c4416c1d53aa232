const HtmlWebpackPlugin = require('html-webpack-plugin');

module.exports = {
  entry: './src/index.ts',
  plugins: [
    new HtmlWebpackPlugin({
      template: './src/index.ejs',
      title: 'Console',
      heapId: process.env.HEAP_APP_ID,
    }),
  ],
};
