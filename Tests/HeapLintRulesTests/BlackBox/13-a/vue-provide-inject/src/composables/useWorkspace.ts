import { ref } from 'vue';

export interface Workspace {
  id: string;
  name: string;
}

export interface Me {
  id: string;
  email: string;
}

const workspace = ref<Workspace | null>(null);
const workspaces = ref<Workspace[]>([]);
const me = ref<Me | null>(null);

export function useWorkspace() {
  return { workspace, workspaces, me };
}
