async function identifyPopupUser() {
  const { account } = await chrome.storage.local.get('account');
  if (account) {
    heap.identify(account.email);
    heap.addUserProperties({ plan: account.plan });
  }
}

async function identifyDevice() {
  const { deviceId } = await chrome.storage.local.get('deviceId');
  heap.identify(deviceId); // expect: anonymous-identity
}

async function reportTabs() {
  const tabs = await chrome.tabs.query({ currentWindow: true });
  heap.addUserProperties({ pinned: tabs.filter((t) => t.pinned) }); // expect: user-property-value
  heap.addUserProperties({ pinnedCount: tabs.filter((t) => t.pinned).length, tabCount: tabs.length });
}

document.addEventListener('DOMContentLoaded', async () => {
  const { account } = await chrome.storage.local.get('account');
  if (account) {
    await identifyPopupUser();
  } else {
    await identifyDevice();
  }
  await reportTabs();
});
