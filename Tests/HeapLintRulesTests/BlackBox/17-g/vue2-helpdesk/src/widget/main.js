import Vue from 'vue';
import ChatWidget from './ChatWidget.vue';

// Built separately (npm run build:widget) and embedded on customers' own sites,
// which already run their own Heap snippet.
const mount = document.createElement('div');
mount.id = 'helpdesk-chat';
document.body.appendChild(mount);

new Vue({ render: (h) => h(ChatWidget) }).$mount(mount);
