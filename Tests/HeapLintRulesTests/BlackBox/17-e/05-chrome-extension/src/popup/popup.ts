import type { Account } from '../background/account';

function send(message: unknown) {
  return chrome.runtime.sendMessage(message);
}

async function render() {
  const { account } = (await chrome.storage.local.get('account')) as { account?: Account };
  document.getElementById('signed-in')!.hidden = !account;
  document.getElementById('signed-out')!.hidden = !!account;
  if (account) document.getElementById('email')!.textContent = account.email;
}

document.getElementById('clip-page')!.addEventListener('click', async () => {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  await send({ type: 'track', event: 'Popup Clip Clicked', properties: { has_selection: tab?.highlighted ? 1 : 0 } });
  window.close();
});

document.getElementById('sign-out')!.addEventListener('click', async () => {
  await send({ type: 'signed-out' });
  await render();
});

void send({ type: 'track', event: 'Popup Opened' });
void render();
