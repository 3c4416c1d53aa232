export const environment = {
  production: true,
  heapAppId: '4815162342',
};
