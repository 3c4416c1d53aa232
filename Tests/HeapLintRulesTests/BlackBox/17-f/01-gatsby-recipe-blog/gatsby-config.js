require('dotenv').config({ path: `.env.${process.env.NODE_ENV}` });

/** @type {import('gatsby').GatsbyConfig} */
module.exports = {
  siteMetadata: {
    title: 'Salt & Smoke',
    siteUrl: 'https://saltandsmoke.kitchen',
    description: 'Weeknight recipes, tested twice.',
    social: { instagram: 'saltandsmoke.kitchen' },
  },
  graphqlTypegen: true,
  plugins: [
    'gatsby-plugin-image',
    'gatsby-plugin-sharp',
    'gatsby-transformer-sharp',
    {
      resolve: 'gatsby-source-filesystem',
      options: { name: 'recipes', path: `${__dirname}/content/recipes` },
    },
    {
      resolve: 'gatsby-transformer-remark',
      options: { excerpt_separator: '<!-- more -->' },
    },
    {
      resolve: 'gatsby-plugin-heap',
      options: {
        // TODO(nina): swap in the production environment id before launch
        appId: 'YOUR_HEAP_APP_ID', // expect: invalid-app-id
        enableOnDevMode: false,
      },
    },
  ],
};
