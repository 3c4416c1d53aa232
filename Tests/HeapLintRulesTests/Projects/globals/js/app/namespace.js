/* The application's namespace, made by the first script of the page. */
window.App = window.App || { Views: {}, config: { apiRoot: '/api/v2' } };
