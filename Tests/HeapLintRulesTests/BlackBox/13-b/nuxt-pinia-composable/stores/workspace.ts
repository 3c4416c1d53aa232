import { defineStore } from 'pinia';
import { useHeap } from '~/composables/useHeap';
import { useAuthStore } from './auth';

interface Workspace {
  id: string;
  orgId: string;
  name: string;
}

export const useWorkspaceStore = defineStore('workspace', () => {
  const workspaces = ref<Workspace[]>([]);
  const current = ref<Workspace | null>(null);
  const heap = useHeap();

  async function load() {
    workspaces.value = await $fetch<Workspace[]>('/api/workspaces');
    heap.addUserProperties({ workspaceCount: workspaces.value.length });
    heap.addUserProperties({ workspaceIds: workspaces.value.map((w) => w.id) }); // expect: user-property-value
  }

  function select(ws: Workspace) {
    const auth = useAuthStore();
    current.value = ws;
    heap.identify(`${ws.orgId}:${auth.user!.id}`);
    heap.track('Workspace Selected', { workspace: ws.name });
  }

  return { workspaces, current, load, select };
});
