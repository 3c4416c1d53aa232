export default defineNuxtPlugin(() => {
  const heap = (window as any).heap;
  return {
    provide: {
      heap,
    },
  };
});
