import './bootstrap';

document.addEventListener('DOMContentLoaded', () => {
    const userId = document.querySelector('meta[name="user-id"]')?.content;
    if (userId) {
        window.heap.identify(userId);
    }
});
