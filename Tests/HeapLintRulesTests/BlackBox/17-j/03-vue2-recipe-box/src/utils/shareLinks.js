import { nanoid } from 'nanoid';

// Share links carry a short random token so they can be revoked without touching the recipe.
export function createShareLink(recipe) {
  const token = nanoid(16);
  return {
    token,
    url: `${window.location.origin}/r/${recipe.slug}?share=${token}`,
  };
}
