export const analytics = { heap: window.heap };
