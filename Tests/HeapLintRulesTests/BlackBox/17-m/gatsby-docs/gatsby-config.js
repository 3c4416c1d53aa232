module.exports = {
  siteMetadata: {
    title: 'Lumen Docs',
    siteUrl: 'https://docs.lumen.dev',
  },
  plugins: [
    'gatsby-plugin-react-helmet',
    'gatsby-plugin-sitemap',
    {
      resolve: 'gatsby-source-filesystem',
      options: { name: 'docs', path: `${__dirname}/content/docs` },
    },
    'gatsby-transformer-remark',
  ],
};
