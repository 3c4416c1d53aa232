export const environment = {
  production: true,
  apiUrl: 'https://api.orbitly.io',
  heapAppId: '3141592653',
};
