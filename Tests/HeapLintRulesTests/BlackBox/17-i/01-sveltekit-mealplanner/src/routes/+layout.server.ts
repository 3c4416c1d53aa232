import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
  return {
    me: locals.user
      ? {
          id: locals.user.id,
          email: locals.user.email,
          householdSize: locals.user.householdSize,
          diet: locals.user.diet
        }
      : null
  };
};
