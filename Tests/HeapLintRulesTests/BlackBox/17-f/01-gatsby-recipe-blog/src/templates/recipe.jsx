import React, { useEffect, useState } from 'react';
import { graphql } from 'gatsby';
import { GatsbyImage, getImage } from 'gatsby-plugin-image';
import NewsletterSignup from '../components/NewsletterSignup';
import AccountMenu from '../components/AccountMenu';
import { trackRecipeEvent } from '../utils/analytics';

export default function RecipeTemplate({ data }) {
  const { markdownRemark: post } = data;
  const recipe = { slug: post.fields.slug, ...post.frontmatter };
  const [servings, setServings] = useState(recipe.servings);

  useEffect(() => {
    trackRecipeEvent('Recipe Viewed', recipe);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [recipe.slug]);

  const onSave = async () => {
    await fetch('/.netlify/functions/save-recipe', {
      method: 'POST',
      body: JSON.stringify({ slug: recipe.slug }),
    });
    trackRecipeEvent('Recipe Saved', recipe, { servings });
  };

  const onPrint = () => {
    window.heap?.track('Recipe Printed', { recipe_slug: recipe.slug, servings });
    window.print();
  };

  return (
    <article className="recipe">
      <AccountMenu />
      <h1>{recipe.title}</h1>
      <GatsbyImage image={getImage(recipe.hero)} alt={recipe.heroAlt} />
      <label>
        Servings
        <input type="number" min="1" value={servings} onChange={(e) => setServings(Number(e.target.value))} />
      </label>
      <button type="button" onClick={onSave}>Save</button>
      <button type="button" onClick={onPrint}>Print</button>
      <div dangerouslySetInnerHTML={{ __html: post.html }} />
      <NewsletterSignup source="recipe" />
    </article>
  );
}

export const query = graphql`
  query RecipeBySlug($id: String!) {
    markdownRemark(id: { eq: $id }) {
      html
      fields { slug }
      frontmatter {
        title
        cuisine
        servings
        totalMinutes
        heroAlt
        hero { childImageSharp { gatsbyImageData(width: 1200) } }
      }
    }
  }
`;
